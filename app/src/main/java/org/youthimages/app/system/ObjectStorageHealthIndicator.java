package org.youthimages.app.system;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import org.youthimages.storage.objects.ObjectStore;

import java.util.Map;

/** UP when the platform's bucket answers. */
@Singleton
final class ObjectStorageHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final ObjectStore store;

    ObjectStorageHealthIndicator(ObjectStore store) {
        this.store = store;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        healthStatus = store.isReachable() ? HealthStatus.UP : HealthStatus.DOWN;
        return Map.of("bucket", store.bucket());
    }

    @Override
    public String getName() {
        return "storage";
    }
}
