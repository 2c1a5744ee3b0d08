package org.youthimages.storage.publication;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.audit.AuditLog;
import org.youthimages.storage.decision.Refused;
import org.youthimages.storage.sql.Jdbc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Publishing an edition's winners makes its public gallery; unpublishing takes it down (the record stays).
 * Publishing is refused while an awarded film could not be shown: no web rendition or poster yet, or no consent
 * to publish. Both are recorded in the audit log; entrants are emailed by the public site once published.
 */
@Singleton
public class Publishing {

    /** Why an awarded film cannot be published yet, as a message key ({@code publish.<problem>}). */
    public record Problem(String reference, String title, String problem) {
    }

    private final AccessRules access;
    private final PublicationRepository publications;
    private final Jdbc jdbc;
    private final AuditLog audit;

    Publishing(AccessRules access, PublicationRepository publications, Jdbc jdbc, AuditLog audit) {
        this.access = access;
        this.publications = publications;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<Publication> live(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return publications.findByEditionIdAndUnpublishedAtIsNull(editionId);
    }

    /** What stands in the way of publishing the edition's winners (empty: it can be published). */
    public List<Problem> problems(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        return problems(editionId);
    }

    @Transactional
    public Publication publish(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        if (publications.findByEditionIdAndUnpublishedAtIsNull(editionId).isPresent()) {
            throw new Refused("publish.already", "The winners are already published");
        }
        long awards = jdbc.one("select count(*) from award where edition_id = ?", rs -> rs.getLong(1), editionId)
                .orElse(0L);
        if (awards == 0) {
            throw new Refused("publish.noAwards", "Decide the awards before publishing the winners");
        }
        List<Problem> problems = problems(editionId);
        if (!problems.isEmpty()) {
            throw new Refused("publish.problems", "Some winners cannot be shown yet", problems.size(),
                    String.join(", ", problems.stream().map(Problem::reference).distinct().toList()));
        }
        Publication publication = publications.save(new Publication(null, editionId, Instant.now(), organiser.id(),
                null, null, null));
        audit.record(organiser.actor(), "edition.publish", editionId, "publication", publication.id(), null,
                publication);
        return publication;
    }

    @Transactional
    public void unpublish(ActingAccount organiser, long editionId) {
        access.requireOrganiser(organiser);
        Publication live = publications.findByEditionIdAndUnpublishedAtIsNull(editionId)
                .orElseThrow(() -> new Refused("publish.notPublished", "The winners are not published"));
        Publication down = publications.update(new Publication(live.id(), live.editionId(), live.publishedAt(),
                live.publishedBy(), Instant.now(), organiser.id(), live.entrantsNotifiedAt()));
        audit.record(organiser.actor(), "edition.unpublish", editionId, "publication", live.id(), live, down);
    }

    private List<Problem> problems(long editionId) {
        return jdbc.list("""
                select e.reference, e.title, p.problem from (
                    select distinct a.entry_id from award a where a.edition_id = ?) w
                  join entry e on e.id = w.entry_id
                  cross join lateral (values
                      (case when e.status <> 'READY' or not exists (select 1 from media_asset m
                             where m.entry_id = e.id and m.kind = 'RENDITION') then 'noRendition' end),
                      (case when not exists (select 1 from media_asset m where m.entry_id = e.id and m.kind = 'POSTER')
                            then 'noPoster' end),
                      (case when not exists (select 1 from consent c where c.entry_id = e.id
                             and c.kind = 'SCREENING_AND_PUBLICATION' and c.withdrawn_at is null)
                            then 'noConsent' end),
                      (case when e.eligibility <> 'ELIGIBLE' then 'notEligible' end)) as p(problem)
                 where p.problem is not null
                 order by e.reference, p.problem""",
                rs -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3)), editionId);
    }
}
