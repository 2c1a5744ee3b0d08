package org.youthimages.storage.demo;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueItem;
import org.youthimages.storage.judging.RoundSummary;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** With the demo option, the demo's jurors find the demo edition's ready films that screening let through. */
@MicronautTest(transactional = false)
class DemoJudgingIT {

    @Inject DemoSetup demo;
    @Inject EditionRepository editions;
    @Inject EntryRepository entries;
    @Inject AccountRepository accounts;
    @Inject JudgingQueue queue;

    @Test
    void theDemoJurorsGetEveryReadyEligibleFilmOfTheDemoEditionAtTheNextStart() {
        demo.ensureDemo();
        Edition edition = editions.findBySlug("demo").orElseThrow();
        Entry ready = entries.save(film(edition, "Demo film " + UUID.randomUUID(), Entry.Status.READY,
                Entry.Eligibility.ELIGIBLE));
        Entry processing = entries.save(film(edition, "Still processing", Entry.Status.PROCESSING,
                Entry.Eligibility.ELIGIBLE));
        Entry unscreened = entries.save(film(edition, "Not screened yet", Entry.Status.READY,
                Entry.Eligibility.PENDING));

        demo.ensureDemo();
        demo.ensureDemo();

        for (DemoAccount account : demo.ensureDemo()) {
            if (account.role() == Role.JUROR) {
                ActingAccount juror = signedIn(account.email());
                RoundSummary round = queue.rounds(juror).stream()
                        .filter(r -> r.editionName().equals(edition.name())).findFirst().orElseThrow();
                assertThat(queue.queue(juror, round.roundId(), org.youthimages.storage.judging.QueueFilter.ALL, 0, 1000))
                        .extracting(QueueItem::entryId).contains(ready.id()).doesNotContain(processing.id(), unscreened.id())
                        .doesNotHaveDuplicates();
            }
        }
    }

    private ActingAccount signedIn(String email) {
        var account = accounts.findByEmail(email).orElseThrow();
        return new ActingAccount(account.id(), email, account.displayName(), Set.of(Role.JUROR), "en", Instant.now());
    }

    private static Entry film(Edition edition, String title, Entry.Status status, Entry.Eligibility eligibility) {
        String code = UUID.randomUUID().toString().replace("-", "").substring(0, 5).toUpperCase();
        return new Entry(null, edition.id(), "YI-" + edition.year() + "-" + code, UUID.randomUUID().toString(), "en",
                title, "", null, null, null, null, null, null, "", null, "", null, status, null, null,
                eligibility, null, 60_000L, null, null, null);
    }
}
