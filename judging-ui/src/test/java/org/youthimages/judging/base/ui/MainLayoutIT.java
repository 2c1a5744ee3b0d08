package org.youthimages.judging.base.ui;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.applayout.DrawerToggle;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.account.AccountPreferences;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.testing.JudgingScenario;

import static org.assertj.core.api.Assertions.assertThat;

/** The frame around the signed-in pages, without a browser. */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class MainLayoutIT {

    @Inject ApplicationContext context;
    @Inject AccountPreferences preferences;

    private JudgingScenario scenario;

    @BeforeEach
    void start() {
        scenario = JudgingScenario.create(context);
        ViewTesting.start(context);
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @ParameterizedTest
    @CsvSource({"en, Show or hide the menu, Menu", "fr, Afficher ou masquer le menu, Menu",
            "es, Mostrar u ocultar el menú, Menú"})
    void theMenuToggleAndTheMenuAreNamedInTheUsersLanguage(String language, String toggle, String menu) {
        ActingAccount juror = preferences.changeLanguage(scenario.juror("Lena Language"), language);
        ViewTesting.signIn(juror);

        ViewTesting.navigate("judging");

        assertThat(LocatorJ._get(DrawerToggle.class).getAriaLabel()).hasValue(toggle);
        assertThat(LocatorJ._get(MainLayout.class).getI18n().getDrawer()).isEqualTo(menu);
    }
}
