package org.youthimages.app.testing;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/** Plain HTTP requests to the public pages, as a browser without JavaScript would send them. */
public final class WebClient {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final URI base;

    public WebClient(URI base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path, String language) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A GET that says which types it accepts, as a browser (or another program) does. */
    public HttpResponse<String> get(String path, String language, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language)
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String language, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart form with one text field and one file, as a browser sends an upload form. */
    public HttpResponse<String> postFile(String path, String language, String field, String value, String filename,
                                         String content) throws Exception {
        String boundary = "----yi" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/x-subrip\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", language)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
