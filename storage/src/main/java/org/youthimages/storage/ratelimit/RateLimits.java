package org.youthimages.storage.ratelimit;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import org.youthimages.storage.entry.Entry;

import java.time.Instant;

/**
 * Fixed-window counters in PostgreSQL, so every app instance counts against the same limit.
 * Use {@link RateLimiter}; this is its storage.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RateLimits extends GenericRepository<Entry, Long> {

    @Query("""
            insert into rate_limit_window (bucket, window_start, hits) values (:bucket, :windowStart, 1)
            on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1
            returning hits""")
    int hit(String bucket, Instant windowStart);

    @Query("delete from rate_limit_window where window_start < :before")
    int forgetBefore(Instant before);
}
