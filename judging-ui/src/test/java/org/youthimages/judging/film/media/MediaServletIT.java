package org.youthimages.judging.film.media;

import com.github.mvysny.fakeservlet.FakeContext;
import com.github.mvysny.fakeservlet.FakeHttpSession;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.fakeservlet.FakeResponse;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.judging.JudgingQueue;
import org.youthimages.storage.judging.QueueFilter;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.testing.JudgingScenario;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The media endpoint the player uses: only the assigned juror's session gets a film's files; text tracks come from
 * the judging server itself, everything else through a short-lived signed link to object storage.
 */
@MicronautTest(transactional = false)
@Property(name = "yi.judging.enabled", value = "false")
class MediaServletIT {

    @Inject ApplicationContext context;
    @Inject MediaServlet servlet;
    @Inject MediaAssetRepository media;
    @Inject ObjectStore store;
    @Inject JudgingQueue queue;

    private JudgingScenario scenario;
    private ActingAccount juror;
    private long assignment;
    private MediaAsset rendition;
    private MediaAsset subtitles;
    private MediaAsset storyboard;
    private MediaAsset sprite;
    private MediaAsset original;

    @BeforeEach
    void filmWithMedia() {
        scenario = JudgingScenario.create(context);
        juror = scenario.juror("Mia Media");
        Entry film = scenario.film("Media film");
        rendition = stored(film, MediaAsset.Kind.RENDITION, "360p", ObjectKeys.rendition(film.reference(), "360p"),
                "not really a video");
        subtitles = stored(film, MediaAsset.Kind.SUBTITLE, "en", ObjectKeys.subtitles(film.reference(), "en"),
                "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nHello\n");
        sprite = stored(film, MediaAsset.Kind.STORYBOARD, "", ObjectKeys.storyboardSprite(film.reference()), "jpeg");
        storyboard = stored(film, MediaAsset.Kind.STORYBOARD_VTT, "", ObjectKeys.storyboardTrack(film.reference()),
                "WEBVTT\n\n00:00:00.000 --> 00:00:05.000\nsprite.jpg#xywh=0,0,160,90\n");
        original = stored(film, MediaAsset.Kind.ORIGINAL, "", ObjectKeys.original(film.reference(), "u1"), "raw");
        scenario.assign(List.of(film), juror);
        assignment = queue.queue(juror, scenario.round().id(), QueueFilter.ALL, 0, 1).getFirst().assignmentId();
    }

    @Test
    void servesSubtitlesFromTheJudgingServerItself() throws Exception {
        Recorded response = get(juror, subtitles);

        assertThat(response.status).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/vtt");
        assertThat(response.fake.getBufferAsString()).contains("Hello");
    }

    @Test
    void pointsTheStoryboardsCuesAtTheSpriteThroughTheJudgingServer() throws Exception {
        assertThat(get(juror, storyboard).fake.getBufferAsString())
                .contains(MediaLinks.of(assignment, sprite.id()) + "#xywh=0,0,160,90");
    }

    @Test
    void sendsTheVideoThroughAShortLivedSignedLink() throws Exception {
        Recorded response = get(juror, rendition);

        assertThat(response.status).isEqualTo(302);
        String location = response.location;
        assertThat(location).contains("X-Amz-Expires=" + MediaServlet.LINK_LIFETIME.toSeconds());
        HttpResponse<String> fetched = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(location))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fetched.body()).isEqualTo("not really a video");
    }

    @Test
    void nobodyElseGetsTheFilmsFilesAndNobodyGetsTheOriginal() throws Exception {
        ActingAccount other = scenario.juror("Nosy Juror");

        assertThat(get(null, subtitles).status).isEqualTo(404);
        assertThat(get(other, subtitles).status).isEqualTo(404);
        assertThat(get(other, rendition).status).isEqualTo(404);
        assertThat(get(scenario.organiser(), rendition).status).isEqualTo(404);
        assertThat(get(juror, original).status).isEqualTo(404);
    }

    @Test
    void organisersScreeningTheEntryGetItsVideoAndSubtitlesButNeverTheOriginal() throws Exception {
        long entry = rendition.entryId();

        assertThat(screening(scenario.organiser(), entry, rendition).status).isEqualTo(302);
        Recorded vtt = screening(scenario.organiser(), entry, subtitles);
        assertThat(vtt.status).isEqualTo(200);
        assertThat(vtt.fake.getBufferAsString()).contains("Hello");
        assertThat(screening(scenario.organiser(), entry, original).status).isEqualTo(404);
        assertThat(screening(juror, entry, rendition).status).as("a juror is not an organiser").isEqualTo(404);
        assertThat(screening(null, entry, rendition).status).isEqualTo(404);
        assertThat(screening(scenario.organiser(), scenario.film("Another film").id(), subtitles).status)
                .as("an asset asked for under another entry").isEqualTo(404);
    }

    private Recorded screening(ActingAccount account, long entryId, MediaAsset asset) throws Exception {
        return get(account, MediaLinks.forScreening(entryId, asset.id()).substring(MediaLinks.PREFIX.length() - 1));
    }

    /** The response, with what {@link FakeResponse} does not keep: errors and redirects. */
    private static final class Recorded extends jakarta.servlet.http.HttpServletResponseWrapper {
        final FakeResponse fake;
        int status = 200;
        String location;

        Recorded(FakeResponse fake) {
            super(fake);
            this.fake = fake;
        }

        @Override
        public void sendError(int code) {
            status = code;
        }

        @Override
        public void sendRedirect(String target) {
            status = 302;
            location = target;
        }
    }

    private Recorded get(ActingAccount account, MediaAsset asset) throws Exception {
        return get(account, "/" + assignment + "/" + asset.id());
    }

    private Recorded get(ActingAccount account, String path) throws Exception {
        FakeHttpSession session = new FakeHttpSession(UUID.randomUUID().toString(), new FakeContext(), 0, 600);
        if (account != null) {
            session.setAttribute(CurrentAccount.ATTRIBUTE, account);
        }
        FakeRequest request = new FakeRequest(session);
        Recorded response = new Recorded(new FakeResponse());
        servlet.service(new HttpServletRequestWrapper(request) {
            @Override
            public String getPathInfo() {
                return path;
            }

            @Override
            public String getMethod() {
                return "GET";
            }
        }, response);
        return response;
    }

    private MediaAsset stored(Entry film, MediaAsset.Kind kind, String label, String key, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        store.put(key, new ByteArrayInputStream(bytes), bytes.length, "application/octet-stream");
        return media.save(new MediaAsset(null, film.id(), kind, label, key, "application/octet-stream", bytes.length,
                null, null, null, null, null, null, null));
    }
}
