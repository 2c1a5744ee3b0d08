package org.youthimages.storage.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Addresses in the judging interface that emails point to. {@code yi.judging.public-url} sets the address people
 * reach it at (behind a proxy, say); without it, the local address the judging server listens on is used.
 */
@Singleton
public class JudgingLinks {

    private final String publicUrl;
    private volatile String base;

    JudgingLinks(@Value("${yi.judging.public-url:}") String publicUrl, @Value("${yi.judging.port:8081}") int port) {
        this.publicUrl = publicUrl.isBlank() ? null : stripSlash(publicUrl);
        this.base = this.publicUrl != null ? this.publicUrl : "http://localhost:" + port;
    }

    /** Called by the judging server once it listens, so links carry the real port when none is configured. */
    public void listeningOn(int port) {
        if (publicUrl == null) {
            base = "http://localhost:" + port;
        }
    }

    public String base() {
        return base;
    }

    /** Where an invited juror chooses a password, or anyone resets theirs. */
    public String choosePassword(String token) {
        return base + "/account/password/" + token;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
