package org.youthimages.storage.privacy;

import jakarta.inject.Singleton;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.sql.Jdbc;

import java.util.List;

/**
 * Erases the personal data of one entry's people, in the caller's transaction. Kept: each person's age and country
 * (anonymous statistics), and for a winner whose edition's gallery was published, what it showed: the entrant's
 * first name (and family name when they agreed to show it).
 */
@Singleton
class Erasure {

    private final Jdbc jdbc;
    private final ObjectStore objects;

    Erasure(Jdbc jdbc, ObjectStore objects) {
        this.jdbc = jdbc;
        this.objects = objects;
    }

    PersonalData.Erased erase(long entryId, boolean deleteFiles) {
        boolean published = jdbc.one("""
                select exists (select 1 from award a join publication p on p.edition_id = a.edition_id
                                where a.entry_id = ?)""", rs -> rs.getBoolean(1), entryId).orElse(false);
        boolean fullName = jdbc.one("""
                select exists (select 1 from consent where entry_id = ? and kind = 'FULL_NAME_IN_GALLERY'
                                  and withdrawn_at is null)""", rs -> rs.getBoolean(1), entryId).orElse(false);
        int emails = jdbc.update("""
                delete from outbound_email where recipient in (
                    select email from person where entry_id = ? and email is not null)""", entryId);
        int people = jdbc.update("""
                update person p set
                       age_years = case when p.date_of_birth is null then p.age_years else
                           extract(year from age((select ed.age_cutoff_date from entry e join edition ed
                                                    on ed.id = e.edition_id where e.id = p.entry_id),
                                                 p.date_of_birth))::int end,
                       given_name = case when p.role = 'ENTRANT' and ? then p.given_name else '' end,
                       family_name = case when p.role = 'ENTRANT' and ? and ? then p.family_name else '' end,
                       email = null, date_of_birth = null, organisation = null, relationship = null,
                       confirmation_token_hash = null, erased_at = now()
                 where p.entry_id = ? and p.erased_at is null""", published, published, fullName, entryId);
        jdbc.update("update entry set personal_data_erased_at = coalesce(personal_data_erased_at, now()) where id = ?",
                entryId);
        jdbc.update("update upload_session set client_address = null, filename = '' where entry_id = ?", entryId);
        int files = 0;
        if (deleteFiles) {
            if (jdbc.one("select exists (select 1 from award where entry_id = ?)", rs -> rs.getBoolean(1), entryId)
                    .orElse(false)) {
                throw new Refused("privacy.winnerFiles", "An award winner’s film stays in the record");
            }
            List<String> keys = jdbc.list("delete from media_asset where entry_id = ? returning object_key",
                    rs -> rs.getString(1), entryId);
            keys.forEach(objects::delete);
            files = keys.size();
        }
        return new PersonalData.Erased(people, emails, files);
    }
}
