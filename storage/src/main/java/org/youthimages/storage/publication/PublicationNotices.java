package org.youthimages.storage.publication;

import jakarta.inject.Singleton;
import org.youthimages.storage.sql.Jdbc;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who is told when an edition's winners are published: every entrant whose film was received, once per edition
 * (publishing again after taking the gallery down tells no one twice). The public site sends the emails, since
 * they link to the gallery; this finds the recipients, one publication at a time, locked against other senders.
 */
@Singleton
public class PublicationNotices {

    /** A publication whose entrants are still to be told. */
    public record Due(long publicationId, long editionId, String slug, String editionName, boolean alreadyTold) {
    }

    /**
     * An entrant to tell, with their film, the names of the awards it won (empty if none) and whether the jurors
     * wrote comments for them.
     */
    public record Recipient(long entryId, String email, String givenName, String locale, String reference,
                            String title, List<Gallery.WinnerAward> awards, boolean juryComments) {
    }

    private final Jdbc jdbc;
    private final Gallery gallery;
    private final JuryFeedback feedback;

    PublicationNotices(Jdbc jdbc, Gallery gallery, JuryFeedback feedback) {
        this.jdbc = jdbc;
        this.gallery = gallery;
        this.feedback = feedback;
    }

    /** The next publication to announce, locked until the caller's transaction ends. */
    public Optional<Due> lockNext() {
        return jdbc.one("""
                select p.id, p.edition_id, e.slug, e.name,
                       exists (select 1 from publication q where q.edition_id = p.edition_id
                                  and q.entrants_notified_at is not null) as told
                  from publication p join edition e on e.id = p.edition_id
                 where p.unpublished_at is null and p.entrants_notified_at is null
                 order by p.id limit 1 for update of p skip locked""",
                rs -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
    }

    public List<Recipient> recipients(long editionId) {
        Map<Long, List<Gallery.WinnerAward>> awards = gallery.awardsByFilm(editionId);
        Set<Long> commented = feedback.entriesWithComments(editionId);
        return jdbc.list("""
                select e.id, p.email, p.given_name, e.locale, e.reference, e.title from entry e
                  join person p on p.entry_id = e.id and p.role = 'ENTRANT'
                 where e.edition_id = ? and e.status <> 'AWAITING_UPLOAD' and e.personal_data_erased_at is null
                   and p.email is not null order by e.id""",
                rs -> new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), awards.getOrDefault(rs.getLong(1), List.of()),
                        commented.contains(rs.getLong(1))), editionId);
    }

    public void markTold(long publicationId) {
        jdbc.update("update publication set entrants_notified_at = now() where id = ?", publicationId);
    }
}
