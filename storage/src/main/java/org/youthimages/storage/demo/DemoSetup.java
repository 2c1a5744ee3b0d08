package org.youthimages.storage.demo;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.Account;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.PasswordHasher;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.embedded.DataFolder;
import org.youthimages.storage.judging.JuryPanel;
import org.youthimages.storage.judging.JuryPanelMember;
import org.youthimages.storage.judging.JuryPanelMemberRepository;
import org.youthimages.storage.judging.JuryPanelRepository;
import org.youthimages.storage.translation.EditionTranslations;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Creates, once, the demo edition with an organiser and three jurors. Passwords are random and stored hashed;
 * the plain ones are kept only in an owner-readable file in the data folder, so they can be printed at each start.
 */
@Singleton
public class DemoSetup {

    private static final String EMAIL_DOMAIN = "@youth-images.example";
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final EditionRepository editions;
    private final EditionSetup editionSetup;
    private final RoundRepository rounds;
    private final AccountRepository accounts;
    private final JuryPanelRepository panels;
    private final JuryPanelMemberRepository members;
    private final PasswordHasher hasher;
    private final DemoCredentialsFile credentialsFile;
    private final DemoJudging judging;
    private final DemoFilms films;
    private final EditionTranslations translations;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DemoSetup.class);
    private final SecureRandom random = new SecureRandom();

    DemoSetup(EditionRepository editions, EditionSetup editionSetup, RoundRepository rounds,
              AccountRepository accounts, JuryPanelRepository panels, JuryPanelMemberRepository members,
              PasswordHasher hasher, DataFolder dataFolder, DemoJudging judging, DemoFilms films,
              EditionTranslations translations) {
        this.translations = translations;
        this.films = films;
        this.editions = editions;
        this.editionSetup = editionSetup;
        this.rounds = rounds;
        this.accounts = accounts;
        this.panels = panels;
        this.members = members;
        this.hasher = hasher;
        this.credentialsFile = new DemoCredentialsFile(dataFolder.root().resolve("demo-accounts.txt"));
        this.judging = judging;
    }

    /**
     * Generates the demo edition's sample films if it has none and has them processed, in the background; once
     * processed, the eligible ones go to the demo jury. The future completes with how many films were processed.
     */
    public CompletableFuture<Integer> prepareFilms() {
        Optional<Edition> demo = editions.findBySlug(DemoEditionPlan.SLUG);
        if (demo.isEmpty() || !films.available()) {
            return CompletableFuture.completedFuture(0);
        }
        Edition edition = demo.get();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Thread.ofVirtual().name("demo-films").start(() -> {
            try {
                films.addTo(edition);
                int processing = films.processing(edition);
                films.awaitProcessing(edition, Duration.ofMinutes(30));
                films.screenReady(edition);
                organiser().ifPresent(organiser -> judging.assignReadyFilms(edition, organiser));
                done.complete(processing);
            } catch (RuntimeException e) {
                LOG.error("The demo's sample films could not be prepared", e);
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    /** The demo edition, once it exists. */
    public Optional<Edition> edition() {
        return editions.findBySlug(DemoEditionPlan.SLUG);
    }

    /** The demo accounts, after creating the demo edition and accounts if this is the first time. */
    @Transactional
    public List<DemoAccount> ensureDemo() {
        if (editions.findBySlug(DemoEditionPlan.SLUG).isEmpty()) {
            Edition edition = editionSetup.create(DemoEditionPlan.create(Instant.now()));
            credentialsFile.write(createAccounts(edition));
        }
        editions.findBySlug(DemoEditionPlan.SLUG).ifPresent(edition -> organiser().ifPresent(organiser -> {
            DemoTranslations.fillIn(translations, organiser, edition);
            judging.assignReadyFilms(edition, organiser);
        }));
        return credentialsFile.read();
    }

    /** The demo's organiser acting through the organisers' own services, as if signed in now. */
    private Optional<ActingAccount> organiser() {
        return accounts.findByEmail("organiser" + EMAIL_DOMAIN).map(organiser -> new ActingAccount(organiser.id(),
                organiser.email(), organiser.displayName(), Set.of(Role.ORGANISER), organiser.locale(), Instant.now()));
    }

    private List<DemoAccount> createAccounts(Edition edition) {
        List<DemoAccount> created = new ArrayList<>();
        created.add(createAccount(Role.ORGANISER, "organiser", "Demo Organiser"));
        JuryPanel jury = panels.save(new JuryPanel(null, edition.id(), "International jury"));
        for (int i = 1; i <= 3; i++) {
            DemoAccount juror = createAccount(Role.JUROR, "juror" + i, "Demo Juror " + i);
            long accountId = accounts.findByEmail(juror.email()).orElseThrow().id();
            members.save(new JuryPanelMember(null, jury.id(), accountId));
            created.add(juror);
        }
        for (Round round : rounds.findByEditionIdOrderByPosition(edition.id())) {
            rounds.update(round.withPanel(jury.id()).withState(Round.State.OPEN, false));
        }
        return created;
    }

    private DemoAccount createAccount(Role role, String name, String displayName) {
        String email = name + EMAIL_DOMAIN;
        String password = randomPassword();
        accounts.findByEmail(email).ifPresentOrElse(
                existing -> accounts.update(existing.withPasswordHash(hasher.hash(password))),
                () -> accounts.save(Account.invited(email, displayName, "en", role).withLanguageNotChosen()
                        .withPasswordHash(hasher.hash(password))));
        return new DemoAccount(role, email, password);
    }

    private String randomPassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
