package org.youthimages.transcoder.media;

import org.junit.jupiter.api.Test;
import org.youthimages.storage.entry.RejectionReason;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RejectionsTest {

    @Test
    void writesDurationsAsPeopleReadThem() {
        assertThat(Rejections.duration(65)).isEqualTo("1:05");
        assertThat(Rejections.duration(3725)).isEqualTo("1:02:05");
        assertThat(Rejections.duration(0.4)).isEqualTo("0:00");
    }

    @Test
    void writesFileSizesInMegabytesOrGigabytes() {
        assertThat(Rejections.bytes(2_600_000_000L)).isEqualTo("2.6 GB");
        assertThat(Rejections.bytes(730_400_000L)).isEqualTo("730 MB");
    }

    @Test
    void everyReasonComesWithAPlainMessageThatSaysWhatToDo() {
        List<Rejection> all = List.of(Rejections.noVideo("x"), Rejections.unsupportedFormat("x"),
                Rejections.notDecodable(4, "x"), Rejections.tooShort(30, 60), Rejections.tooLong(400, 300),
                Rejections.resolutionTooSmall(320, 180, 240), Rejections.resolutionTooLarge(15360, 8640),
                Rejections.fileTooLarge(3_000_000_000L, 2_000_000_000L), Rejections.timeout("x"),
                Rejections.failed("x"));

        assertThat(all).extracting(Rejection::reason).containsExactlyInAnyOrder(RejectionReason.values());
        assertThat(all).allSatisfy(r -> assertThat(r.message()).doesNotContain("codec", "container", "FFmpeg")
                .matches(".*(Please|organisers|upload).*"));
    }
}
