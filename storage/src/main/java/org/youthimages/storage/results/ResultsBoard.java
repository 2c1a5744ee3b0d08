package org.youthimages.storage.results;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.edition.AgeCategoryRepository;
import org.youthimages.storage.edition.Round;
import org.youthimages.storage.edition.RoundRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Results as organisers read them: per age category, each film's place (ties shown as ties, with the round's
 * tie-break rule), its weighted mean, normalised mean, median, number of scores, watched share and a flag where
 * jurors disagree strongly; for a ranked vote, the Schulze order with the pairwise table.
 */
@Singleton
public class ResultsBoard {

    /** A film named as organisers know it. */
    public record Film(long entryId, String reference, String title) {
    }

    public record Line(Leaderboard.Place place, Film film) {
    }

    /** {@code categoryId} null: films without a category. */
    public record Category(@Nullable Long categoryId, String name, List<Line> lines) {
    }

    /** The ranked vote: the films in the table's order, the Schulze result and how many jurors voted. */
    public record Ranked(List<Film> films, Schulze.Result result, int ballots) {

        public Film film(long entryId) {
            return films.stream().filter(f -> f.entryId() == entryId).findFirst().orElseThrow();
        }
    }

    private final AccessRules access;
    private final RoundRepository rounds;
    private final AgeCategoryRepository categories;
    private final RoundLeaderboard leaderboard;
    private final RankedVote vote;
    private final RoundFilms roundFilms;

    ResultsBoard(AccessRules access, RoundRepository rounds, AgeCategoryRepository categories,
                 RoundLeaderboard leaderboard, RankedVote vote, RoundFilms roundFilms) {
        this.access = access;
        this.rounds = rounds;
        this.categories = categories;
        this.leaderboard = leaderboard;
        this.vote = vote;
        this.roundFilms = roundFilms;
    }

    public List<Category> leaderboard(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        Round round = round(roundId);
        Map<Long, String> names = new LinkedHashMap<>();   // in the edition's order, films without a category last
        categories.findByEditionIdOrderByPosition(round.editionId()).forEach(c -> names.put(c.id(), c.name()));
        names.put(null, "");
        Map<Long, List<Leaderboard.Place>> places = leaderboard.byCategory(roundId);
        Map<Long, Film> films = roundFilms.of(roundId);
        List<Category> board = new ArrayList<>();
        names.forEach((category, name) -> {
            List<Leaderboard.Place> categoryPlaces = places.get(category);
            if (categoryPlaces != null) {
                board.add(new Category(category, name, categoryPlaces.stream()
                        .map(p -> new Line(p, films.get(p.result().entryId()))).toList()));
            }
        });
        return board;
    }

    public Ranked ranked(ActingAccount organiser, long roundId) {
        access.requireOrganiser(organiser);
        RankedVote.Tally tally = vote.tally(roundId);
        Map<Long, Film> films = roundFilms.of(roundId);
        return new Ranked(tally.result().candidates().stream().map(films::get).toList(), tally.result(),
                tally.ballots());
    }

    private Round round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new Refused("noRound", "No round " + roundId, roundId));
    }
}
