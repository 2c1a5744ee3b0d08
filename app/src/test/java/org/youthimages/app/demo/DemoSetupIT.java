package org.youthimages.app.demo;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.PasswordHasher;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.demo.DemoAccount;
import org.youthimages.storage.demo.DemoSetup;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionRepository;
import org.youthimages.storage.edition.Theme;
import org.youthimages.storage.edition.ThemeRepository;
import org.youthimages.storage.embedded.DataFolder;
import org.youthimages.storage.testing.JudgingScenario;
import org.youthimages.storage.translation.EditionTranslations;
import org.youthimages.storage.translation.TranslatableText;

import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class DemoSetupIT {

    @Inject DemoSetup demo;
    @Inject EditionRepository editions;
    @Inject AccountRepository accounts;
    @Inject PasswordHasher hasher;
    @Inject DataFolder dataFolder;
    @Inject ApplicationContext context;
    @Inject ThemeRepository themes;
    @Inject EditionTranslations translations;

    @Test
    void createsTheDemoEditionAndAccountsOnceAndGivesTheSameAccountsAfterwards() {
        List<DemoAccount> first = demo.ensureDemo();
        List<DemoAccount> second = demo.ensureDemo();

        assertThat(second).isEqualTo(first);
        assertThat(first).extracting(DemoAccount::role)
                .containsExactly(Role.ORGANISER, Role.JUROR, Role.JUROR, Role.JUROR);
        assertThat(editions.findAll()).filteredOn(e -> e.slug().equals("demo")).hasSize(1);
    }

    @Test
    void theDemoEditionSpeaksEveryLanguageOfThePublicSite() {
        demo.ensureDemo();
        Edition edition = editions.findBySlug("demo").orElseThrow();
        Theme migration = themes.findByEditionIdOrderByPosition(edition.id()).getFirst();

        assertThat(translations.forReaders(edition.id(), "ar").of(edition).name()).endsWith("(نسخة تجريبية)");
        assertThat(translations.forReaders(edition.id(), "zh").of(migration).name()).isEqualTo("移民");
        assertThat(translations.forReaders(edition.id(), "ru").of(migration).description())
                .isEqualTo("Путь, прибытие и принадлежность");
        ActingAccount organiser = JudgingScenario.create(context).organiser();
        List<String> written = translations.texts(organiser, edition.id()).stream()
                .filter(text -> !text.original().isBlank()).map(TranslatableText::key).toList();
        assertThat(EditionTranslations.LANGUAGES).filteredOn(l -> !l.equals("en")).allSatisfy(language ->
                assertThat(translations.translations(organiser, edition.id(), language))
                        .as("every text of the demo in " + language).containsOnlyKeys(written));
    }

    @Test
    void createsTheDemoAccountsWithoutAChosenLanguageSoTheyFollowTheBrowser() {
        for (DemoAccount account : demo.ensureDemo()) {
            assertThat(accounts.findByEmail(account.email()).orElseThrow().localeChosen()).as(account.email())
                    .isFalse();
        }
    }

    @Test
    void storesOnlyHashedPasswordsAndKeepsThePlainOnesInAnOwnerOnlyFile() throws Exception {
        for (DemoAccount account : demo.ensureDemo()) {
            String stored = accounts.findByEmail(account.email()).orElseThrow().passwordHash();
            assertThat(stored).startsWith("$argon2id$").doesNotContain(account.password());
            assertThat(hasher.matches(account.password(), stored)).isTrue();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataFolder.root().resolve("demo-accounts.txt")))).isEqualTo("rw-------");
    }

    @Test
    void printsEachAccountOnTheLineScriptsLookFor() {
        DemoAccount account = new DemoAccount(Role.JUROR, "juror1@youth-images.example", "secret");
        assertThat(account.line()).isEqualTo("demo account: JUROR juror1@youth-images.example secret");
    }
}
