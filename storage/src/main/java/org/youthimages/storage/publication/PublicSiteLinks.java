package org.youthimages.storage.publication;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Addresses on the public site, for its own pages, the emails and the organiser screens. {@code yi.public-url}
 * sets the address people reach the site at; without it, the local address the public server listens on. The
 * gallery's paths are built here only.
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

    /** The absolute address of a path on the public site ({@code path} starts with a slash). */
    public String url(String path) {
        return base + path;
    }

    /** The absolute address of an edition's public gallery. */
    public String gallery(String editionSlug) {
        return url(galleryPath(editionSlug));
    }

    public static String galleryPath(String editionSlug) {
        return "/winners/" + editionSlug;
    }

    public static String galleryFilmPath(String editionSlug, long entryId) {
        return galleryPath(editionSlug) + "/films/" + entryId;
    }

    public static String galleryMediaPath(String editionSlug, long assetId) {
        return galleryPath(editionSlug) + "/media/" + assetId;
    }

    public static String galleryFeedPath(String editionSlug) {
        return galleryPath(editionSlug) + "/feed.json";
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
