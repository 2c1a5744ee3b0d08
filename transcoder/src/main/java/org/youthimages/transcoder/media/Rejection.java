package org.youthimages.transcoder.media;

import io.micronaut.serde.annotation.Serdeable;
import org.youthimages.storage.entry.RejectionReason;

/**
 * Why a film cannot be accepted.
 *
 * @param reason  the code stored on the entry and translated by the public pages
 * @param message a short plain-English sentence a young person understands, saying what to do
 * @param detail  the technical detail, for organisers and logs
 */
@Serdeable
public record Rejection(RejectionReason reason, String message, String detail) {

    /** Thrown inside the pipeline to stop at the first reason a film cannot be accepted. */
    public static final class Stop extends RuntimeException {

        private final transient Rejection rejection;

        public Stop(Rejection rejection) {
            super(rejection.reason() + ": " + rejection.detail(), null, false, false);
            this.rejection = rejection;
        }

        public Rejection rejection() {
            return rejection;
        }
    }

    public Stop stop() {
        return new Stop(this);
    }
}
