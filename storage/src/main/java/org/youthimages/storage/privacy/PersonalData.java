package org.youthimages.storage.privacy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.PersonNames;
import org.youthimages.storage.sql.Jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entrant's right of access and right to erasure: an organiser finds an entry by its reference or a person's
 * email, exports everything held about its people as JSON, or erases it (keeping anonymous statistics and what was
 * published). Both are recorded in the audit log, without the personal data itself.
 */
@Singleton
public class PersonalData {

    /** An entry found for a request. */
    public record Match(long entryId, String reference, String title, String edition, String entrant,
                        @Nullable String email, @Nullable Instant erasedAt) {
    }

    /** How many people were erased, emails deleted from the outbox, and files deleted. */
    public record Erased(int people, int emails, int files) {
    }

    private final AccessRules access;
    private final EntryRepository entries;
    private final Erasure erasure;
    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final AuditLog audit;

    PersonalData(AccessRules access, EntryRepository entries, Erasure erasure, Jdbc jdbc, ObjectMapper json,
                 AuditLog audit) {
        this.access = access;
        this.entries = entries;
        this.erasure = erasure;
        this.jdbc = jdbc;
        this.json = json;
        this.audit = audit;
    }

    /** Entries whose reference is the text, or one of whose people has it as email (case ignored). */
    public List<Match> find(ActingAccount organiser, String referenceOrEmail) {
        access.requireOrganiser(organiser);
        String text = referenceOrEmail == null ? "" : referenceOrEmail.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        return jdbc.list("""
                select e.id, e.reference, e.title, ed.name, p.given_name, p.family_name, p.email,
                       e.personal_data_erased_at
                  from entry e join edition ed on ed.id = e.edition_id
                  left join person p on p.entry_id = e.id and p.role = 'ENTRANT'
                 where upper(e.reference) = upper(?)
                    or exists (select 1 from person q where q.entry_id = e.id and q.email = cast(? as citext))
                 order by e.created_at desc""",
                rs -> new Match(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        PersonNames.full(rs.getString(5), rs.getString(6)), rs.getString(7),
                        Jdbc.instant(rs, "personal_data_erased_at")),
                text, text);
    }

    /** Writes everything held about the entry's people as JSON (UTF-8) and records the export. */
    public void export(ActingAccount organiser, long entryId, OutputStream out) {
        access.requireOrganiser(organiser);
        Entry entry = entry(entryId);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("exportedAt", Instant.now().toString());
        document.put("entry", rows("""
                select e.reference, e.title, e.synopsis, e.locale, e.original_language, e.subtitle_language,
                       e.completed_on::text, e.screening_history, e.ai_or_stock_footage, e.ai_or_stock_details,
                       e.status, e.eligibility, e.eligibility_reason, e.created_at::text, e.updated_at::text,
                       ed.name as edition, c.name as age_category
                  from entry e join edition ed on ed.id = e.edition_id
                  left join age_category c on c.id = e.age_category_id where e.id = ?""", entryId).getFirst());
        document.put("people", rows("""
                select role, given_name, family_name, email::text, date_of_birth::text, age_years, country_code,
                       organisation, relationship, team_role, confirmed_at::text, erased_at::text
                  from person where entry_id = ? order by id""", entryId));
        document.put("consents", rows("""
                select c.kind, p.role as given_by, c.text_version, c.locale, c.given_at::text, c.withdrawn_at::text
                  from consent c join person p on p.id = c.person_id where c.entry_id = ? order by c.id""", entryId));
        document.put("files", rows("""
                select kind, label, content_type, size_bytes, sha256, created_at::text from media_asset
                 where entry_id = ? order by id""", entryId));
        document.put("uploads", rows("""
                select filename, content_type, length, state, client_address, created_at::text, completed_at::text
                  from upload_session where entry_id = ? order by created_at""", entryId));
        document.put("awards", rows("""
                select a.kind, coalesce(p.name, c.name) as award, a.decided_at::text from award a
                  left join prize p on p.id = a.prize_id left join age_category c on c.id = a.age_category_id
                 where a.entry_id = ? order by a.id""", entryId));
        // What the jurors wrote for the entrant, as the status page shows it once published; never the jurors' names.
        document.put("juryComments", rows("""
                select r.name as round, s.overall_comment as comment, s.submitted_at::text from scorecard s
                  join assignment a on a.id = s.assignment_id join round r on r.id = a.round_id
                 where a.entry_id = ? and a.state = 'ACTIVE' and s.state = 'SUBMITTED'
                   and btrim(s.overall_comment) <> ''
                 order by a.round_id, s.submitted_at""", entryId));
        document.put("emails", rows("""
                select o.kind, o.subject, o.created_at::text, o.sent_at::text from outbound_email o
                 where o.recipient in (select email from person where entry_id = ? and email is not null)
                 order by o.id""", entryId));
        try {
            json.writeValue(out, document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export of " + entry.reference(), e);
        }
        audit.record(organiser.actor(), "privacy.export", entry.editionId(), "entry", entryId, null,
                Map.of("reference", entry.reference()));
    }

    /**
     * Erases the personal data of the entry's entrant, guardian and team. What the public gallery showed of a
     * published winner (first name, country) stays; anonymous facts (age, country) stay for statistics.
     *
     * @param deleteFiles also delete the film's files (refused for an award winner)
     */
    @Transactional
    public Erased erase(ActingAccount organiser, long entryId, String reason, boolean deleteFiles) {
        access.requireOrganiser(organiser);
        if (reason == null || reason.isBlank()) {
            throw new Refused("privacy.reason", "Say why, e.g. the entrant's request of 3 March");
        }
        Entry entry = entry(entryId);
        Erased result = erasure.erase(entryId, deleteFiles);
        audit.record(organiser.actor(), "privacy.erase", entry.editionId(), "entry", entryId, null,
                Map.of("reason", reason.strip(), "people", result.people(), "emails", result.emails(),
                        "files", result.files()));
        return result;
    }

    private List<Map<String, Object>> rows(String sql, long entryId) {
        return jdbc.list(sql, rs -> {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
            }
            return row;
        }, entryId);
    }

    private Entry entry(long entryId) {
        return entries.findById(entryId).orElseThrow(() -> new Refused("gone", "No entry " + entryId, entryId));
    }
}
