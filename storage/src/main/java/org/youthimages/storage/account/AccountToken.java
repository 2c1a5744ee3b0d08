package org.youthimages.storage.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A one-time link (invitation or password reset); only the token's hash is stored. */
@MappedEntity
public record AccountToken(@Id @GeneratedValue @Nullable Long id,
                           long accountId,
                           Purpose purpose,
                           String tokenHash,
                           Instant expiresAt,
                           @Nullable Instant usedAt,
                           @DateCreated @Nullable Instant createdAt) {

    public enum Purpose { INVITATION, PASSWORD_RESET }

    public boolean isUsableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }
}
