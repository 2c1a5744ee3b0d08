package org.youthimages.storage.job;

import io.micronaut.serde.annotation.Serdeable;

/** Probe, validate and transcode one uploaded original of an entry. */
@Serdeable
public record TranscodeJob(long entryId, long originalAssetId) implements JobPayload {

    public static final String TYPE = "TRANSCODE";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String dedupeKey() {
        return "transcode:" + entryId + ":" + originalAssetId;
    }
}
