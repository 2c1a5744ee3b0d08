package org.youthimages.storage.privacy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditEventRepository;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.mail.MailOutbox;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.publication.Publishing;
import org.youthimages.storage.results.Award;
import org.youthimages.storage.results.AwardDecisions;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.testing.SampleWinners;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One entrant's data exported or erased on request, and erased for a whole edition when its time has come. */
@MicronautTest(transactional = false)
class PersonalDataIT {

    @Inject ApplicationContext context;
    @Inject PersonalData personalData;
    @Inject RetentionSweep retention;
    @Inject PersonRepository people;
    @Inject EntryRepository entries;
    @Inject EditionRepository editions;
    @Inject MailOutbox outbox;
    @Inject OutboundEmailRepository emails;
    @Inject AuditEventRepository audit;
    @Inject AwardDecisions awards;
    @Inject Publishing publishing;

    private JudgingScenario scenario;
    private Entry film;
    private Person entrant;

    @BeforeEach
    void anEntryWithItsPeople() {
        scenario = JudgingScenario.create(context);
        film = scenario.film("My street");
        entrant = people.findByEntryIdAndRole(film.id(), Person.Role.ENTRANT).orElseThrow();
        outbox.queue(OutboundEmail.of(entrant.email(), "en", "ENTRY_STARTED", "Your entry", "Hello Amani", null));
    }

    @Test
    void findsTheEntryByAPersonsEmailAndExportsEverythingHeldAboutItsPeople() {
        assertThat(personalData.find(scenario.organiser(), entrant.email().toUpperCase()))
                .extracting(PersonalData.Match::reference).containsExactly(film.reference());
        ActingAccount juror = scenario.juror("ana");
        scenario.submit(film, juror, "Keep filming your street.", "", 100, 8, 6, 7);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        personalData.export(scenario.organiser(), film.id(), out);

        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"reference\":\"" + film.reference() + "\"", "Wanjiru", "2011-03-04",
                "Nairobi Hill School", "\"subject\":\"Your entry\"", "\"role\":\"GUARDIAN\"",
                "\"comment\":\"Keep filming your street.\"").doesNotContain(juror.email());
        assertThat(audit.findBySubjectTypeAndSubjectIdOrderByAt("entry", film.id().toString()))
                .extracting(e -> e.action()).containsExactly("privacy.export");
    }

    @Test
    void erasesEveryPersonsDataKeepingAnonymousStatisticsAndRecordsIt() {
        PersonalData.Erased erased = personalData.erase(scenario.organiser(), film.id(), "Request of 3 March", false);

        assertThat(erased.people()).isEqualTo(3);
        assertThat(erased.emails()).isEqualTo(1);
        Person after = people.findByEntryIdAndRole(film.id(), Person.Role.ENTRANT).orElseThrow();
        assertThat(after.givenName()).isEmpty();
        assertThat(after.email()).isNull();
        assertThat(after.dateOfBirth()).isNull();
        assertThat(after.organisation()).isNull();
        assertThat(after.ageYears()).isEqualTo(16);
        assertThat(after.countryCode()).isEqualTo("KE");
        assertThat(entries.findById(film.id()).orElseThrow().personalDataErasedAt()).isNotNull();
        assertThat(emails.findByRecipientOrderById(entrant.email())).isEmpty();
        assertThat(audit.findBySubjectTypeAndSubjectIdOrderByAt("entry", film.id().toString())).singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("privacy.erase");
                    assertThat(e.after()).contains("Request of 3 March").doesNotContain("Amani");
                });
    }

    @Test
    void keepsWhatThePublishedGalleryShowsOfAWinner() {
        new SampleWinners(context).showable(film);
        awards.decide(scenario.organiser(), film.id(), Award.Kind.CATEGORY_DISTINCTION, null, "For its courage");
        publishing.publish(scenario.organiser(), scenario.edition().id());

        personalData.erase(scenario.organiser(), film.id(), "Request", false);

        Person after = people.findByEntryIdAndRole(film.id(), Person.Role.ENTRANT).orElseThrow();
        assertThat(after.givenName()).isEqualTo("Amani");
        assertThat(after.familyName()).isEmpty();
        assertThat(after.email()).isNull();
    }

    @Test
    void erasesAnEditionsPersonalDataOnceItsRetentionTimeHasPassed() {
        Edition e = scenario.edition();
        editions.update(e.withWindow(Instant.now().minus(Duration.ofDays(400)), Instant.now().minus(Duration.ofDays(40)))
                .withRetentionDays(30));
        Entry second = scenario.film("Another one");

        retention.run();

        for (Entry erased : List.of(film, second)) {
            assertThat(people.findByEntryId(erased.id())).allSatisfy(p -> {
                assertThat(p.erasedAt()).isNotNull();
                assertThat(p.email()).isNull();
            });
        }
        assertThat(audit.findByEditionIdOrderByAt(e.id())).filteredOn(a -> a.action().equals("privacy.retention"))
                .singleElement().satisfies(a -> assertThat(a.after()).contains("\"entries\": 2"));
    }
}
