package org.youthimages.app.status;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.Messages;
import org.youthimages.app.site.NotFoundPage;
import org.youthimages.app.site.Pages;
import org.youthimages.app.site.SubtitleTrack;
import org.youthimages.app.submission.FormChoices;
import org.youthimages.storage.upload.UploadSettings;

import java.io.IOException;
import java.net.URI;
import java.text.Collator;
import java.text.ListFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The private status page of an entry: where it stands, the film upload, subtitles and what to do next. */
@Controller("/entries")
@ExecuteOn(TaskExecutors.BLOCKING)
class StatusController {

    private final EntryStatusReader reader;
    private final RejectionTexts rejections;
    private final SubtitleStore subtitles;
    private final Pages pages;
    private final Messages messages;
    private final UploadSettings uploads;
    private final Certificates certificates;

    StatusController(EntryStatusReader reader, RejectionTexts rejections, SubtitleStore subtitles, Pages pages,
                     Messages messages, UploadSettings uploads, Certificates certificates) {
        this.certificates = certificates;
        this.reader = reader;
        this.rejections = rejections;
        this.subtitles = subtitles;
        this.pages = pages;
        this.messages = messages;
        this.uploads = uploads;
    }

    @Get("/{token:[A-Za-z0-9_-]+}")
    HttpResponse<?> show(HttpRequest<?> request, String token, @Nullable @QueryValue String welcome) {
        return page(request, token, welcome != null, null, null, HttpStatus.OK);
    }

    /**
     * The entry's subtitles in one language, for the preview's player. Served here, on the page's own origin, because
     * browsers load a text track from another origin only with CORS, and the video itself comes from object storage.
     */
    @Get(value = "/{token:[A-Za-z0-9_-]+}/subtitles/{language:[a-z]+}", produces = "text/vtt;charset=utf-8")
    HttpResponse<?> subtitles(String token, String language) {
        return reader.entryFor(token).filter(entry -> FormChoices.isLanguage(language))
                .flatMap(entry -> subtitles.read(entry, language))
                .<HttpResponse<?>>map(vtt -> HttpResponse.ok(vtt).contentType("text/vtt;charset=utf-8"))
                .orElseGet(HttpResponse::notFound);
    }

    /** Where the film's preparation stands, for the status page to follow without reloading. */
    @Get(value = "/{token:[A-Za-z0-9_-]+}/progress.json", produces = MediaType.APPLICATION_JSON)
    HttpResponse<?> progress(String token) {
        return reader.progress(token).<HttpResponse<?>>map(HttpResponse::ok)
                .orElseGet(HttpResponse::notFound);
    }

    @Post(value = "/{token:[A-Za-z0-9_-]+}/subtitles", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> addSubtitles(HttpRequest<?> request, String token, @Nullable @Part("language") String language,
                                 @Nullable CompletedFileUpload file) throws IOException {
        var status = reader.read(token, pages.language(request)).orElse(null);
        if (status == null) {
            return NotFoundPage.response(pages, request);
        }
        Language reader = pages.language(request);
        if (!status.mayChange()) {
            return page(request, token, false, messages.get(reader, "status.locked." + status.lock()), null,
                    HttpStatus.FORBIDDEN);
        }
        if (!FormChoices.isLanguage(language)) {
            return page(request, token, false, messages.get(reader, "subtitles.error.language"), null,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (file == null || file.getSize() == 0) {
            return page(request, token, false, messages.get(reader, "subtitles.error.empty"), language,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        try {
            byte[] bytes = file.getSize() > Subtitles.MAX_BYTES ? new byte[Subtitles.MAX_BYTES + 1] : file.getBytes();
            subtitles.store(status.entry(), language, Subtitles.toWebVtt(bytes));
        } catch (Subtitles.InvalidSubtitlesException e) {
            return page(request, token, false, messages.get(reader, e.key(), e.line()), language,
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return HttpResponse.seeOther(URI.create("/entries/" + token + "?subtitles=" + language + "#subtitles"));
    }

    private HttpResponse<?> page(HttpRequest<?> request, String token, boolean welcome, @Nullable String subtitleError,
                                 @Nullable String chosenSubtitleLanguage, HttpStatus httpStatus) {
        return reader.read(token, pages.language(request)).<HttpResponse<?>>map(status -> {
            Language language = pages.language(request);
            Map<String, Object> model = new HashMap<>();
            model.put("s", status);
            model.put("token", token);
            model.put("welcome", welcome);
            model.put("filmArrived", request.getParameters().contains("uploaded") && !status.awaitingFilm()
                    && !status.withdrawn());
            model.put("subtitleError", subtitleError);
            model.put("subtitlesAdded", request.getParameters().getFirst("subtitles")
                    .map(code -> FormChoices.languageName(code, language)).orElse(null));
            model.put("detailsSaved", request.getParameters().contains("saved"));
            String guardian = request.getParameters().getFirst("guardian").orElse("");
            model.put("guardianSent", guardian.equals("sent"));
            model.put("guardianWait", guardian.equals("wait") ? request.getParameters()
                    .getFirst("minutes", Integer.class).filter(m -> m > 0 && m <= 60).orElse(1) : null);
            model.put("filmLanguages", FormChoices.languages(language));
            putSubtitles(model, status, token, language, chosenSubtitleLanguage);
            model.put("country", FormChoices.countryName(status.entrant().countryCode(), language));
            model.put("originalLanguage", FormChoices.languageName(status.entry().originalLanguage(), language));
            model.put("chunkSize", uploads.partSizeBytes() * 6);
            model.put("rejection", status.rejected()
                    ? rejections.explain(status.entry().rejectionCode(), status.edition(), language) : null);
            model.put("steps", StatusSteps.of(status));
            model.put("certificate", certificates.issuedAt(status).isPresent());
            return pages.page(request, "status", httpStatus, model);
        }).orElseGet(() -> NotFoundPage.response(pages, request));
    }

    /**
     * The subtitles part of the page: the preview's tracks, the languages on file ("Arabic and French") and the
     * language the form offers first (the one just chosen, else the one named on the entry form, else English).
     */
    private void putSubtitles(Map<String, Object> model, EntryStatus status, String token, Language language,
                              @Nullable String chosen) {
        String named = status.entry().subtitleLanguage();
        model.put("subtitleDefault", chosen != null ? chosen : named == null ? "en" : named);
        List<String> codes = subtitles.languages(status.entry());
        model.put("subtitleTracks", codes.stream().sorted()
                .map(code -> SubtitleTrack.of("/entries/" + token + "/subtitles/" + code, code, language)).toList());
        List<String> onFile = codes.stream().map(code -> FormChoices.languageName(code, language))
                .sorted(Collator.getInstance(language.locale())).toList();
        model.put("subtitlesOnFile", onFile.isEmpty() ? null : ListFormat.getInstance(language.locale(),
                ListFormat.Type.STANDARD, ListFormat.Style.FULL).format(onFile));
    }
}
