package org.youthimages.judging.privacy.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.base.ui.Downloads;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.privacy.PersonalData;
import org.youthimages.storage.testing.JudgingScenario;

import static org.assertj.core.api.Assertions.assertThat;

/** An entrant's request: their data found, exported and erased from the screen. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class PrivacyViewIT {

    @Inject ApplicationContext context;
    @Inject PersonRepository people;

    private JudgingScenario scenario;
    private Entry film;
    private Person entrant;

    @BeforeEach
    void anEntry() {
        scenario = JudgingScenario.create(context);
        film = scenario.film("Private matters");
        entrant = people.findByEntryIdAndRole(film.id(), Person.Role.ENTRANT).orElseThrow();
        ViewTesting.start(context);
        ViewTesting.signIn(scenario.organiser());
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @Test
    void theListSaysWhatToSearchForThenThatNothingWasFound() {
        PrivacyView view = (PrivacyView) ViewTesting.navigate("organiser/privacy");
        assertThat(view.matches.getEmptyStateText()).isEqualTo("Search by reference or email.");

        ViewTesting.userSets(view.search, "  nobody@nowhere.example ");
        LocatorJ._click(view.find);

        assertThat(GridKt._findAll(view.matches)).isEmpty();
        assertThat(view.matches.getEmptyStateText()).isEqualTo("Nothing found for “nobody@nowhere.example”.");
    }

    @Test
    void findsTheEntryByEmailExportsItAndErasesIt() {
        PrivacyView view = (PrivacyView) ViewTesting.navigate("organiser/privacy");
        ViewTesting.userSets(view.search, entrant.email());
        LocatorJ._click(view.find);

        assertThat(GridKt._findAll(view.matches)).extracting(PersonalData.Match::reference)
                .containsExactly(film.reference());
        String json = LocatorJ._get(GridKt._getCellComponent(view.matches, 0, "actions"), Downloads.Link.class)
                .contentAsText();
        assertThat(json).contains(entrant.email(), "Wanjiru", "GUARDIAN");

        LocatorJ._click(LocatorJ._get(GridKt._getCellComponent(view.matches, 0, "actions"), Button.class));
        ViewTesting.userSets(LocatorJ._get(TextArea.class, spec -> spec.withLabel("Reason")), "Request of 3 March");
        ViewTesting.click("Erase…");

        assertThat(people.findByEntryIdAndRole(film.id(), Person.Role.ENTRANT).orElseThrow().email()).isNull();
        assertThat(ViewTesting.notifications()).contains("Erased: 3 people, 0 emails, 0 files.");
    }
}
