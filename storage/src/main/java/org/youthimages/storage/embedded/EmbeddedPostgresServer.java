package org.youthimages.storage.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A real PostgreSQL from Maven-shipped binaries, keeping its cluster in the data folder.
 * One server per data folder and JVM: a second application context on the same folder shares it.
 */
final class EmbeddedPostgresServer {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    private final Path folder;
    private final EmbeddedPostgres postgres;
    private int users;

    private EmbeddedPostgresServer(Path folder, EmbeddedPostgres postgres) {
        this.folder = folder;
        this.postgres = postgres;
    }

    static synchronized EmbeddedPostgresServer acquire(Path folder, int port) {
        EmbeddedPostgresServer server = RUNNING.get(folder);
        if (server == null) {
            server = new EmbeddedPostgresServer(folder, start(folder, port));
            RUNNING.put(folder, server);
        }
        server.users++;
        return server;
    }

    private static EmbeddedPostgres start(Path folder, int port) {
        try {
            Files.createDirectories(folder);
            long started = System.nanoTime();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(folder)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "localhost");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            LOG.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    postgres.getPort(), folder, (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + folder, e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /** Stops the server when the last context using it lets it go, unless it is kept for the JVM's life. */
    void release(boolean keepRunning) {
        synchronized (EmbeddedPostgresServer.class) {
            users--;
            if (users > 0 || keepRunning) {
                return;
            }
            RUNNING.remove(folder);
        }
        try {
            postgres.close();
            LOG.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
        }
    }
}
