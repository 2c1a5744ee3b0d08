package org.youthimages.storage.testing;

import io.micronaut.context.ApplicationContext;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A storage context of its own on a data folder of its own: embedded PostgreSQL and S3, stopped when it closes. */
public final class StandaloneContext {

    private StandaloneContext() {
    }

    public static ApplicationContext start(Path dataDir, Map<String, Object> extraProperties) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "yi.data-dir", dataDir.toString(),
                "yi.embedded.keep-running", false,
                "yi.embedded.s3-port", 0,
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "flyway.datasources.default.enabled", true));
        properties.putAll(extraProperties);
        return ApplicationContext.run(properties);
    }
}
