package org.youthimages.storage.judging;

import org.youthimages.storage.assignment.AssignmentChanges;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.AccountDirectory;
import org.youthimages.storage.account.AccountRepository;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.Invitation;
import org.youthimages.storage.account.Invitations;
import org.youthimages.storage.account.Role;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.testing.JudgingScenario;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every role against every action, through the domain services the pages call (the pages only show what these
 * allow). Allowed means the rule let the call through (it may still refuse for another reason, e.g. an incomplete
 * scorecard); refused means {@link AccessDeniedException}.
 */
@MicronautTest(transactional = false)
class AuthorisationMatrixIT {

    @Inject ApplicationContext context;
    @Inject JudgingQueue queue;
    @Inject FilmDetails details;
    @Inject Scorecards scorecards;
    @Inject WatchTime watchTime;
    @Inject Conflicts conflicts;
    @Inject AssignmentChanges assignments;
    @Inject RoundControl rounds;
    @Inject ScorecardOverview overview;
    @Inject RevealedScores revealed;
    @Inject Invitations invitations;
    @Inject AccountDirectory directory;
    @Inject AccountRepository accounts;
    @Inject MediaAssetRepository media;

    private JudgingScenario scenario;
    private Entry film;
    private long assignment;
    private long scorecard;
    private long rendition;

    @BeforeEach
    void scenario() {
        scenario = JudgingScenario.create(context);
        film = scenario.film("Matrix film");
        rendition = media.save(new MediaAsset(null, film.id(), MediaAsset.Kind.RENDITION, "360p",
                ObjectKeys.rendition(film.reference(), "360p"), "video/mp4", 1, null, 640, 360, 1000L, null, null,
                null)).id();
    }

    @TestFactory
    Stream<DynamicTest> eachRoleAgainstEachAction() {
        Map<String, Consumer<ActingAccount>> juryActions = new LinkedHashMap<>();
        juryActions.put("open the film", a -> details.film(a, assignment));
        juryActions.put("get the film's media", a -> details.mediaAsset(a, assignment, rendition));
        juryActions.put("open the scorecard", a -> scorecards.open(a, assignment));
        juryActions.put("save a draft", a -> scorecards.saveDraft(a, assignment, new ScorecardDraft(1, Map.of(),
                "changed", "")));
        juryActions.put("submit", a -> scorecards.submit(a, assignment, 0, true));
        juryActions.put("record watch time", a -> watchTime.record(a, assignment, List.of(new PlayedRange(0, 1)), 95));
        juryActions.put("see previous and next", a -> queue.neighbours(a, assignment, QueueFilter.ALL));
        juryActions.put("declare a conflict", a -> conflicts.declare(a, assignment, "test"));
        Map<String, Consumer<ActingAccount>> organiserActions = new LinkedHashMap<>();
        organiserActions.put("unlock a scorecard", a -> scorecards.unlock(a, scorecard, "test"));
        organiserActions.put("see every scorecard", a -> overview.forRound(a, scenario.round().id()));
        organiserActions.put("see the conflicts", a -> conflicts.forEdition(a, scenario.edition().id()));
        organiserActions.put("assign films", a -> assignments.assign(a, scenario.round().id(), film.id(), a.id()));
        organiserActions.put("open and close rounds", a -> rounds.rounds(a, scenario.edition().id()));
        organiserActions.put("invite a juror", a -> invitations.invite(a, new Invitation(
                UUID.randomUUID() + "@jury.example.org", "New Juror", "en", Set.of(Role.JUROR), null, null)));
        organiserActions.put("list the accounts", a -> directory.list(a));

        List<DynamicTest> tests = new ArrayList<>();
        juryActions.forEach((name, action) -> {
            tests.add(allowed("the assigned juror may " + name, "assigned", action));
            tests.add(refused("another juror may not " + name, "other juror", action));
            tests.add(refused("an organiser may not " + name, "organiser", action));
            tests.add(refused("the assigned juror may not " + name + " once the round is closed", "closed round",
                    action));
            tests.add(refused("the assigned juror may not " + name + " after declaring a conflict", "conflict",
                    action));
            tests.add(refused("a deactivated juror may not " + name, "deactivated", action));
            tests.add(refused("a session from before a password change may not " + name, "old session", action));
        });
        organiserActions.forEach((name, action) -> {
            tests.add(allowed("an organiser may " + name, "organiser", action));
            tests.add(refused("a juror may not " + name, "assigned", action));
        });
        return tests.stream();
    }

    private DynamicTest allowed(String name, String who, Consumer<ActingAccount> action) {
        return DynamicTest.dynamicTest(name, () -> {
            ActingAccount account = actor(who);
            try {
                action.accept(account);
            } catch (AccessDeniedException e) {
                throw new AssertionError(name + ", but was refused: " + e.getMessage(), e);
            } catch (RuntimeException otherRule) {
                assertThat(otherRule).isNotInstanceOf(AccessDeniedException.class);
            }
        });
    }

    private DynamicTest refused(String name, String who, Consumer<ActingAccount> action) {
        return DynamicTest.dynamicTest(name, () -> {
            ActingAccount account = actor(who);
            assertThatThrownBy(() -> action.accept(account)).isInstanceOf(AccessDeniedException.class);
        });
    }

    /** A fresh film assignment for each case, and the account playing the role. */
    private ActingAccount actor(String who) {
        Entry own = scenario.film("Case film");
        ActingAccount juror = scenario.juror("Case Juror");
        scenario.withState(Round.State.OPEN, false);
        scenario.assign(List.of(own), juror);
        assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 100).stream()
                .filter(i -> i.entryId() == own.id()).findFirst().orElseThrow().assignmentId();
        rendition = media.save(new MediaAsset(null, own.id(), MediaAsset.Kind.RENDITION, "360p",
                ObjectKeys.rendition(own.reference(), "360p"), "video/mp4", 1, null, 640, 360, 1000L, null, null,
                null)).id();
        scorecards.saveDraft(juror, assignment, new ScorecardDraft(0, Map.of(), "draft", ""));
        scorecard = jdbcScorecard(juror);
        return switch (who) {
            case "assigned" -> juror;
            case "other juror" -> scenario.juror("Other Juror");
            case "organiser" -> scenario.organiser();
            case "closed round" -> {
                scenario.withState(Round.State.CLOSED, false);
                yield juror;
            }
            case "conflict" -> {
                conflicts.declare(juror, assignment, "my cousin");
                yield juror;
            }
            case "deactivated" -> {
                accounts.updateActive(juror.id(), false);
                yield juror;
            }
            case "old session" -> {
                var account = accounts.findById(juror.id()).orElseThrow();
                accounts.update(account.withPasswordHash("$argon2id$changed"));
                yield new ActingAccount(juror.id(), juror.email(), juror.displayName(), juror.roles(), "en",
                        Instant.now().minusSeconds(3600));
            }
            default -> throw new IllegalArgumentException(who);
        };
    }

    private long jdbcScorecard(ActingAccount juror) {
        return context.getBean(ScorecardRepository.class).findByAssignmentId(assignment).orElseThrow().id();
    }
}
