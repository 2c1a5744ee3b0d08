package org.youthimages.storage.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A declaration or consent, recorded with the exact text version (and its hash) that the person agreed to. */
@MappedEntity
public record Consent(@Id @GeneratedValue @Nullable Long id,
                      long entryId,
                      long personId,
                      Kind kind,
                      String textVersion,
                      String textSha256,
                      String locale,
                      @DateCreated @Nullable Instant givenAt,
                      @Nullable Instant withdrawnAt) {

    public enum Kind {
        OWN_WORK, APPEARANCE_RELEASE, MUSIC_AND_FOOTAGE_LICENSED, SCREENING_AND_PUBLICATION, PRIVACY_NOTICE,
        GUARDIAN_CONSENT, FULL_NAME_IN_GALLERY
    }
}
