package org.youthimages.storage.embedded;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.testing.SampleEditions;
import org.youthimages.storage.testing.StandaloneContext;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stopping and starting the embedded servers on the same data folder loses nothing. */
class EmbeddedServersRestartIT {

    @TempDir Path dataDir;

    @Test
    void keepsTheDatabaseAndTheObjectsAcrossARestart() throws Exception {
        String slug = SampleEditions.uniqueSlug("restart");
        String key = ObjectKeys.upload("restart", "object");
        try (ApplicationContext first = start()) {
            first.getBean(EditionSetup.class).create(SampleEditions.openEdition(slug));
            first.getBean(ObjectStore.class).put(key, new ByteArrayInputStream(new byte[] {7, 8, 9}), 3, "x/y");
        }

        try (ApplicationContext second = start()) {
            assertThat(second.getBean(EditionRepository.class).findBySlug(slug)).isPresent();
            try (InputStream in = second.getBean(ObjectStore.class).get(key)) {
                assertThat(in.readAllBytes()).containsExactly(7, 8, 9);
            }
        }
    }

    private ApplicationContext start() {
        return StandaloneContext.start(dataDir, Map.of());
    }
}
