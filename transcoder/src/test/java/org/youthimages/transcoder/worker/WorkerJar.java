package org.youthimages.transcoder.worker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The worker jar built by {@code mvn package}: what runs on worker machines. */
public final class WorkerJar {

    private WorkerJar() {
    }

    public static Path find() {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "transcoder-*-worker.jar")) {
            for (Path jar : jars) {
                return jar.toAbsolutePath();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalStateException("No transcoder/target/transcoder-*-worker.jar: run mvn package first");
    }
}
