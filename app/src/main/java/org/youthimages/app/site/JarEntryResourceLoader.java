package org.youthimages.app.site;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.order.Ordered;
import io.micronaut.context.env.Environment;
import io.micronaut.core.io.ResourceLoader;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.resource.ResourceLoaderFactory;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The class path resources behind the public site's {@code /static/**} files, read through the jar the class loader
 * already has open.
 *
 * <p>Micronaut's own loader (4.10) asks whether a path is a directory by taking the jar's zip file system, whoever
 * opened it, and closing it afterwards. In the runnable jar that file system is the one the judging interface's Jetty
 * serves Vaadin's stylesheets from, so the first request for a static file on the public port made the judging
 * interface answer 404 for {@code aura/aura.css} from then on: jurors got an unstyled page. This loader never opens
 * or closes a zip file system; it answers the same questions from the jar entry itself.
 *
 * <p>It comes first among the loaders: the static files take the first loader that reads {@code classpath:}, and the
 * application's environment is one too (with Micronaut's loader inside). Which of the two came first used to depend on
 * the order the bean definitions happened to load in, so adding an unrelated bean brought the 404 back.
 */
@Singleton
@Replaces(bean = ClassPathResourceLoader.class, factory = ResourceLoaderFactory.class)
class JarEntryResourceLoader implements ClassPathResourceLoader, Ordered {

    private final ClassLoader classLoader;
    private final String base;
    private final String baseUrl;

    @Inject
    JarEntryResourceLoader(Environment environment) {
        this(environment.getClassLoader(), "");
    }

    JarEntryResourceLoader(ClassLoader classLoader, String base) {
        this.classLoader = classLoader;
        this.base = base;
        URL baseResource = base.isEmpty() ? null : classLoader.getResource(base);
        this.baseUrl = baseResource == null ? null : baseResource.toExternalForm();
    }

    @Override
    public Optional<InputStream> getResourceAsStream(String path) {
        return getResource(path).map(url -> {
            try {
                return url.openStream();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the class path resource " + url, e);
            }
        });
    }

    @Override
    public Optional<URL> getResource(String path) {
        String name = name(path);
        if (name == null) {
            return Optional.empty();
        }
        URL url = classLoader.getResource(name);
        if (url == null || !underBase(url) || isDirectory(url, name)) {
            return Optional.empty();
        }
        return Optional.of(url);
    }

    @Override
    public Stream<URL> getResources(String path) {
        String name = name(path);
        if (name == null) {
            return Stream.empty();
        }
        try {
            return Collections.list(classLoader.getResources(name)).stream().filter(this::underBase);
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    @Override
    public ResourceLoader forBase(String basePath) {
        String folder = stripPrefix(basePath);
        return new JarEntryResourceLoader(classLoader, folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/");
    }

    /** The resource's name on the class path, or null for a path that climbs out of its folder. */
    private String name(String path) {
        String relative = stripPrefix(path);
        if (relative.equals("..") || relative.startsWith("../") || relative.contains("/../")
                || relative.endsWith("/..")) {
            return null;
        }
        return base + relative;
    }

    private boolean underBase(URL url) {
        return baseUrl == null || url.toExternalForm().startsWith(baseUrl);
    }

    private static String stripPrefix(String path) {
        String stripped = path.startsWith("classpath:") ? path.substring("classpath:".length()) : path;
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        return stripped;
    }

    private static boolean isDirectory(URL url, String name) {
        try {
            return switch (url.getProtocol()) {
                case "jar" -> {
                    // the jar protocol's cached JarFile: neither opened per call nor closed here
                    var entry = ((JarURLConnection) url.openConnection()).getJarEntry();
                    yield entry == null || entry.isDirectory();
                }
                case "file" -> Files.isDirectory(Path.of(url.toURI()));
                default -> name.isEmpty() || name.endsWith("/");
            };
        } catch (IOException | URISyntaxException e) {
            return true;
        }
    }
}
