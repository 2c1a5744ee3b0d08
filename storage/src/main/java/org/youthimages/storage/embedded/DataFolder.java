package org.youthimages.storage.embedded;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The one folder under which the embedded servers and the app keep their data. */
@Singleton
public final class DataFolder {

    private final Path root;

    public DataFolder(@Value("${yi.data-dir:data}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** A sub-folder of the data folder, created when missing. */
    public Path resolve(String name) {
        Path folder = root.resolve(name);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data folder " + folder, e);
        }
    }
}
