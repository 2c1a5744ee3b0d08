package org.youthimages.judging.film.media;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.server.JudgingServlet;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.judging.FilmDetails;
import org.youthimages.storage.objects.ObjectStore;
import org.youthimages.storage.screening.ScreeningPreview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A film's media for the player, at {@code /media/{assignment}/{asset}}, for the signed-in juror of that assignment
 * only (anyone else gets 404, as for something that does not exist), and at {@code /media/screening/{entry}/{asset}}
 * for organisers screening the entry. Videos, posters and storyboard images go
 * straight from object storage through a short-lived signed link; the small WebVTT files (subtitles, storyboard
 * cues) are served from here, on the page's own origin, because browsers load text tracks and script fetches
 * cross-origin only with CORS.
 */
@Singleton
public class MediaServlet extends HttpServlet implements JudgingServlet {

    static final Duration LINK_LIFETIME = Duration.ofHours(3);
    private static final Pattern PATH = Pattern.compile("^/(\\d{1,18})/(\\d{1,18})$");
    private static final Pattern SCREENING_PATH =
            Pattern.compile("^/" + MediaLinks.SCREENING + "(\\d{1,18})/(\\d{1,18})$");
    private static final long LARGEST_VTT = 5L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(MediaServlet.class);

    private final transient FilmDetails details;
    private final transient ScreeningPreview previews;
    private final transient ObjectStore store;

    MediaServlet(FilmDetails details, ScreeningPreview previews, ObjectStore store) {
        this.details = details;
        this.previews = previews;
        this.store = store;
    }

    @Override
    public String pathSpec() {
        return MediaLinks.PREFIX + "*";
    }

    @Override
    public HttpServlet servlet() {
        return this;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String pathInfo = Optional.ofNullable(request.getPathInfo()).orElse("");
        Matcher path = PATH.matcher(pathInfo);
        Matcher screening = SCREENING_PATH.matcher(pathInfo);
        Optional<ActingAccount> account = CurrentAccount.from(request.getSession(false));
        if (!(path.matches() || screening.matches()) || account.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (screening.matches()) {
                send(response, previews.mediaAsset(account.get(), Long.parseLong(screening.group(1)),
                        Long.parseLong(screening.group(2))), null);
            } else {
                long assignmentId = Long.parseLong(path.group(1));
                send(response, details.mediaAsset(account.get(), assignmentId, Long.parseLong(path.group(2))),
                        () -> details.media(account.get(), assignmentId, MediaAsset.Kind.STORYBOARD).stream()
                                .findFirst().map(sprite -> MediaLinks.of(assignmentId, sprite.assetId())).orElse(null));
            }
        } catch (AccessDeniedException e) {
            LOG.debug("Media refused: {}", e.getMessage());
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    /** @param spriteLink where the storyboard's cues point, for a storyboard track (null where there is none) */
    private void send(HttpServletResponse response, MediaAsset asset, @Nullable Supplier<String> spriteLink)
            throws IOException {
        response.setHeader("Cache-Control", "private, max-age=600");
        response.setHeader("X-Content-Type-Options", "nosniff");
        switch (asset.kind()) {
            case SUBTITLE -> text(response, read(asset));
            case STORYBOARD_VTT -> text(response, StoryboardTrack.pointAt(read(asset),
                    spriteLink == null ? null : spriteLink.get()));
            default -> response.sendRedirect(store.presignedGet(asset.objectKey(), LINK_LIFETIME));
        }
    }

    private String read(MediaAsset asset) throws IOException {
        if (asset.sizeBytes() > LARGEST_VTT) {
            throw new IOException("Text track " + asset.objectKey() + " is too large to serve");
        }
        try (InputStream in = store.get(asset.objectKey())) {
            return new String(in.readNBytes((int) LARGEST_VTT), StandardCharsets.UTF_8);
        }
    }

    private static void text(HttpServletResponse response, String vtt) throws IOException {
        response.setContentType("text/vtt;charset=utf-8");
        byte[] bytes = vtt.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
