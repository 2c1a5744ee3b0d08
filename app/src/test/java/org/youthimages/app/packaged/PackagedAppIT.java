package org.youthimages.app.packaged;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.youthimages.app.testing.Browser;
import org.youthimages.app.testing.SubmissionForms;
import org.youthimages.app.testing.TestClips;
import org.youthimages.app.testing.TusUploads;
import org.youthimages.app.testing.WebClient;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runnable jar, started as the README starts it, on a fresh data folder: it comes up with its embedded
 * servers and demo accounts, takes a film through the public form and tus, transcodes it in its own worker,
 * serves the judging interface, stops cleanly and starts again with everything still there.
 */
class PackagedAppIT {

    private static final Path JAR = Path.of("target", "youth-images.jar");

    @TempDir Path folder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process app;

    @AfterEach
    void stop() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void startsTakesAFilmToReadyStopsCleanlyAndKeepsItsData() throws Exception {
        int web = freePort();
        int judging = freePort();
        int s3 = freePort();
        Path data = folder.resolve("data");

        start(data, web, judging, s3);
        List<String> accounts = lines(l -> l.startsWith("demo account: "));
        assertThat(accounts).hasSize(4).first().asString().startsWith("demo account: ORGANISER ");
        assertThat(output).anySatisfy(l -> assertThat(l).contains("judging interface:").contains(":" + judging));

        WebClient site = new WebClient(URI.create("http://localhost:" + web + "/"));
        assertThat(site.get("/", "en").body()).contains("Youth Images");
        HttpResponse<String> submitted = site.post("/editions/demo/submit", "en", SubmissionForms.valid());
        String location = submitted.headers().firstValue("Location").orElseThrow(
                () -> new AssertionError("form refused: " + submitted.body()));
        String token = location.substring("/entries/".length(), location.indexOf('?'));
        TusUploads.uploadWhole(URI.create("http://localhost:" + web + "/"), token,
                TestClips.noisyClip(folder.resolve("film.mp4"), 62, 600_000));
        awaitPage(site, "/entries/" + token, "Your film is ready for the jury", Duration.ofMinutes(4));
        judgingKeepsItsStylesheetsOnceThePublicSiteServedItsFiles(site, judging);
        signInPageRenders(judging);

        stopGracefully();
        assertThat(data.resolve("postgres").resolve("postmaster.pid"))
                .as("PostgreSQL removes its pid file only when it shuts down cleanly").doesNotExist();

        output.clear();
        start(data, web, judging, s3);
        assertThat(lines(l -> l.startsWith("demo account: "))).isEqualTo(accounts);
        awaitPage(site, "/entries/" + token, "Your film is ready for the jury", Duration.ofSeconds(30));
        stopGracefully();
    }

    private void start(Path data, int web, int judging, int s3) throws Exception {
        assertThat(JAR).as("the runnable jar, built by the package phase").exists();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toAbsolutePath().toString(), "--demo").redirectErrorStream(true);
        builder.environment().put("YI_DATA_DIR", data.toString());
        builder.environment().put("YI_HTTP_PORT", Integer.toString(web));
        builder.environment().put("YI_JUDGING_PORT", Integer.toString(judging));
        builder.environment().put("YI_EMBEDDED_S3_PORT", Integer.toString(s3));
        app = builder.start();
        Thread.ofVirtual().start(this::collectOutput);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!healthUp(web)) {
            assertThat(app.isAlive()).as("the app exited: %s", output).isTrue();
            assertThat(Instant.now()).as("/health never came UP: %s", output).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private void collectOutput() {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(app.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                output.add(line);
            }
        } catch (IOException e) {
            output.add("(output ended: " + e.getMessage() + ")");
        }
    }

    private boolean healthUp(int web) {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + web + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"status\":\"UP\"")
                    && lines(l -> l.startsWith("Youth Images is running")).size() == 1;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private void awaitPage(WebClient site, String path, String text, Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        String page = "";
        while (Instant.now().isBefore(deadline)) {
            page = site.get(path, "en").body();
            if (page.contains(text)) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The page never said \"" + text + "\": " + page + "\napp output: " + output);
    }

    /**
     * Both servers read their files from the one runnable jar; serving the public site's files must not take the
     * judging interface's away (Micronaut's own class path loader closed the jar's file system Jetty reads from).
     */
    private void judgingKeepsItsStylesheetsOnceThePublicSiteServedItsFiles(WebClient site, int judging)
            throws Exception {
        for (String file : List.of("/static/site.css", "/static/favicon.svg", "/static/form.js")) {
            assertThat(site.get(file, "en").statusCode()).as(file).isEqualTo(200);
        }
        WebClient judgingServer = new WebClient(URI.create("http://localhost:" + judging + "/"));
        for (String file : List.of("/aura/aura.css", "/styles/judging.css", "/icons/favicon.svg")) {
            HttpResponse<String> response = judgingServer.get(file, "en");
            assertThat(response.statusCode()).as("%s on the judging interface", file).isEqualTo(200);
            assertThat(response.body()).as(file).isNotBlank();
        }
    }

    private void signInPageRenders(int judging) {
        ChromeDriver browser = Browser.start();
        try {
            browser.get("http://localhost:" + judging + "/");
            new WebDriverWait(browser, Duration.ofSeconds(60))
                    .until(d -> !d.findElements(By.cssSelector("vaadin-text-field, vaadin-email-field, vaadin-login-form")).isEmpty());
        } finally {
            browser.quit();
        }
    }

    /** SIGTERM through the process handle, which (unlike {@code Process.destroy}) leaves its output readable. */
    private void stopGracefully() throws InterruptedException {
        app.toHandle().destroy();
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("stopped within a minute").isTrue();
        Thread.sleep(500);
    }

    private List<String> lines(Predicate<String> which) {
        return output.stream().filter(which).toList();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
