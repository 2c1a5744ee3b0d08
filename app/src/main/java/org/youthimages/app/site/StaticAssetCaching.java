package org.youthimages.app.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * A static file asked for with its current fingerprint ({@link StaticAssets#url}) may be kept by any cache for a year:
 * its address changes with its content. Asked for without it, or with an older one, it keeps the server's short
 * default, so nothing stale is kept for long. (The file writer still adds its one-minute {@code Expires}, which
 * {@code max-age} overrides.)
 */
@ServerFilter("/static/**")
class StaticAssetCaching {

    static final String FOREVER = "public, max-age=31536000, immutable";

    private final StaticAssets assets;

    StaticAssetCaching(StaticAssets assets) {
        this.assets = assets;
    }

    @ResponseFilter
    void cache(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.status() != HttpStatus.OK && response.status() != HttpStatus.NOT_MODIFIED) {
            return;
        }
        String path = request.getPath();
        if (!path.startsWith("/static/")) {
            return;
        }
        String name = path.substring("/static/".length());
        boolean current = request.getParameters().getFirst("v")
                .filter(version -> assets.version(name).filter(version::equals).isPresent())
                .isPresent();
        if (current) {
            response.getHeaders().set("Cache-Control", FOREVER);
        }
    }
}
