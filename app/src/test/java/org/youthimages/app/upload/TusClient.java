package org.youthimages.app.upload;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/** A bare tus client for protocol tests: each call is one request, so every status and header can be checked. */
public final class TusClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String client;

    public TusClient(String base) {
        this(base, "127.0.0.1");
    }

    /** A client at the given address (the test configuration believes the X-Test-Client header). */
    TusClient(String base, String client) {
        this.base = base;
        this.client = client;
    }

    HttpResponse<String> options() throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + "/uploads")).method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> create(long length, String token) throws Exception {
        return send(tus(base + "/uploads").header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", metadata(token)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> createWithUpload(long length, String token, byte[] body) throws Exception {
        return send(tus(base + "/uploads").header("Upload-Length", Long.toString(length))
                .header("Upload-Metadata", metadata(token)).header("Content-Type", "application/offset+octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    HttpResponse<String> head(String location) throws Exception {
        return send(tus(base + location).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    HttpResponse<String> patch(String location, long offset, byte[] body) throws Exception {
        return send(patchRequest(location, offset, body));
    }

    HttpResponse<String> patchWithChecksum(String location, long offset, byte[] body, byte[] checksumOf) throws Exception {
        String sha1 = Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-1").digest(checksumOf));
        return send(patchRequest(location, offset, body).header("Upload-Checksum", "sha1 " + sha1));
    }

    HttpResponse<String> delete(String location) throws Exception {
        return send(tus(base + location).DELETE());
    }

    private HttpRequest.Builder patchRequest(String location, long offset, byte[] body) {
        return tus(base + location).header("Upload-Offset", Long.toString(offset))
                .header("Content-Type", "application/offset+octet-stream")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpRequest.Builder tus(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Tus-Resumable", "1.0.0").header("X-Test-Client", client);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String metadata(String token) {
        return "filename " + b64("my film.mp4") + ",filetype " + b64("video/mp4") + ",token " + b64(token);
    }

    private static String b64(String value) {
        return Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8));
    }
}
