package org.youthimages.app.upload;

import io.micronaut.core.annotation.Nullable;
import org.youthimages.storage.upload.UploadProblem;
import org.youthimages.storage.upload.UploadRefusedException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The tus {@code Upload-Metadata} header: comma-separated {@code key base64value} pairs. */
record UploadMetadata(Map<String, String> values) {

    static UploadMetadata parse(@Nullable String header) {
        Map<String, String> values = new LinkedHashMap<>();
        if (header == null || header.isBlank()) {
            return new UploadMetadata(values);
        }
        for (String pair : header.split(",")) {
            String[] kv = pair.trim().split(" ");
            if (kv.length > 2 || kv[0].isEmpty()) {
                throw new UploadRefusedException(UploadProblem.BAD_REQUEST, "Upload-Metadata is malformed near: " + pair);
            }
            try {
                values.put(kv[0], kv.length == 2 ? new String(Base64.getDecoder().decode(kv[1]), StandardCharsets.UTF_8) : "");
            } catch (IllegalArgumentException e) {
                throw new UploadRefusedException(UploadProblem.BAD_REQUEST, "Upload-Metadata value of " + kv[0] + " is not Base64");
            }
        }
        return new UploadMetadata(values);
    }

    String get(String key) {
        return values.getOrDefault(key, "");
    }

    /** The header for a HEAD response: only what is safe to show again (never the entry's token). */
    static String encode(Map<String, String> values) {
        return values.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + " " + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)))
                .collect(Collectors.joining(","));
    }
}
