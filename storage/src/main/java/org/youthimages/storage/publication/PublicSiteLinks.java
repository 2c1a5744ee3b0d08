package org.youthimages.storage.publication;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Addresses on the public site for the organiser screens (the public gallery of an edition). {@code yi.public-url}
 * sets the address people reach the site at; without it, the local address the public server listens on.
 */
@Singleton
public class PublicSiteLinks {

    private final String configured;
    private volatile String base;

    PublicSiteLinks(@Value("${yi.public-url:}") String publicUrl, @Value("${micronaut.server.port:8080}") int port) {
        this.configured = publicUrl.isBlank() ? null : strip(publicUrl.strip());
        this.base = configured != null ? configured : "http://localhost:" + port;
    }

    /** Called by the public server once it listens, so links carry the real port when none is configured. */
    public void listeningOn(int port) {
        if (configured == null) {
            base = "http://localhost:" + port;
        }
    }

    public String gallery(String editionSlug) {
        return base + "/winners/" + editionSlug;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
