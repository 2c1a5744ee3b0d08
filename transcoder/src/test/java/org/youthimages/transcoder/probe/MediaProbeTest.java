package org.youthimages.transcoder.probe;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Proves the FFmpeg natives, with libx264, load on this platform. */
class MediaProbeTest {

    @TempDir Path folder;

    @Test
    void readsBackTheDurationOfATwoSecondH264ClipEncodedWithLibx264() throws Exception {
        Path clip = folder.resolve("two-seconds.mp4");
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(clip.toFile(), 320, 240, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libx264");
            recorder.setFrameRate(25);
            recorder.setPixelFormat(org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P);
            recorder.start();
            for (int i = 0; i < 50; i++) {
                recorder.record(grey(320, 240, i * 5));
            }
        }

        ProbeResult probe = new MediaProbe().probe(clip);

        assertThat(probe.videoCodec()).isEqualTo("h264");
        assertThat(probe.width()).isEqualTo(320);
        assertThat(probe.durationSeconds()).isCloseTo(2.0, within(0.1));
        assertThat(avcodec.avcodec_find_encoder_by_name("libx264")).isNotNull();
    }

    private static Frame grey(int width, int height, int level) {
        Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        for (int i = 0; i < pixels.capacity(); i++) {
            pixels.put(i, (byte) level);
        }
        return frame;
    }
}
