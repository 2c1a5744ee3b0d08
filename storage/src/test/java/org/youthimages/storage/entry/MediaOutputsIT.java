package org.youthimages.storage.entry;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.youthimages.storage.edition.EditionSetup;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.testing.SampleEditions;
import org.youthimages.storage.testing.SampleEntries;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

@MicronautTest(transactional = false)
class MediaOutputsIT {

    @Inject EditionSetup editions;
    @Inject EntryRepository entries;
    @Inject MediaAssetRepository assets;
    @Inject MediaOutputs outputs;

    private Entry entry;
    private MediaAsset original;

    @BeforeEach
    void entry() {
        long edition = editions.create(SampleEditions.openEdition(SampleEditions.uniqueSlug("media"))).id();
        entry = SampleEntries.received(entries, edition, "Crossing");
        original = SampleEntries.original(assets, entry, "upload1", 1000, "a".repeat(64));
    }

    @Test
    void aRetriedRunOverwritesItsOutputsInsteadOfAddingRows() {
        assertThat(outputs.startProcessing(entry.id())).isTrue();
        assertThat(entries.findById(entry.id()).orElseThrow().status()).isEqualTo(Entry.Status.PROCESSING);

        outputs.ready(entry.id(), described(), List.of(rendition("720p", 100), rendition("360p", 50)), 61_000);
        List<String> stale = outputs.ready(entry.id(), described(),
                List.of(rendition("720p", 120), rendition("360p", 60)), 61_000);

        assertThat(stale).isEmpty();
        assertThat(assets.findByEntryIdAndKind(entry.id(), MediaAsset.Kind.RENDITION))
                .extracting(MediaAsset::label, MediaAsset::sizeBytes)
                .containsExactlyInAnyOrder(tuple("720p", 120L), tuple("360p", 60L));
        Entry ready = entries.findById(entry.id()).orElseThrow();
        assertThat(ready.status()).isEqualTo(Entry.Status.READY);
        assertThat(ready.durationMs()).isEqualTo(61_000);
        MediaAsset describedOriginal = assets.findById(original.id()).orElseThrow();
        assertThat(describedOriginal.probe()).contains("\"container\"");
        assertThat(describedOriginal.width()).isEqualTo(1920);
        assertThat(describedOriginal.sha256()).isEqualTo("a".repeat(64));
    }

    @Test
    void outputsAnEarlierRunMadeButThisOneDidNotAreRemoved() {
        outputs.ready(entry.id(), described(), List.of(rendition("720p", 100), rendition("480p", 80)), 61_000);

        List<String> stale = outputs.ready(entry.id(), described(), List.of(rendition("720p", 100)), 61_000);

        assertThat(stale).containsExactly(ObjectKeys.rendition(entry.reference(), "480p"));
        assertThat(assets.findByEntryIdAndKind(entry.id(), MediaAsset.Kind.RENDITION)).hasSize(1);
    }

    @Test
    void aRejectedFilmKeepsItsOriginalAndProbeButNoOutputs() {
        outputs.ready(entry.id(), described(), List.of(rendition("720p", 100)), 61_000);

        List<String> stale = outputs.reject(entry.id(), described(), RejectionReason.TOO_LONG, "Too long.", 400_000L);

        assertThat(stale).containsExactly(ObjectKeys.rendition(entry.reference(), "720p"));
        Entry rejected = entries.findById(entry.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(Entry.Status.REJECTED);
        assertThat(rejected.rejectionCode()).isEqualTo("TOO_LONG");
        assertThat(rejected.rejectionMessage()).isEqualTo("Too long.");
        assertThat(assets.findByEntryId(entry.id())).extracting(MediaAsset::kind)
                .containsExactly(MediaAsset.Kind.ORIGINAL);
    }

    @Test
    void anEntryWithoutUploadDoesNotStartProcessing() {
        Entry waiting = SampleEntries.entry(entries, entry.editionId(), "Waiting", Entry.Status.AWAITING_UPLOAD);

        assertThat(outputs.startProcessing(waiting.id())).isFalse();
    }

    private MediaAsset described() {
        return new MediaAsset(original.id(), entry.id(), MediaAsset.Kind.ORIGINAL, "", original.objectKey(),
                original.contentType(), original.sizeBytes(), original.sha256(), 1920, 1080, 61_000L, 8_000_000L,
                "{\"container\": \"mov,mp4\"}", null);
    }

    private MediaAsset rendition(String label, long size) {
        return new MediaAsset(null, entry.id(), MediaAsset.Kind.RENDITION, label,
                ObjectKeys.rendition(entry.reference(), label), "video/mp4", size, null, 1280, 720, 61_000L,
                2_000_000L, null, null);
    }
}
