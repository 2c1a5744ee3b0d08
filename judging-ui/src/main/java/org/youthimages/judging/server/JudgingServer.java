package org.youthimages.judging.server;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.compression.gzip.GzipCompression;
import org.eclipse.jetty.compression.server.CompressionConfig;
import org.eclipse.jetty.compression.server.CompressionHandler;
import org.eclipse.jetty.ee11.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.webapp.WebAppContext;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.account.JudgingLinks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/**
 * Serves the Vaadin judging interface from an embedded Jetty in the application's JVM, on its own port.
 * Micronaut's Netty cannot host a Servlet 6.1 application, so Vaadin gets its own container; its views
 * are still Micronaut beans (see {@link MicronautInstantiatorFactory}).
 */
@Context
@Requires(property = "yi.judging.enabled", notEquals = "false")
public class JudgingServer {

    /** Servlet context attribute through which Vaadin finds the Micronaut context. */
    public static final String APPLICATION_CONTEXT = ApplicationContext.class.getName();
    /** Jars and class folders scanned for routes: ours, Vaadin's, and the runnable jar that holds them all. */
    private static final String SCANNED = ".*/judging-ui[^/]*\\.jar$|.*/judging-ui/target/classes/?$"
            + "|.*/flow-[^/]*\\.jar$|.*/vaadin-[^/]*\\.jar$|.*/youth-images[^/]*\\.jar$";
    private static final Logger LOG = LoggerFactory.getLogger(JudgingServer.class);

    private final Server server;

    JudgingServer(ApplicationContext applicationContext, JudgingServerSettings settings, JudgingLinks links,
                  List<JudgingServlet> servlets) throws Exception {
        long started = System.nanoTime();
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setSendServerVersion(false);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        server.addConnector(connector);
        WebAppContext webApp = webApp(applicationContext, settings, links.base().startsWith("https:"));
        for (JudgingServlet servlet : servlets) {
            webApp.addServlet(new ServletHolder(servlet.getClass().getSimpleName(), servlet.servlet()),
                    servlet.pathSpec());
        }
        server.setHandler(compressed(webApp));
        server.setStopAtShutdown(false);
        server.start();
        links.listeningOn(port());
        LOG.info("Judging interface started on port {} ({} ms)", port(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Gzips what is text (the page, Vaadin's styles and its answers to each click) for browsers that ask for it.
     * Vaadin's own scripts come already compressed, and films, posters and downloads are left as they are.
     */
    private static CompressionHandler compressed(WebAppContext webApp) {
        CompressionHandler compression = new CompressionHandler(webApp);
        compression.putCompression(new GzipCompression());
        CompressionConfig.Builder text = CompressionConfig.builder().defaults()
                .compressIncludeMethod("GET").compressIncludeMethod("POST");
        for (String type : List.of("text/html", "text/css", "text/javascript", "application/javascript",
                "application/json", "image/svg+xml", "text/plain", "text/csv", "text/vtt")) {
            text.compressIncludeMimeType(type);
        }
        compression.putConfiguration("/*", text.build());
        return compression;
    }

    /** @param https reached at an https address (through a proxy that ends TLS): the session cookie is Secure */
    private WebAppContext webApp(ApplicationContext applicationContext, JudgingServerSettings settings, boolean https) {
        WebAppContext webApp = new WebAppContext();
        webApp.setContextPath("/");
        webApp.setBaseResource(ResourceFactory.of(webApp).newResource(emptyWebRoot()));
        webApp.setParentLoaderPriority(true);
        webApp.setAttribute("org.eclipse.jetty.server.webapp.ContainerIncludeJarPattern", SCANNED);
        webApp.setAttribute(APPLICATION_CONTEXT, applicationContext);
        webApp.addConfiguration(new AnnotationConfiguration());
        webApp.setInitParameter("productionMode", "true");
        webApp.setInitParameter("closeIdleSessions", "true");
        webApp.getSessionHandler().setMaxInactiveInterval((int) settings.sessionIdle().toSeconds());
        webApp.getSessionHandler().setHttpOnly(true);
        webApp.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
        webApp.getSessionHandler().getSessionCookieConfig().setSecure(https);
        webApp.addFilter(new FilterHolder(new SecurityHeaders()), "/*", EnumSet.of(DispatcherType.REQUEST));
        webApp.setThrowUnavailableOnStartupException(true);
        return webApp;
    }

    private static Path emptyWebRoot() {
        try {
            Path root = Files.createTempDirectory("youth-images-judging");
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the judging interface's web root", e);
        }
    }

    /** The port actually listened on. */
    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    @PreDestroy
    void stop() throws Exception {
        server.stop();
        LOG.info("Judging interface stopped");
    }
}
