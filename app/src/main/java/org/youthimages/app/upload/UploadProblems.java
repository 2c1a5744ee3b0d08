package org.youthimages.app.upload;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.Map;

/** Error bodies of the upload endpoint as RFC 9457 problem details; {@code code} lets pages translate them. */
final class UploadProblems {

    static final MediaType PROBLEM = MediaType.of("application/problem+json");

    private UploadProblems() {
    }

    static MutableHttpResponse<Map<String, Object>> response(int status, String title, String code, String detail) {
        return HttpResponse.<Map<String, Object>>status(status, title)
                .contentType(PROBLEM)
                .body(Map.of("type", "/problems/" + code.toLowerCase().replace('_', '-'), "title", title,
                        "status", status, "code", code, "detail", detail));
    }
}
