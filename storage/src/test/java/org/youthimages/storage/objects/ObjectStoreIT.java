package org.youthimages.storage.objects;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest
class ObjectStoreIT {

    @Inject ObjectStore store;
    @Inject ObjectStorageConnection connection;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void storesAStreamOfUnknownLengthLargerThanOnePartAndReadsItBackWhole() throws Exception {
        byte[] content = randomBytes((int) (ObjectStore.PART_SIZE * 2 + 12345));
        String key = key();

        store.put(key, new ByteArrayInputStream(content), "video/mp4");

        assertThat(store.stat(key)).hasValueSatisfying(o -> {
            assertThat(o.size()).isEqualTo(content.length);
            assertThat(o.contentType()).isEqualTo("video/mp4");
        });
        try (InputStream in = store.get(key)) {
            assertThat(sha256(in.readAllBytes())).isEqualTo(sha256(content));
        }
    }

    @Test
    void readsARangeOfAnObject() throws Exception {
        byte[] content = randomBytes(100_000);
        String key = key();
        store.put(key, new ByteArrayInputStream(content), content.length, "application/octet-stream");

        try (InputStream in = store.getRange(key, 1000, 500)) {
            assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, 1000, 1500));
        }
    }

    @Test
    void deletesAnObjectAndStatsItAsMissing() {
        String key = key();
        store.put(key, new ByteArrayInputStream(new byte[] {1, 2, 3}), 3, "application/octet-stream");

        store.delete(key);

        assertThat(store.stat(key)).isEmpty();
    }

    @Test
    void presignedLinkReadsTheObjectWhileThePlainAddressIsRefused() throws Exception {
        byte[] content = randomBytes(4096);
        String key = key();
        store.put(key, new ByteArrayInputStream(content), content.length, "image/jpeg");

        HttpResponse<byte[]> signed = http.send(HttpRequest.newBuilder(URI.create(
                store.presignedGet(key, Duration.ofMinutes(5)))).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(URI.create(
                connection.endpoint() + "/" + store.bucket() + "/" + key)).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(signed.statusCode()).isEqualTo(200);
        assertThat(signed.body()).isEqualTo(content);
        assertThat(anonymous.statusCode()).isEqualTo(403);
    }

    @Test
    void presignedLinkStopsWorkingAfterItsExpiry() throws Exception {
        String key = key();
        store.put(key, new ByteArrayInputStream(new byte[] {42}), 1, "application/octet-stream");
        String link = store.presignedGet(key, Duration.ofSeconds(1));

        Thread.sleep(2100);

        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(link)).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void refusesAnObjectKeyThatCouldEscapeItsFolder() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ObjectKeys.rendition("../YI-2027-AAAAA", "720p"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ObjectKeys.rendition("YI-2027-7KQ4M", "720p")).isEqualTo("entries/YI-2027-7KQ4M/renditions/720p.mp4");
    }

    private static String key() {
        return ObjectKeys.upload(UUID.randomUUID().toString(), "test");
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(byte[] bytes) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
