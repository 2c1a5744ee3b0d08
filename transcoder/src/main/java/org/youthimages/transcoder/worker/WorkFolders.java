package org.youthimages.transcoder.worker;

import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.embedded.DataFolder;
import org.youthimages.transcoder.sandbox.SandboxSettings;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Each job attempt's own folder for the original and the outputs, removed when the attempt ends. */
@Singleton
final class WorkFolders {

    private static final Logger LOG = LoggerFactory.getLogger(WorkFolders.class);

    private final Path root;

    WorkFolders(SandboxSettings settings, DataFolder data) {
        this.root = settings.workDir() == null || settings.workDir().isBlank() ? data.resolve("work")
                : Path.of(settings.workDir()).toAbsolutePath();
    }

    Path create(long jobId, int attempt) {
        Path folder = root.resolve("job-" + jobId + "-" + attempt);
        delete(folder);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create work folder " + folder, e);
        }
    }

    void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot remove work folder {}: {}", folder, e.getMessage());
        }
    }
}
