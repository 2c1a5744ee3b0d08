package org.youthimages.app.status;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Where a film's preparation stands, as the status page polls it.
 *
 * @param status  the entry's status (RECEIVED and PROCESSING while it is prepared)
 * @param percent how much of the film is encoded, when the worker has begun
 */
@Serdeable
record FilmProgress(String status, @Nullable Integer percent) {
}
