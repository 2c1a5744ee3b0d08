package org.youthimages.app.testing;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Random;

/** Real H.264 MP4 clips made by the tests themselves, so no media file is kept in git. */
public final class TestClips {

    private TestClips() {
    }

    /**
     * A clip of {@code seconds} at 320x240 and 10 frames per second, drawn with moving noise so it is several
     * megabytes: large enough for an upload to be cut half way.
     */
    public static Path noisyClip(Path file, int seconds, int bitrate) throws Exception {
        int width = 320;
        int height = 240;
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libx264");
            recorder.setFrameRate(10);
            recorder.setVideoBitrate(bitrate);
            recorder.setVideoOption("preset", "ultrafast");
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.start();
            Random random = new Random(seconds);
            for (int i = 0; i < seconds * 10; i++) {
                recorder.record(noise(width, height, random));
            }
        }
        return file;
    }

    private static Frame noise(int width, int height, Random random) {
        Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        byte[] row = new byte[pixels.capacity()];
        random.nextBytes(row);
        pixels.put(0, row);
        return frame;
    }
}
