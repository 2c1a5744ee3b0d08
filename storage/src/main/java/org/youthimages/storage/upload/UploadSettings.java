package org.youthimages.storage.upload;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;

import java.time.Duration;

/**
 * Resumable uploads.
 *
 * @param partSizeBytes size of the S3 parts an upload is cut into (at least 5 MiB; raised for very large files so
 *                      that no upload needs more than 10,000 parts)
 * @param expiry        how long an unfinished upload is kept after its last progress
 * @param lease         how long one request may hold an upload before another may take it over (renewed while
 *                      bytes keep arriving)
 * @param spoolDir      local folder for the part being received (at most two parts per request in flight);
 *                      empty: {@code upload-spool} in the data folder
 */
@ConfigurationProperties("yi.uploads")
public record UploadSettings(@Bindable(defaultValue = "16777216") @Min(5242880) long partSizeBytes,
                             @Bindable(defaultValue = "24h") Duration expiry,
                             @Bindable(defaultValue = "2m") Duration lease,
                             @Bindable(defaultValue = "") String spoolDir) {
}
