package org.youthimages.app.status;

import jakarta.inject.Singleton;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.publication.Publication;
import org.youthimages.storage.publication.PublicationRepository;

import java.time.Instant;
import java.util.Optional;

/**
 * When an entrant may print a certificate: once the edition's winners are published (the results are final), for an
 * entry that took part in the judging (eligible). A winner's certificate names their awards.
 */
@Singleton
class Certificates {

    private final PublicationRepository publications;

    Certificates(PublicationRepository publications) {
        this.publications = publications;
    }

    /** When the results the certificate rests on were published, if the entry has a certificate. */
    Optional<Instant> issuedAt(EntryStatus status) {
        if (status.entry().eligibility() != Entry.Eligibility.ELIGIBLE) {
            return Optional.empty();
        }
        return publications.findByEditionIdAndUnpublishedAtIsNull(status.entry().editionId())
                .map(Publication::publishedAt);
    }
}
