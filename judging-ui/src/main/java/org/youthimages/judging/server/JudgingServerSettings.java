package org.youthimages.judging.server;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The judging interface's own HTTP server.
 *
 * @param port    port of the Vaadin judging interface; 0 picks a free one
 * @param host    address to listen on
 * @param enabled whether to start it at all (the standalone transcoder worker never does)
 */
@ConfigurationProperties("yi.judging")
public record JudgingServerSettings(@Bindable(defaultValue = "8081") int port,
                                    @Bindable(defaultValue = "0.0.0.0") String host,
                                    @Bindable(defaultValue = "true") boolean enabled) {
}
