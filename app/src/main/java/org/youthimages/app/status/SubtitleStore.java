package org.youthimages.app.status;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.objects.ObjectStore;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** Keeps an entry's subtitles as WebVTT, one file per language; a new file for a language replaces the old one. */
@Singleton
class SubtitleStore {

    /** WebVTT made from an upload of at most {@link Subtitles#MAX_BYTES}, with room for the conversion's headers. */
    private static final int MAX_VTT_BYTES = 2 * Subtitles.MAX_BYTES;

    private final ObjectStore objects;
    private final MediaAssetRepository assets;

    SubtitleStore(ObjectStore objects, MediaAssetRepository assets) {
        this.objects = objects;
        this.assets = assets;
    }

    @Transactional
    void store(Entry entry, String language, String webVtt) {
        byte[] bytes = webVtt.getBytes(StandardCharsets.UTF_8);
        String key = ObjectKeys.subtitles(entry.reference(), language);
        objects.put(key, new ByteArrayInputStream(bytes), bytes.length, "text/vtt; charset=utf-8");
        MediaAsset asset = new MediaAsset(null, entry.id(), MediaAsset.Kind.SUBTITLE, language, key, "text/vtt",
                bytes.length, sha256(bytes), null, null, null, null, null, null);
        assets.findByEntryIdAndKindAndLabel(entry.id(), MediaAsset.Kind.SUBTITLE, language).ifPresentOrElse(
                old -> assets.update(new MediaAsset(old.id(), entry.id(), MediaAsset.Kind.SUBTITLE, language, key,
                        "text/vtt", bytes.length, sha256(bytes), null, null, null, null, null, old.createdAt())),
                () -> assets.save(asset));
    }

    /** The entry's subtitles in one language, as WebVTT, if there are any. */
    Optional<String> read(Entry entry, String language) {
        return assets.findByEntryIdAndKindAndLabel(entry.id(), MediaAsset.Kind.SUBTITLE, language).map(asset -> {
            try (InputStream in = objects.get(asset.objectKey())) {
                return new String(in.readNBytes(MAX_VTT_BYTES), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the subtitles " + asset.objectKey(), e);
            }
        });
    }

    /** The languages of the subtitles on file for the entry. */
    List<String> languages(Entry entry) {
        return assets.findByEntryIdAndKind(entry.id(), MediaAsset.Kind.SUBTITLE).stream().map(MediaAsset::label).toList();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
