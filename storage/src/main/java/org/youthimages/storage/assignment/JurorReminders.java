package org.youthimages.storage.assignment;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.account.JudgingEmails;
import org.youthimages.storage.account.JudgingLinks;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.sql.Jdbc;
import org.youthimages.storage.translation.EditionTexts;
import org.youthimages.storage.translation.EditionTranslations;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Emails to jurors with films not yet submitted in a round, in each juror's language (the round and the edition
 * named as the organisers translated them, as written where they did not), with the deadline and a link to their
 * queue: the first, before the juror has submitted anything, says the films are waiting; later ones remind.
 * Jurors with nothing left are not disturbed. Each email is recorded.
 */
@Singleton
public class JurorReminders {

    private final AccessRules access;
    private final Jdbc jdbc;
    private final JudgingEmails emails;
    private final JudgingLinks links;
    private final EditionTranslations translations;
    private final AuditLog audit;

    JurorReminders(AccessRules access, Jdbc jdbc, JudgingEmails emails, JudgingLinks links,
                   EditionTranslations translations, AuditLog audit) {
        this.access = access;
        this.jdbc = jdbc;
        this.emails = emails;
        this.links = links;
        this.translations = translations;
        this.audit = audit;
    }

    /** Reminds those of the jurors who still have films to submit; returns how many were emailed. */
    @Transactional
    public int remind(ActingAccount organiser, long roundId, Collection<Long> jurorIds) {
        access.requireOrganiser(organiser);
        RoundInfo round = jdbc.one("""
                select r.id, r.name, e.name, r.closes_at, e.time_zone, r.edition_id, r.state from round r
                  join edition e on e.id = r.edition_id where r.id = ?""",
                rs -> new RoundInfo(rs.getLong(1), rs.getString(2), rs.getString(3), Jdbc.instant(rs, "closes_at"),
                        rs.getString(5), rs.getLong(6), rs.getString(7)), roundId)
                .orElseThrow(() -> new Refused("noRound", "No round " + roundId, roundId));
        if (!"OPEN".equals(round.state())) {
            throw new Refused("reminder.notOpen", "Jurors are reminded only while the round is open");
        }
        List<Long> reminded = new ArrayList<>();
        Map<String, EditionTexts> texts = new HashMap<>();
        for (long jurorId : jurorIds) {
            jdbc.one("""
                    select j.display_name, j.email, j.locale, count(a.id),
                           count(a.id) filter (where s.state is distinct from 'SUBMITTED'),
                           exists (select 1 from juror_reminder r where r.round_id = ? and r.juror_id = j.id)
                      from account j join assignment a on a.juror_id = j.id and a.round_id = ? and a.state = 'ACTIVE'
                      left join scorecard s on s.assignment_id = a.id
                     where j.id = ? and j.active group by j.id""",
                    rs -> new Juror(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
                            rs.getBoolean(6)), roundId, roundId, jurorId)
                    .filter(j -> j.unfinished() > 0).ifPresent(juror -> {
                        send(juror, round, language -> texts.computeIfAbsent(language,
                                l -> translations.forReaders(round.editionId(), l)));
                        jdbc.update("""
                                insert into juror_reminder (round_id, juror_id, reminded_at) values (?, ?, now())
                                on conflict (round_id, juror_id) do update set reminded_at = excluded.reminded_at""",
                                roundId, jurorId);
                        reminded.add(jurorId);
                    });
        }
        if (!reminded.isEmpty()) {
            audit.record(organiser.actor(), "round.remind", round.editionId(), "round", roundId, null,
                    java.util.Map.of("jurors", reminded));
        }
        return reminded.size();
    }

    /** Queues the juror's email, with the round and edition named in its language by {@code textsIn}. */
    private void send(Juror juror, RoundInfo round, Function<String, EditionTexts> textsIn) {
        emails.queue(juror.email(), juror.locale(), "JUROR_REMINDER", juror.firstNotice() ? "waiting" : "reminder",
                links.base() + "/judging", language -> {
                    EditionTexts texts = textsIn.apply(language.locale().getLanguage());
                    return new Object[] {juror.name(), texts.roundName(round.id(), round.name()),
                            texts.editionName(round.editionName()), juror.unfinished(), juror.assigned(),
                            deadline(round, language)};
                });
    }

    /** "The round closes …", in the round's time zone, or nothing when the round has no closing date. */
    private static String deadline(RoundInfo round, JudgingEmails.Language language) {
        if (round.closesAt() == null) {
            return "";
        }
        Locale locale = language.locale();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneId.of(round.timeZone())).format(round.closesAt()) + " (" + round.timeZone() + ")";
        return new MessageFormat(language.texts().getString("reminder.deadline"), locale).format(new Object[] {when});
    }

    private record RoundInfo(long id, String name, String editionName, Instant closesAt, String timeZone, long editionId,
                             String state) {
    }

    private record Juror(String name, String email, String locale, int assigned, int unfinished,
                         boolean remindedBefore) {

        /** Never emailed about this round and nothing submitted yet: the films are news to them. */
        boolean firstNotice() {
            return !remindedBefore && unfinished == assigned;
        }
    }
}
