package org.youthimages.app.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** A film uploaded to the public site with tus in one request, as a client does when nothing breaks. */
public final class TusUploads {

    private TusUploads() {
    }

    /** Uploads the whole file for the entry whose status token is given, and checks that all of it arrived. */
    public static void uploadWhole(URI site, String token, Path film) throws Exception {
        String metadata = "filename " + b64("film.mp4") + ",filetype " + b64("video/mp4") + ",token " + b64(token);
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(site.resolve("/uploads"))
                .header("Tus-Resumable", "1.0.0").header("Upload-Length", Long.toString(Files.size(film)))
                .header("Upload-Metadata", metadata).header("Content-Type", "application/offset+octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(film)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Upload-Offset")).hasValue(Long.toString(Files.size(film)));
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
