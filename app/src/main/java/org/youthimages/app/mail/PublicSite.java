package org.youthimages.app.mail;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

/**
 * The address people reach the public site at, for links in emails: {@code YI_PUBLIC_URL}, or this server's own
 * address when it is not set.
 */
@Singleton
public class PublicSite {

    private final String configured;
    private final BeanProvider<EmbeddedServer> server;

    PublicSite(@Value("${yi.public-url:}") String configured, BeanProvider<EmbeddedServer> server) {
        this.configured = configured == null ? "" : configured.strip();
        this.server = server;
    }

    public String url(String path) {
        String base = configured.isEmpty() ? server.get().getURL().toString() : configured;
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
