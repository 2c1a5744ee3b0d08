package org.youthimages.app.demo;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.demo.DemoSetup;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.judging.Assignment;
import org.youthimages.storage.judging.AssignmentRepository;
import org.youthimages.storage.screening.ScreeningQueue;
import org.youthimages.storage.screening.ScreeningRow;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo edition's sample films: generated with FFmpeg, entered as entrants enter them, processed by the real
 * transcoding worker of this process, screened as the demo says, and the eligible ones given to the demo jury.
 */
@MicronautTest(transactional = false)
@Property(name = "yi.worker.threads", value = "1")
@Property(name = "yi.demo.films", value = "2")
class DemoFilmsIT {

    @Inject DemoSetup demo;
    @Inject EntryRepository entries;
    @Inject MediaAssetRepository assets;
    @Inject AssignmentRepository assignments;
    @Inject ScreeningQueue screening;
    @Inject io.micronaut.context.ApplicationContext context;
    @Inject EmbeddedServer server;
    @Inject PersonRepository people;

    @Test
    void sampleFilmsGoThroughTheRealPipelineAndReachTheDemoJury() throws Exception {
        demo.ensureDemo();

        demo.prepareFilms().get(5, TimeUnit.MINUTES);

        Edition edition = demo.edition().orElseThrow();
        List<Entry> films = entries.findByEditionIdOrderByCreatedAt(edition.id());
        assertThat(films).hasSizeGreaterThanOrEqualTo(2).allSatisfy(film -> {
            assertThat(film.status()).isEqualTo(Entry.Status.READY);
            assertThat(film.durationMs()).isGreaterThanOrEqualTo(edition.minFilmSeconds() * 1000L);
            assertThat(assets.findByEntryIdAndKind(film.id(), MediaAsset.Kind.RENDITION)).isNotEmpty();
            assertThat(assets.findByEntryIdAndKind(film.id(), MediaAsset.Kind.POSTER)).isNotEmpty();
        });
        Entry first = films.getFirst();
        assertThat(first.eligibility()).isEqualTo(Entry.Eligibility.ELIGIBLE);
        assertThat(assignments.findAll()).filteredOn(a -> a.entryId() == first.id()
                && a.state() == Assignment.State.ACTIVE).hasSize(3);
        List<ScreeningRow> rows = screening.entries(JudgingScenario.create(context).organiser(), edition.id(),
                ScreeningQueue.Filter.ALL);
        assertThat(rows.getFirst().checks()).allSatisfy(check -> assertThat(check.outcome().name()).isEqualTo("PASS"));
        aMinorsParentIsRecordedAsThePublicFormRecordsOne(edition, first);
    }

    /** The demo's minors are entered as the public form enters them, so their details reopen in that form. */
    private void aMinorsParentIsRecordedAsThePublicFormRecordsOne(Edition edition, Entry minorsFilm) throws Exception {
        Person parent = people.findByEntryIdAndRole(minorsFilm.id(), Person.Role.GUARDIAN).orElseThrow();
        String form = new WebClient(server.getURI()).get("/editions/" + edition.slug() + "/submit", "en").body();

        assertThat(parent.givenName()).isEqualTo("Grace");
        assertThat(form).contains("<option value=\"" + parent.relationship() + "\"");
    }
}
