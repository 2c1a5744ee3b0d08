package org.youthimages.storage.judging;

import org.youthimages.storage.sql.Jdbc;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.translation.EditionTexts;
import org.youthimages.storage.translation.EditionTranslations;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * After an organiser has closed a round and revealed its scores, its jurors may see every juror's submitted
 * scores for the films they judged themselves; never the private notes, never before. The edition's names (its own,
 * the round's, the criteria's) come in the juror's language, as written where no translation is given.
 */
@Singleton
public class RevealedScores {

    /** A closed round whose scores this juror may now see. */
    public record RevealedRound(long roundId, String editionName, String roundName) {
    }

    /** Each film the juror judged, with every juror's submitted scorecard for it. */
    public record Board(RevealedRound round, List<CriterionSheet> criteria, List<ScoredCard> cards) {
    }

    private static final String ROUNDS = """
            select distinct r.id, e.name as edition_name, r.name, r.position, r.edition_id
              from assignment a join round r on r.id = a.round_id join edition e on e.id = r.edition_id
             where a.juror_id = ? and a.state = 'ACTIVE' and r.state = 'CLOSED' and r.scores_revealed
               and %s""".formatted(JurorConditions.NO_CONFLICT);

    private final Jdbc jdbc;
    private final JurorAccess access;
    private final RoundScores scores;
    private final EditionTranslations translations;

    RevealedScores(Jdbc jdbc, JurorAccess access, RoundScores scores, EditionTranslations translations) {
        this.jdbc = jdbc;
        this.access = access;
        this.scores = scores;
        this.translations = translations;
    }

    public List<RevealedRound> rounds(ActingAccount juror) {
        return revealed(juror).stream().map(Revealed::round).toList();
    }

    public Board board(ActingAccount juror, long roundId) {
        Revealed revealed = revealed(juror).stream().filter(r -> r.round().roundId() == roundId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Round " + roundId + " has no scores revealed to "
                        + juror.id()));
        Set<Long> judged = Set.copyOf(jdbc.list("""
                select a.entry_id from assignment a where a.juror_id = ? and a.round_id = ? and a.state = 'ACTIVE'
                """ + " and " + JurorConditions.NO_CONFLICT, rs -> rs.getLong(1), juror.id(), roundId));
        List<ScoredCard> cards = scores.cards(roundId, true).stream().filter(c -> judged.contains(c.entryId()))
                .map(RevealedScores::asJurorsSeeIt).collect(Collectors.toList());
        return new Board(revealed.round(), scores.criteria(roundId, revealed.texts()), cards);
    }

    /** The rounds revealed to the juror, named in the juror's language; each edition's texts are read once. */
    private List<Revealed> revealed(ActingAccount juror) {
        access.requireJuror(juror);
        record Written(long editionId, RevealedRound round) {
        }
        List<Written> written = jdbc.list(ROUNDS + " order by r.position, r.id", rs -> new Written(
                rs.getLong("edition_id"), new RevealedRound(rs.getLong(1), rs.getString(2), rs.getString(3))),
                juror.id());
        Map<Long, EditionTexts> texts = new HashMap<>();
        return written.stream().map(w -> Revealed.of(w.round(),
                texts.computeIfAbsent(w.editionId(), edition -> translations.forJuror(juror, edition)))).toList();
    }

    /** A revealed round with its edition's texts in the juror's language. */
    private record Revealed(RevealedRound round, EditionTexts texts) {

        static Revealed of(RevealedRound written, EditionTexts texts) {
            return new Revealed(new RevealedRound(written.roundId(), texts.editionName(written.editionName()),
                    texts.roundName(written.roundId(), written.roundName())), texts);
        }
    }

    /** Without what the juror wrote for the organisers: the private note and the comments on criteria. */
    private static ScoredCard asJurorsSeeIt(ScoredCard c) {
        return new ScoredCard(c.scorecardId(), c.assignmentId(), c.jurorId(), c.juror(), c.entryId(), c.reference(),
                c.title(), c.state(), c.version(), c.watchedPercent(), c.confirmedBelowThreshold(), c.weightedMean(),
                c.scores(), Map.of(), c.overallComment(), "", c.submittedAt());
    }
}
