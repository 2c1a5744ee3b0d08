package org.youthimages.storage.entry;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.testing.JudgingScenario;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Organisers download an entry's original file from the real object store, and each download is recorded. */
@MicronautTest(transactional = false)
class OriginalFilmsIT {

    @Inject ApplicationContext context;
    @Inject OriginalFilms originals;
    @Inject MediaAssetRepository assets;
    @Inject ObjectStore objects;
    @Inject AuditEventRepository audit;

    @Test
    void streamsTheOriginalAsUploadedAndRecordsWhoDownloadedIt() {
        JudgingScenario scenario = JudgingScenario.create(context);
        Entry film = scenario.film("Paper Boats");
        byte[] bytes = new byte[3 * 1024 * 1024 + 17];
        new Random(7).nextBytes(bytes);
        String key = "entries/" + film.reference() + "/original/test-" + film.id();
        objects.put(key, new ByteArrayInputStream(bytes), bytes.length, "video/quicktime");
        assets.save(new MediaAsset(null, film.id(), MediaAsset.Kind.ORIGINAL, "", key, "video/quicktime",
                bytes.length, null, null, null, null, null, null, null));

        OriginalFilms.Original original = originals.of(scenario.organiser(), film.id()).orElseThrow();
        ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
        originals.write(scenario.organiser(), original, downloaded);

        assertThat(original.fileName()).isEqualTo(film.reference() + "-film.mov");
        assertThat(original.sizeBytes()).isEqualTo(bytes.length);
        assertThat(downloaded.toByteArray()).isEqualTo(bytes);
        assertThat(audit.findByEditionIdOrderByAt(scenario.edition().id())).extracting(e -> e.action())
                .contains("entry.original.download");
    }

    @Test
    void anEntryWithoutItsFilmHasNoOriginalAndJurorsGetNone() {
        JudgingScenario scenario = JudgingScenario.create(context);
        Entry film = scenario.film("Not uploaded");

        assertThat(originals.of(scenario.organiser(), film.id())).isEmpty();
        assertThatThrownBy(() -> originals.of(scenario.juror("ana"), film.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void namesTheFileByTheReferenceAndTheEntrantsNameWithoutItsFolder() {
        JudgingScenario scenario = JudgingScenario.create(context);
        Entry film = scenario.film("Named");
        MediaAsset mp4 = new MediaAsset(null, film.id(), MediaAsset.Kind.ORIGINAL, "", "k", "video/mp4", 1, null,
                null, null, null, null, null, null);

        assertThat(OriginalFilms.fileName(film, mp4, "C:\\Users\\amani\\My \"first\" film.mp4"))
                .isEqualTo(film.reference() + "-My first film.mp4");
        assertThat(OriginalFilms.fileName(film, mp4, "")).isEqualTo(film.reference() + "-film.mp4");
    }
}
