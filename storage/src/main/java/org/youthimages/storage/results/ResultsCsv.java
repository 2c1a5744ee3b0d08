package org.youthimages.storage.results;

import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.export.SafeCsv;
import org.apache.commons.csv.CSVPrinter;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.RoundRepository;
import org.youthimages.storage.judging.ScoredCard;
import org.youthimages.storage.judging.ScorecardOverview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CSV exports for organisers: a round's results, every score behind them, and the jurors' comments. Cells that a
 * spreadsheet would run as a formula are written as text.
 */
@Singleton
public class ResultsCsv {

    private final AccessRules access;
    private final RoundLeaderboard leaderboard;
    private final ResultsRepository results;
    private final RoundRepository rounds;
    private final RoundFilms roundFilms;
    private final AgeCategoryRepository categories;
    private final ScorecardOverview overview;

    ResultsCsv(AccessRules access, RoundLeaderboard leaderboard, ResultsRepository results, RoundRepository rounds,
               RoundFilms roundFilms, AgeCategoryRepository categories, ScorecardOverview overview) {
        this.overview = overview;
        this.access = access;
        this.leaderboard = leaderboard;
        this.results = results;
        this.rounds = rounds;
        this.roundFilms = roundFilms;
        this.categories = categories;
    }

    public void writeResults(ActingAccount organiser, long roundId, Appendable out) {
        access.requireOrganiser(organiser);
        long editionId = rounds.findById(roundId).orElseThrow().editionId();
        Map<Long, String> categoryNames = new HashMap<>();
        categories.findByEditionIdOrderByPosition(editionId).forEach(c -> categoryNames.put(c.id(), c.name()));
        Map<Long, ResultsBoard.Film> films = roundFilms.of(roundId);
        try (CSVPrinter csv = new CSVPrinter(out, SafeCsv.FORMAT)) {
            csv.printRecord("category", "rank", "tied", "tie_break", "reference", "title", "weighted_mean",
                    "normalised_score", "normalised_z", "median", "scores", "watched_percent", "spread",
                    "jurors_disagree");
            for (Map.Entry<Long, List<Leaderboard.Place>> category : leaderboard.byCategory(roundId).entrySet()) {
                for (Leaderboard.Place place : category.getValue()) {
                    EntryResult r = place.result();
                    ResultsBoard.Film film = films.get(r.entryId());
                    csv.printRecord(SafeCsv.text(categoryNames.getOrDefault(category.getKey(), "")), place.rank(),
                            place.tied(), place.tieBreak() == null ? "" : place.tieBreak().name(),
                            film.reference(), SafeCsv.text(film.title()), number(r.weightedMean()), number(r.normalisedScore()),
                            number(r.normalisedMean()), number(r.median()), r.scores(), number(r.watchedPercent()),
                            number(r.spread()), r.disagreement());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results", e);
        }
    }

    public void writeScores(ActingAccount organiser, long roundId, Appendable out) {
        access.requireOrganiser(organiser);
        try (CSVPrinter csv = new CSVPrinter(out, SafeCsv.FORMAT)) {
            csv.printRecord("reference", "title", "category", "juror_email", "juror_name", "criterion", "value",
                    "comment", "scorecard_state", "assignment_state", "watched_percent");
            for (ResultsRepository.ScoreLine s : results.everyScore(roundId)) {
                csv.printRecord(s.reference(), SafeCsv.text(s.title()), SafeCsv.text(s.category()), SafeCsv.text(s.jurorEmail()),
                        SafeCsv.text(s.jurorName()), s.criterion(), s.value() == null ? "" : s.value(), SafeCsv.text(s.comment()),
                        s.scorecardState(), s.assignmentState(), number(s.watchedPercent()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the scores", e);
        }
    }

    /**
     * What each juror wrote in prose: the comment for the entrant (which entrants read once the winners are
     * published, so organisers can read them all first) and the private note for the organisers.
     */
    public void writeComments(ActingAccount organiser, long roundId, Appendable out) {
        try (CSVPrinter csv = new CSVPrinter(out, SafeCsv.FORMAT)) {
            csv.printRecord("reference", "title", "juror_name", "scorecard_state", "comment_for_entrant",
                    "private_note");
            for (ScoredCard card : overview.forRound(organiser, roundId)) {
                if (!card.overallComment().isBlank() || !card.privateNote().isBlank()) {
                    csv.printRecord(card.reference(), SafeCsv.text(card.title()), SafeCsv.text(card.juror()),
                            card.state(), SafeCsv.text(card.overallComment()), SafeCsv.text(card.privateNote()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the comments", e);
        }
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
