package org.youthimages.storage.results;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.assignment.AssignmentBoard;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.judging.PlayedRange;
import org.youthimages.storage.judging.ScoreValue;
import org.youthimages.storage.judging.ScorecardDraft;
import org.youthimages.storage.judging.Scorecards;
import org.youthimages.storage.judging.WatchTime;
import org.youthimages.storage.testing.JudgingScenario;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
class ResultsCsvIT {

    @Inject ApplicationContext context;
    @Inject ResultsCsv csv;
    @Inject AssignmentBoard board;
    @Inject WatchTime watchTime;
    @Inject Scorecards scorecards;

    @Test
    void exportsTheResultsAndEveryScoreWithFormulasDefused() throws Exception {
        JudgingScenario fixture = JudgingScenario.create(context);
        Entry film = fixture.film("=HYPERLINK(\"http://evil\")", "AGE_13_17", "KE");
        ActingAccount ana = fixture.juror("ana");
        fixture.submit(film, ana, 100, 8, 6, 7);

        StringBuilder results = new StringBuilder();
        csv.writeResults(fixture.organiser(), fixture.round().id(), results);
        StringBuilder scores = new StringBuilder();
        csv.writeScores(fixture.organiser(), fixture.round().id(), scores);

        List<CSVRecord> resultRows = parse(results);
        assertThat(resultRows.get(0).get("rank")).isEqualTo("1");
        assertThat(resultRows.get(0).get("reference")).isEqualTo(film.reference());
        assertThat(resultRows.get(0).get("title")).startsWith("'=HYPERLINK");
        // (2*8 + 6 + 1.5*7) / 4.5
        assertThat(resultRows.get(0).get("weighted_mean")).isEqualTo("7.222");
        List<CSVRecord> scoreRows = parse(scores);
        assertThat(scoreRows).extracting(r -> r.get("criterion")).containsExactly("STORY", "CRAFT", "THEME");
        assertThat(scoreRows).extracting(r -> r.get("value")).containsExactly("8", "6", "7");
        assertThat(scoreRows.getFirst().get("juror_email")).isEqualTo(ana.email());
    }

    @Test
    void exportsEachScorecardsCommentForTheEntrantAndPrivateNote() throws Exception {
        JudgingScenario fixture = JudgingScenario.create(context);
        Entry film = fixture.film("Paper Boats");
        fixture.submit(film, fixture.juror("ana"), "=Keep filming!", "Stronger than it looks", 100, 8, 6, 7);
        fixture.submit(film, fixture.juror("ben"), "", "", 100, 5, 5, 5);

        StringBuilder comments = new StringBuilder();
        csv.writeComments(fixture.organiser(), fixture.round().id(), comments);

        assertThat(parse(comments)).as("scorecards without a word are left out").singleElement().satisfies(row -> {
            assertThat(row.get("reference")).isEqualTo(film.reference());
            assertThat(row.get("comment_for_entrant")).isEqualTo("'=Keep filming!");
            assertThat(row.get("private_note")).isEqualTo("Stronger than it looks");
            assertThat(row.get("scorecard_state")).isEqualTo("SUBMITTED");
        });
    }

    @Test
    void exportsADraftsShareWatchedAsTheAssignmentBoardShowsIt() throws Exception {
        JudgingScenario fixture = JudgingScenario.create(context);
        ActingAccount ana = fixture.juror("ana");
        long assignment = fixture.assignOne(fixture.film("Paper Boats"), ana);
        watchTime.record(ana, assignment, List.of(new PlayedRange(0, 10)), 1000);
        long criterion = scorecards.open(ana, assignment).criteria().getFirst().criterionId();
        scorecards.saveDraft(ana, assignment, new ScorecardDraft(0, Map.of(criterion, new ScoreValue(7, "")), "", ""));

        StringBuilder scores = new StringBuilder();
        csv.writeScores(fixture.organiser(), fixture.round().id(), scores);

        BigDecimal onScreen = board.assignments(fixture.organiser(), fixture.round().id()).getFirst().watchedPercent();
        assertThat(onScreen).isPositive();
        assertThat(new BigDecimal(parse(scores).getFirst().get("watched_percent"))).isEqualByComparingTo(onScreen);
    }

    private static List<CSVRecord> parse(CharSequence text) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.toString())).getRecords();
    }
}
