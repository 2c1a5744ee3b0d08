package org.youthimages.app.status;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.app.testing.MediaStates;
import org.youthimages.app.testing.SampleEntrants;
import org.youthimages.app.testing.StatusEmails;
import org.youthimages.app.testing.WebClient;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.mail.OutboundEmailRepository;
import org.youthimages.storage.objects.ObjectStorageConnection;
import org.youthimages.storage.submission.EntryRegistration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The private status page in each state the media pipeline leaves an entry in. */
@MicronautTest(transactional = false)
class StatusPageIT {

    @Inject EmbeddedServer server;
    @Inject SampleEntrants samples;
    @Inject MediaStates media;
    @Inject StatusNotifier notifier;
    @Inject OutboundEmailRepository emails;
    @Inject ObjectStorageConnection storage;
    @Inject PersonRepository people;

    private WebClient web;
    private EntryRegistration.Registered registered;
    private Entry entry;

    @BeforeEach
    void anEntry() {
        web = new WebClient(server.getURI());
        Edition edition = samples.openEdition();
        registered = samples.entryIn(edition);
        entry = registered.entry();
    }

    @Test
    void anEntryWithoutItsFilmShowsItsReferenceAndTheUpload() throws Exception {
        HttpResponse<String> page = status("en");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self';", "style-src 'self';", "frame-ancestors 'none'",
                        "img-src 'self' " + storage.publicEndpoint() + ";", "media-src 'self' " + storage.publicEndpoint() + ";"));
        assertThat(page.body()).contains(entry.reference(), "Waiting for your film", "id=\"upload\"",
                "data-token=\"" + registered.statusToken() + "\"", "/static/tus.min.js");
    }

    @Test
    void aFilmBeingProcessedShowsItsProgress() throws Exception {
        MediaAsset original = media.received(entry);
        assertThat(status("en").body()).contains("Your film is waiting to be prepared");

        media.processing(entry, original, 42);

        String page = status("fr").body();
        assertThat(page).contains("Votre film est en préparation", "<progress id=\"processing-progress\" max=\"100\" value=\"42\"",
                "42");
    }

    @Test
    void theWelcomeAsksForTheFilmOnlyUntilItArrives() throws Exception {
        String welcome = "/entries/" + registered.statusToken() + "?welcome=1";
        assertThat(web.get(welcome, "en").body()).contains("Now upload your film.");

        media.received(entry);

        assertThat(web.get(welcome, "en").body()).doesNotContain("Now upload your film.");
    }

    @Test
    void afterTheUploadThePageSaysTheFilmArrivedOnlyOnceItHas() throws Exception {
        String uploaded = "/entries/" + registered.statusToken() + "?uploaded=1";
        assertThat(web.get(uploaded, "en").body()).doesNotContain("id=\"film-arrived\"");

        media.received(entry);

        assertThat(web.get(uploaded, "en").body()).contains("id=\"film-arrived\"", "role=\"status\"",
                "Your film has arrived. We are now preparing it for the jury");
        assertThat(status("en").body()).doesNotContain("id=\"film-arrived\"");
    }

    @Test
    void theProgressFeedSaysWhereTheFilmsPreparationStands() throws Exception {
        String feed = "/entries/" + registered.statusToken() + "/progress.json";
        assertThat(web.get(feed, "en").body()).contains("\"status\":\"AWAITING_UPLOAD\"");

        MediaAsset original = media.received(entry);
        assertThat(web.get(feed, "en").body()).contains("\"status\":\"RECEIVED\"").doesNotContain("percent\":4");
        media.processing(entry, original, 42);

        HttpResponse<String> processing = web.get(feed, "en");
        assertThat(processing.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(processing.body()).contains("\"status\":\"PROCESSING\"", "\"percent\":42");
        assertThat(web.get("/entries/" + "x".repeat(43) + "/progress.json", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void aReadyFilmShowsItsPosterAndAPlayablePreview() throws Exception {
        MediaAsset original = media.received(entry);
        media.processing(entry, original, 100);
        byte[] rendition = "not really an mp4, but bytes".getBytes();
        media.ready(entry, rendition, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        String page = status("en").body();

        assertThat(page).contains("Your film is ready for the jury", "<video", "poster=\"");
        String source = attribute(page, "<source src=\"([^\"]+)\"");
        HttpResponse<byte[]> video = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(source)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(video.statusCode()).isEqualTo(200);
        assertThat(video.body()).isEqualTo(rendition);

        assertThat(StatusEmails.sendAllDue(notifier)).isPositive();
        assertThat(emails.findByRecipientAndKindOrderById(registered.entrant().email(), "STATUS_READY")).hasSize(1)
                .first().satisfies(email -> assertThat(email.bodyText()).contains("is ready for the jury")
                        .doesNotContain("parent or guardian"));
        StatusEmails.sendAllDue(notifier);
        assertThat(emails.findByRecipientAndKindOrderById(registered.entrant().email(), "STATUS_READY")).hasSize(1);
    }

    @Test
    void theReadyEmailOfAMinorWhoseGuardianHasNotConfirmedSaysTheJuryWaitsForThem() {
        String guardian = "guardian." + entry.id() + "@example.org";
        people.save(new Person(null, entry.id(), Person.Role.GUARDIAN, "Grace", "Wanjiru", guardian, null, null, "KE",
                null, "mother", null, null, null, null));
        media.ready(entry, "mp4 bytes".getBytes(), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        StatusEmails.sendAllDue(notifier);

        assertThat(emails.findByRecipientAndKindOrderById(registered.entrant().email(), "STATUS_READY")).singleElement()
                .satisfies(email -> assertThat(email.bodyText()).contains("is ready for the jury",
                        "Your parent or guardian (" + guardian + ") has not confirmed their consent yet"));
    }

    @Test
    void thePreviewPlaysTheEntrantsSubtitlesServedFromThePagesOwnOrigin() throws Exception {
        media.processing(entry, media.received(entry), 100);
        media.ready(entry, "mp4 bytes".getBytes(), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        String token = registered.statusToken();
        assertThat(web.postFile("/entries/" + token + "/subtitles", "en", "language", "fr", "film.srt",
                "1\n00:00:01,000 --> 00:00:02,000\nBonjour\n").statusCode()).isEqualTo(303);

        String english = status("en").body();
        String french = status("fr").body();

        String track = "/entries/" + token + "/subtitles/fr";
        assertThat(english).containsPattern(
                "<track kind=\"subtitles\" src=\"" + track + "\" srclang=\"fr\"\\s+label=\"French\">");
        assertThat(french).containsPattern(
                "src=\"" + track + "\" srclang=\"fr\"\\s+label=\"français\" default=\"default\">");
        HttpResponse<String> vtt = web.get(track, "en");
        assertThat(vtt.statusCode()).isEqualTo(200);
        assertThat(vtt.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/vtt"));
        assertThat(vtt.body()).startsWith("WEBVTT").contains("Bonjour");
        assertThat(web.get("/entries/" + token + "/subtitles/de", "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/entries/" + "x".repeat(43) + "/subtitles/fr", "en").statusCode()).isEqualTo(404);
    }

    @Test
    void aRejectedFilmSaysWhyAndWhatToDoInTheEntrantsLanguage() throws Exception {
        media.received(entry);
        media.rejected(entry, "TOO_LONG");

        assertThat(status("en").body()).contains("The film is longer than 5 minutes",
                "Shorten your film to between 1 and 5 minutes", "Replace your film");
        assertThat(status("ar").body()).contains("dir=\"rtl\"", "مدة الفيلم أطول من 5 دقائق");
        assertThat(status("fr").body()).as("labels end in each language's own colon")
                .contains("Référence\u00a0:", "Que faire\u00a0:", "Fait\u00a0:");
        assertThat(status("zh").body()).contains("编号：", "怎么办：");

        StatusEmails.sendAllDue(notifier);
        assertThat(emails.findByRecipientAndKindOrderById(registered.entrant().email(), "STATUS_REJECTED"))
                .singleElement().satisfies(e -> assertThat(e.bodyText()).contains("Shorten your film"));
    }

    @Test
    void aClosedEditionShowsTheEntryButNoLongerOffersChanges() throws Exception {
        Edition closed = samples.close(editionOf());

        String page = status("en").body();

        assertThat(closed.acceptsEntriesAt(java.time.Instant.now())).isFalse();
        assertThat(page).contains("Entries for this edition are closed, so this entry can no longer be changed.")
                .doesNotContain("id=\"upload\"", "Fix my details");
        assertThat(status("ar").body()).contains("أُغلق التسجيل في هذه الدورة، لذلك لم يعد بالإمكان تغيير هذه المشاركة.");
    }

    @Test
    void aScreenedEntryTellsTheEntrantWhyItCanNoLongerBeChangedWhileTheEditionIsOpen() throws Exception {
        assertThat(status("en").body()).contains("Fix my details").doesNotContain("id=\"locked\"");

        samples.decide(entry, Entry.Eligibility.ELIGIBLE, null);

        assertThat(status("en").body())
                .contains("The organisers have already checked this entry, so it can no longer be changed.")
                .doesNotContain("id=\"upload\"", "Fix my details");
        assertThat(status("ru").body()).contains("Организаторы уже проверили эту заявку, поэтому её больше нельзя изменить.");
        HttpResponse<String> subtitles = web.postFile("/entries/" + registered.statusToken() + "/subtitles", "es",
                "language", "fr", "film.srt", "1\n00:00:01,000 --> 00:00:02,000\nBonjour\n");
        assertThat(subtitles.statusCode()).isEqualTo(403);
        assertThat(subtitles.body()).contains("Los organizadores ya revisaron esta participación, así que ya no se puede cambiar.");
    }

    @Test
    void anUnknownLinkIsNotFound() throws Exception {
        assertThat(web.get("/entries/" + "A".repeat(43), "en").statusCode()).isEqualTo(404);
        assertThat(web.get("/entries/short", "en").statusCode()).isEqualTo(404);
    }

    private Edition editionOf() {
        return samples.editionOf(entry);
    }

    private HttpResponse<String> status(String language) throws Exception {
        return web.get("/entries/" + registered.statusToken(), language);
    }

    private static String attribute(String page, String regex) {
        Matcher m = Pattern.compile(regex).matcher(page);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1).replace("&amp;", "&");
    }
}
