package org.youthimages.app.system;

import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class HealthIT {

    @Inject HealthClient client;

    @Test
    void reportsUpWithTheDatabaseAndObjectStorageUp() {
        Map<String, Object> health = client.health();

        assertThat(health).containsEntry("status", "UP");
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> details = (Map<String, Map<String, Object>>) health.get("details");
        assertThat(details.get("database")).containsEntry("status", "UP");
        assertThat(details.get("storage")).containsEntry("status", "UP");
    }

    @Client("/")
    interface HealthClient {
        @Get("/health")
        Map<String, Object> health();
    }
}
