package org.youthimages.app.site;

import jakarta.inject.Singleton;
import org.youthimages.storage.objects.ObjectStore;

import java.net.URI;
import java.time.Duration;

/**
 * The public pages' Content-Security-Policy: scripts, styles, fonts, forms and requests only from the site itself,
 * and pictures and films also from the object storage that the pages' presigned links point at. The pages carry no
 * inline script or style, so nothing injected into a page (a film title, a name) can run there.
 */
@Singleton
class ContentSecurityPolicy {

    private final String header;

    ContentSecurityPolicy(ObjectStore objects) {
        String media = originOf(objects.presignedGet("content-security-policy", Duration.ofMinutes(1)));
        this.header = String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' " + media,
                "media-src 'self' " + media,
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'");
    }

    /** The header's value. */
    String header() {
        return header;
    }

    /** Scheme, host and port of a presigned link: the origin the browser fetches posters and renditions from. */
    static String originOf(String link) {
        URI uri = URI.create(link);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
