package org.youthimages.judging.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The judging interface's own HTTP server. (The address people reach it at, {@code yi.judging.public-url}, is read
 * by {@code JudgingLinks} in storage, which builds the links in emails.)
 *
 * @param port        port of the Vaadin judging interface; 0 picks a free one
 * @param host        address to listen on
 * @param enabled     whether to start it at all (the standalone transcoder worker never does)
 * @param sessionIdle a session unused this long ends (the juror signs in again)
 * @param sessionMax  a session ends this long after signing in, however busy
 */
@ConfigurationProperties("yi.judging")
public record JudgingServerSettings(@Bindable(defaultValue = "8081") int port,
                                    @Bindable(defaultValue = "0.0.0.0") String host,
                                    @Bindable(defaultValue = "true") boolean enabled,
                                    @Bindable(defaultValue = "60m") Duration sessionIdle,
                                    @Bindable(defaultValue = "12h") Duration sessionMax) {
}
