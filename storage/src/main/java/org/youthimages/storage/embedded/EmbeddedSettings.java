package org.youthimages.storage.embedded;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Settings of the embedded PostgreSQL and S3 server, started when no external ones are configured.
 *
 * @param postgresPort port of the embedded PostgreSQL; 0 picks a free one
 * @param s3Port       port of the embedded S3 server; 0 picks a free one
 * @param keepRunning  keep the embedded PostgreSQL running after a context closes, until the JVM exits
 *                     (tests use it so that many contexts share one server)
 */
@ConfigurationProperties("yi.embedded")
public record EmbeddedSettings(@Bindable(defaultValue = "0") int postgresPort,
                               @Bindable(defaultValue = "8082") int s3Port,
                               @Bindable(defaultValue = "false") boolean keepRunning) {
}
