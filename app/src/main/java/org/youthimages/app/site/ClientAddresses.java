package org.youthimages.app.site;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;

/**
 * The client's address, for per-address limits. Headers such as {@code X-Forwarded-For} are believed only when
 * {@code YI_CLIENT_ADDRESS_HEADER} names one (the app runs behind a proxy that sets it), and then only the last value,
 * the one that proxy added: anything before it came from the client and could be made up to dodge a limit.
 */
@Singleton
public class ClientAddresses {

    private final String header;

    ClientAddresses(@Value("${yi.client-address-header:}") String header) {
        this.header = header == null ? "" : header.strip();
    }

    public String of(HttpRequest<?> request) {
        if (!header.isEmpty()) {
            String value = request.getHeaders().get(header);
            if (value != null && !value.isBlank()) {
                String[] hops = value.split(",");
                return hops[hops.length - 1].strip();
            }
        }
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() == null ? remote.getHostString() : remote.getAddress().getHostAddress();
    }
}
