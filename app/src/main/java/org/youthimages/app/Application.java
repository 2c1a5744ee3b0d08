package org.youthimages.app;

import io.micronaut.runtime.Micronaut;

import java.util.Arrays;
import java.util.Map;

/**
 * Starts Youth Images: the public site and API (Netty, port 8080) and the judging interface (Jetty, port 8081),
 * with an embedded PostgreSQL and S3 server unless external ones are configured.
 * {@code --demo} creates the demo edition and accounts on first start and prints the accounts at every start.
 */
public final class Application {

    private Application() {
    }

    public static void main(String[] args) {
        boolean demo = Arrays.asList(args).contains("--demo");
        String[] rest = Arrays.stream(args).filter(a -> !a.equals("--demo")).toArray(String[]::new);
        Micronaut.build(rest)
                .mainClass(Application.class)
                .properties(Map.of("yi.demo.enabled", demo))
                .banner(false)
                .start();
    }
}
