package org.youthimages.app.site;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of the public site's {@code /static/} files that carry a fingerprint of their content
 * ({@code /static/site.css?v=3f2a9c1b7e}), so a browser keeps each file until it changes: a phone on a slow link does
 * not ask again for the stylesheet and scripts on every page, and a new release is fetched at once.
 */
@Singleton
public class StaticAssets {

    private static final String FOLDER = "public/";

    private final ClassLoader classLoader;
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    StaticAssets(Environment environment) {
        this.classLoader = environment.getClassLoader();
    }

    /** The address of a static file with its content's fingerprint; a file that does not exist fails the page. */
    public String url(String name) {
        return "/static/" + name + "?v=" + version(name)
                .orElseThrow(() -> new IllegalArgumentException("No static file " + name));
    }

    /** The fingerprint of a static file's current content, empty when there is no such file. */
    Optional<String> version(String name) {
        if (name.isEmpty() || name.contains("..") || name.startsWith("/")) {
            return Optional.empty();
        }
        String known = versions.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<String> computed = fingerprint(name);
        computed.ifPresent(version -> versions.put(name, version));
        return computed;
    }

    private Optional<String> fingerprint(String name) {
        try (InputStream in = classLoader.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[16 * 1024];
            for (int read; (read = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, read);
            }
            return Optional.of(HexFormat.of().formatHex(sha256.digest(), 0, 5));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read static file " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
