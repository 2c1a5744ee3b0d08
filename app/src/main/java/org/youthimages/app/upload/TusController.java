package org.youthimages.app.upload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.app.site.ClientAddresses;
import org.youthimages.storage.upload.Checksum;
import org.youthimages.storage.upload.ClientGoneException;
import org.youthimages.storage.upload.ResumableUploads;
import org.youthimages.storage.upload.UploadProblem;
import org.youthimages.storage.upload.UploadRefusedException;
import org.youthimages.storage.upload.UploadSession;

import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The tus 1.0.0 resumable upload protocol (core, creation, creation-with-upload, termination, checksum,
 * expiration), so tus-js-client and Uppy work unchanged. Bodies stream through on a blocking (virtual) thread.
 */
@Controller("/uploads")
@ExecuteOn(TaskExecutors.BLOCKING)
class TusController {

    static final String VERSION = "1.0.0";
    static final String OCTETS = "application/offset+octet-stream";
    private static final Logger LOG = LoggerFactory.getLogger(TusController.class);

    private final ResumableUploads uploads;
    private final FilmUploads films;
    private final ClientAddresses addresses;

    TusController(ResumableUploads uploads, FilmUploads films, ClientAddresses addresses) {
        this.uploads = uploads;
        this.films = films;
        this.addresses = addresses;
    }

    @Options
    MutableHttpResponse<?> options() {
        return tus(HttpResponse.noContent())
                .header("Tus-Version", VERSION)
                .header("Tus-Extension", "creation,creation-with-upload,termination,checksum,expiration")
                .header("Tus-Checksum-Algorithm", String.join(",", Checksum.ALGORITHMS.keySet()));
    }

    @Post(consumes = MediaType.ALL)
    MutableHttpResponse<?> create(HttpRequest<?> request,
                                  @Nullable @Header("Upload-Length") String length,
                                  @Nullable @Header("Upload-Defer-Length") String deferLength,
                                  @Nullable @Header("Upload-Metadata") String metadata,
                                  @Nullable @Header("Upload-Checksum") String checksum,
                                  @Nullable @Body InputStream body) {
        requireVersion(request);
        if (deferLength != null) {
            throw new UploadRefusedException(UploadProblem.BAD_REQUEST, "Upload-Defer-Length is not supported: send Upload-Length");
        }
        long size = number("Upload-Length", length);
        UploadSession session = films.create(UploadMetadata.parse(metadata), size, addresses.of(request));
        if (hasBody(request)) {
            session = append(request, session, 0, checksum, body);
        }
        return progress(HttpResponse.status(HttpStatus.CREATED), session)
                .header(HttpHeaders.LOCATION, "/uploads/" + session.id());
    }

    @Head("/{id}")
    MutableHttpResponse<?> head(HttpRequest<?> request, @PathVariable String id) {
        requireVersion(request);
        UploadSession session = uploads.find(id)
                .orElseThrow(() -> new UploadRefusedException(UploadProblem.NOT_FOUND, "No upload " + id));
        if (session.state() == UploadSession.State.TERMINATED || session.state() == UploadSession.State.EXPIRED) {
            throw new UploadRefusedException(UploadProblem.GONE, "This upload is gone");
        }
        session = uploads.finishIfWhole(session);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("filename", session.filename());
        meta.put("filetype", session.contentType());
        return progress(HttpResponse.ok(), session)
                .header("Upload-Length", Long.toString(session.length()))
                .header("Upload-Metadata", UploadMetadata.encode(meta))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Patch(value = "/{id}", consumes = MediaType.ALL)
    MutableHttpResponse<?> patch(HttpRequest<?> request, @PathVariable String id,
                                 @Nullable @Header("Upload-Offset") String offset,
                                 @Nullable @Header("Upload-Checksum") String checksum,
                                 @Nullable @Body InputStream body) {
        requireVersion(request);
        UploadSession session = uploads.find(id)
                .orElseThrow(() -> new UploadRefusedException(UploadProblem.NOT_FOUND, "No upload " + id));
        return progress(HttpResponse.noContent(), append(request, session, number("Upload-Offset", offset), checksum, body));
    }

    @Delete("/{id}")
    MutableHttpResponse<?> terminate(HttpRequest<?> request, @PathVariable String id) {
        requireVersion(request);
        uploads.terminate(id);
        return tus(HttpResponse.noContent());
    }

    private UploadSession append(HttpRequest<?> request, UploadSession session, long offset, @Nullable String checksum,
                                 @Nullable InputStream body) {
        if (!request.getContentType().map(t -> t.getName().equals(OCTETS)).orElse(false)) {
            throw new UploadRefusedException(UploadProblem.BAD_REQUEST, "Content-Type must be " + OCTETS);
        }
        ResumableUploads.requireActive(session);
        long declared = request.getContentLength();
        if (declared > 0 && offset + declared > session.length()) {
            throw new UploadRefusedException(UploadProblem.TOO_LARGE,
                    "The upload has a length of " + session.length() + "; these bytes would go past it");
        }
        films.requireStillOpen(session);
        Checksum expected = checksum == null ? null : Checksum.parse(checksum);
        return uploads.append(session.id(), offset, body == null ? InputStream.nullInputStream() : body, expected);
    }

    @Error
    MutableHttpResponse<?> refused(UploadRefusedException e) {
        HttpStatus status = switch (e.problem()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case GONE -> HttpStatus.GONE;
            case OFFSET_MISMATCH -> HttpStatus.CONFLICT;
            case LOCKED -> HttpStatus.LOCKED;
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case COMPLETED -> HttpStatus.FORBIDDEN;
            case BAD_REQUEST -> HttpStatus.BAD_REQUEST;
            case CHECKSUM_MISMATCH -> null;
        };
        int code = status == null ? 460 : status.getCode();
        return tus(UploadProblems.response(code, status == null ? "Checksum Mismatch" : status.getReason(),
                "upload-" + e.problem().name(), e.getMessage()));
    }

    @Error
    MutableHttpResponse<?> notAllowed(UploadNotAllowedException e) {
        HttpStatus status = switch (e.reason()) {
            case NO_ENTRY, EDITION_CLOSED, ENTRY_FINISHED -> HttpStatus.FORBIDDEN;
            case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
            case EMPTY -> HttpStatus.BAD_REQUEST;
            case RATE_LIMITED -> HttpStatus.TOO_MANY_REQUESTS;
        };
        MutableHttpResponse<?> response = tus(UploadProblems.response(status.getCode(), status.getReason(),
                "upload-" + e.reason().name(), e.getMessage()));
        if (e.retryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
        }
        return response;
    }

    @Error
    MutableHttpResponse<?> clientGone(ClientGoneException e) {
        LOG.info("An upload's connection broke off; kept {} bytes", e.offset());
        return tus(HttpResponse.status(HttpStatus.BAD_REQUEST)).header("Upload-Offset", Long.toString(e.offset()));
    }

    private static void requireVersion(HttpRequest<?> request) {
        String version = request.getHeaders().get("Tus-Resumable");
        if (!VERSION.equals(version)) {
            throw new UnsupportedVersionException();
        }
    }

    @Error
    MutableHttpResponse<?> unsupportedVersion(UnsupportedVersionException e) {
        return tus(UploadProblems.response(412, "Precondition Failed", "upload-VERSION",
                "This server speaks tus " + VERSION + "; send Tus-Resumable: " + VERSION)).header("Tus-Version", VERSION);
    }

    private static boolean hasBody(HttpRequest<?> request) {
        return request.getContentLength() > 0 || request.getHeaders().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    private static long number(String header, @Nullable String value) {
        try {
            long parsed = Long.parseLong(value == null ? "" : value.trim());
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw new UploadRefusedException(UploadProblem.BAD_REQUEST, header + " must be a whole number of bytes");
    }

    private static MutableHttpResponse<?> progress(MutableHttpResponse<?> response, UploadSession session) {
        tus(response).header("Upload-Offset", Long.toString(session.offset()));
        if (session.state() == UploadSession.State.ACTIVE) {
            response.header("Upload-Expires", DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    session.expiresAt().atOffset(ZoneOffset.UTC)));
        }
        return response;
    }

    private static MutableHttpResponse<?> tus(MutableHttpResponse<?> response) {
        return response.header("Tus-Resumable", VERSION);
    }

    static final class UnsupportedVersionException extends RuntimeException {
        UnsupportedVersionException() {
            super("unsupported tus version");
        }
    }
}
