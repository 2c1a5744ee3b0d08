package org.youthimages.storage.screening;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.youthimages.storage.account.AccessDeniedException;
import org.youthimages.storage.account.AccessRules;
import org.youthimages.storage.account.ActingAccount;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.EntryRepository;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.entry.PosterSize;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an organiser screening an entry reads and watches beside its automatic checks: the entrant's own words on
 * the film (synopsis, AI or stock footage, where it was shown) and a playable rendition with its subtitles.
 * Organisers only; never the original upload.
 */
@Singleton
public class ScreeningPreview {

    /** Renditions no taller than this play first: enough to judge eligibility, light on the organiser's link. */
    static final int PREVIEW_HEIGHT = 540;
    private static final int POSTER_WIDTH = 640;
    private static final Set<MediaAsset.Kind> PLAYABLE = Set.of(MediaAsset.Kind.RENDITION, MediaAsset.Kind.POSTER,
            MediaAsset.Kind.SUBTITLE);

    /**
     * @param rendition the rendition to play (the tallest up to {@value #PREVIEW_HEIGHT} lines, else the smallest),
     *                  or null while the film is not ready
     */
    public record Preview(long entryId, String synopsis, @Nullable Entry.Footage footage, String footageDetails,
                          String screeningHistory, @Nullable MediaAsset rendition, @Nullable MediaAsset poster,
                          List<MediaAsset> subtitles) {

        public Preview {
            subtitles = List.copyOf(subtitles);
        }
    }

    private final AccessRules access;
    private final EntryRepository entries;
    private final MediaAssetRepository media;

    ScreeningPreview(AccessRules access, EntryRepository entries, MediaAssetRepository media) {
        this.access = access;
        this.entries = entries;
        this.media = media;
    }

    public Preview of(ActingAccount organiser, long entryId) {
        access.requireOrganiser(organiser);
        Entry entry = entries.findById(entryId).orElseThrow(() -> new AccessDeniedException("No entry " + entryId));
        List<MediaAsset> assets = media.findByEntryId(entryId);
        List<MediaAsset> renditions = assets.stream().filter(a -> a.kind() == MediaAsset.Kind.RENDITION).toList();
        MediaAsset rendition = renditions.stream().filter(r -> height(r) <= PREVIEW_HEIGHT)
                .max(Comparator.comparingInt(ScreeningPreview::height))
                .or(() -> renditions.stream().min(Comparator.comparingInt(ScreeningPreview::height))).orElse(null);
        List<MediaAsset> posters = assets.stream().filter(a -> a.kind() == MediaAsset.Kind.POSTER).toList();
        MediaAsset poster = PosterSize.closest(posters, MediaAsset::width, POSTER_WIDTH).orElse(null);
        List<MediaAsset> subtitles = assets.stream().filter(a -> a.kind() == MediaAsset.Kind.SUBTITLE)
                .sorted(Comparator.comparing(MediaAsset::label)).toList();
        return new Preview(entryId, entry.synopsis(), entry.aiOrStockFootage(), entry.aiOrStockDetails(),
                entry.screeningHistory(), rendition, poster, subtitles);
    }

    /** One of the entry's playable files, for an organiser (the judging server streams or signs it). */
    public MediaAsset mediaAsset(ActingAccount organiser, long entryId, long assetId) {
        access.requireOrganiser(organiser);
        return Optional.of(assetId).flatMap(media::findById)
                .filter(asset -> asset.entryId() == entryId && PLAYABLE.contains(asset.kind()))
                .orElseThrow(() -> new AccessDeniedException("Asset " + assetId + " is not a playable file of entry "
                        + entryId));
    }

    private static int height(MediaAsset asset) {
        return asset.height() == null ? 0 : asset.height();
    }
}
