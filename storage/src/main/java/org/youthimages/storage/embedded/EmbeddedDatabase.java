package org.youthimages.storage.embedded;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.core.util.StringUtils;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

/**
 * Fills in the datasource with an embedded PostgreSQL when no database URL is configured.
 * It must run before Hikari opens its pool, which is why it listens to the configuration's initialisation.
 */
@Singleton
@Requires(classes = EmbeddedPostgres.class)
final class EmbeddedDatabase implements BeanInitializedEventListener<DatasourceConfiguration> {

    private final DataFolder dataFolder;
    private final EmbeddedSettings settings;
    private EmbeddedPostgresServer server;

    EmbeddedDatabase(DataFolder dataFolder, EmbeddedSettings settings) {
        this.dataFolder = dataFolder;
        this.settings = settings;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        if (StringUtils.isEmpty(configuration.getJdbcUrl())) {
            server = EmbeddedPostgresServer.acquire(dataFolder.resolve("postgres"), settings.postgresPort());
            configuration.setUrl(server.jdbcUrl());
            configuration.setUsername("postgres");
            configuration.setPassword("");
        }
        return configuration;
    }

    boolean isRunning() {
        return server != null;
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            server.release(settings.keepRunning());
            server = null;
        }
    }
}
