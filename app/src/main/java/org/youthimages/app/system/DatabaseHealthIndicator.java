package org.youthimages.app.system;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/** UP when PostgreSQL answers a query within two seconds. */
@Singleton
final class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final DataSource dataSource;

    DatabaseHealthIndicator(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try (Connection connection = dataSource.getConnection();
             ResultSet version = connection.createStatement().executeQuery("select version()")) {
            if (!connection.isValid(2) || !version.next()) {
                healthStatus = HealthStatus.DOWN;
                return Map.of();
            }
            healthStatus = HealthStatus.UP;
            return Map.of("version", version.getString(1).split(",")[0]);
        } catch (SQLException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("error", String.valueOf(e.getMessage()));
        }
    }

    @Override
    public String getName() {
        return "database";
    }
}
