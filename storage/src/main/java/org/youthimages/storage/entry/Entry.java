package org.youthimages.storage.entry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A film submitted to an edition. {@code status} follows the media (upload, processing, ready or rejected);
 * {@code eligibility} follows the organisers' screening, or says the entrant withdrew the entry (then
 * {@code eligibilityReason} holds the entrant's reason, possibly empty).
 */
@MappedEntity
public record Entry(@Id @GeneratedValue @Nullable Long id,
                    long editionId,
                    String reference,
                    String statusTokenHash,
                    String locale,
                    String title,
                    String synopsis,
                    @Nullable String originalLanguage,
                    @Nullable String subtitleLanguage,
                    @Nullable LocalDate completedOn,
                    @Nullable Long mainThemeId,
                    @Nullable Long secondaryThemeId,
                    @Nullable Long specialRecognitionId,
                    String screeningHistory,
                    @Nullable Footage aiOrStockFootage,
                    String aiOrStockDetails,
                    @Nullable Long ageCategoryId,
                    Status status,
                    @Nullable String rejectionCode,
                    @Nullable String rejectionMessage,
                    Eligibility eligibility,
                    @Nullable String eligibilityReason,
                    @Nullable Long durationMs,
                    @DateCreated @Nullable Instant createdAt,
                    @DateUpdated @Nullable Instant updatedAt,
                    @Nullable Instant personalDataErasedAt) {

    public enum Status { AWAITING_UPLOAD, RECEIVED, PROCESSING, READY, REJECTED }

    public enum Eligibility { PENDING, ELIGIBLE, INELIGIBLE, NEEDS_FIX, WITHDRAWN }

    /** The entrant's answer on AI-generated or stock footage. */
    public enum Footage { NONE, AI_GENERATED, STOCK, AI_AND_STOCK }
}
