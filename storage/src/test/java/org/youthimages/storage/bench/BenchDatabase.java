package org.youthimages.storage.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.util.Map;

/** The embedded PostgreSQL and S3 server of a benchmark run, in a data folder of its own. */
final class BenchDatabase {

    private BenchDatabase() {
    }

    static ApplicationContext start(String name) {
        Path folder = Path.of("target", "bench-data", name).toAbsolutePath();
        return ApplicationContext.run(Map.of(
                "yi.data-dir", folder.toString(),
                "yi.embedded.s3-port", 0,
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.dialect", "POSTGRES",
                "datasources.default.maximum-pool-size", 60,
                "flyway.datasources.default.enabled", true));
    }

    static DataSource rawDataSource(ApplicationContext context) {
        return DelegatingDataSource.unwrapDataSource(context.getBean(DataSource.class));
    }
}
