package org.youthimages.judging.base.ui;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.youthimages.judging.account.ui.LoginView;
import org.youthimages.judging.testing.ViewTesting;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.testing.JudgingScenario;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role against each screen, through the same navigation the browser does: who is let in, who is sent to sign
 * in, and who is told the page is not available to them.
 */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class NavigationGuardIT {

    private enum Outcome { SHOWN, SIGN_IN, NOT_AVAILABLE }

    @Inject ApplicationContext context;
    @Inject JudgingQueue queue;
    @Inject AccountRepository accounts;

    private JudgingScenario scenario;
    private ActingAccount assigned;
    private ActingAccount otherJuror;
    private ActingAccount deactivated;
    private long film;

    @BeforeEach
    void scenario() {
        scenario = JudgingScenario.create(context);
        assigned = scenario.juror("Ada Assigned");
        otherJuror = scenario.juror("Otto Other");
        deactivated = scenario.juror("Dee Deactivated");
        scenario.assign(List.of(scenario.film("Guarded film")), assigned, deactivated);
        scenario.assign(List.of(scenario.film("Another film")), otherJuror);
        film = queue.queue(assigned, scenario.round().id(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
        accounts.updateActive(deactivated.id(), false);
        ViewTesting.start(context);
    }

    @AfterEach
    void stop() {
        ViewTesting.stop();
    }

    @TestFactory
    Stream<DynamicTest> eachRoleAgainstEachScreen() {
        String filmPath = "film/" + film;
        String roundPath = "organiser/rounds/" + scenario.round().id();
        String[] organiserPaths = {"editions", "organiser/editions/new",
                "organiser/editions/" + scenario.edition().id(), "organiser/screening", "organiser/rounds", roundPath,
                roundPath + "/assignment", roundPath + "/results", "organiser/awards", "organiser/audit",
                "organiser/privacy", "organiser/accounts"};
        List<DynamicTest> tests = new ArrayList<>();
        add(tests, "anonymous", () -> null, Outcome.SIGN_IN, "", "judging", filmPath, "revealed");
        add(tests, "anonymous", () -> null, Outcome.SIGN_IN, organiserPaths);
        add(tests, "anonymous", () -> null, Outcome.SHOWN, "login", "account/forgot");
        add(tests, "assigned juror", () -> assigned, Outcome.SHOWN, "judging", filmPath, "revealed");
        add(tests, "assigned juror", () -> assigned, Outcome.NOT_AVAILABLE, organiserPaths);
        add(tests, "assigned juror", () -> assigned, Outcome.NOT_AVAILABLE, "judging/ballot/" + scenario.round().id(),
                "organiser/editions/999999999");
        add(tests, "another juror", () -> otherJuror, Outcome.SHOWN, "judging");
        add(tests, "another juror", () -> otherJuror, Outcome.NOT_AVAILABLE, filmPath, "film/999999999");
        add(tests, "organiser", scenario::organiser, Outcome.SHOWN, organiserPaths);
        add(tests, "organiser", scenario::organiser, Outcome.NOT_AVAILABLE, "judging", filmPath, "revealed",
                "judging/ballot/" + scenario.round().id(), "organiser/editions/999999999", "organiser/editions/x");
        add(tests, "deactivated juror", () -> deactivated, Outcome.SIGN_IN, "judging", filmPath);
        add(tests, "a juror signed in thirteen hours ago", () -> new ActingAccount(assigned.id(), assigned.email(),
                assigned.displayName(), assigned.roles(), "en", java.time.Instant.now().minusSeconds(13 * 3600)),
                Outcome.SIGN_IN, "judging", filmPath);
        return tests.stream();
    }

    private void add(List<DynamicTest> tests, String who, Supplier<ActingAccount> account, Outcome expected,
                     String... paths) {
        for (String path : paths) {
            tests.add(DynamicTest.dynamicTest(who + " opening /" + path + " is " + expected, () -> {
                ViewTesting.signOut();
                if (account.get() != null) {
                    ViewTesting.signIn(account.get());
                }
                Object view = ViewTesting.navigate(path);
                switch (expected) {
                    case SHOWN -> {
                        assertThat(view).isNotNull().isNotInstanceOf(NotAvailableView.class);
                        assertThat(ViewTesting.currentPath()).startsWith(path);
                    }
                    case SIGN_IN -> {
                        assertThat(view).isInstanceOf(LoginView.class);
                        if (!path.isEmpty()) {
                            assertThat(ViewTesting.currentPath()).contains("next=" + path.replace("/", "%2F"));
                        }
                    }
                    case NOT_AVAILABLE -> assertThat(view).isInstanceOf(NotAvailableView.class);
                }
            }));
        }
    }
}
