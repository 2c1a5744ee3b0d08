package org.youthimages.app.testing;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.entry.MediaAssetRepository;
import org.youthimages.storage.objects.ObjectKeys;
import org.youthimages.storage.objects.ObjectStore;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Real media for a film, as the transcoder would leave it: an H.264/AAC MP4 rendition with the index at the front,
 * a poster, a storyboard sprite with its WebVTT track, and English subtitles; stored in object storage and
 * recorded as the entry's media assets.
 */
public final class SampleMedia {

    private static final int FPS = 25;
    private static final int SAMPLE_RATE = 48_000;

    private final ObjectStore store;
    private final MediaAssetRepository assets;

    public SampleMedia(ObjectStore store, MediaAssetRepository assets) {
        this.store = store;
        this.assets = assets;
    }

    /** Everything the player uses, for a film of {@code seconds}. */
    public void addAll(Entry film, int seconds, Path folder) {
        Path mp4 = encode(folder.resolve(film.reference() + ".mp4"), 640, 360, seconds);
        rendition(film, "360p", mp4, 640, 360, seconds * 1000L);
        image(film, MediaAsset.Kind.POSTER, "w640", ObjectKeys.poster(film.reference(), 640), jpeg(640, 360, Color.ORANGE));
        image(film, MediaAsset.Kind.STORYBOARD, "", ObjectKeys.storyboardSprite(film.reference()),
                jpeg(160 * 5, 90, Color.CYAN));
        text(film, MediaAsset.Kind.STORYBOARD_VTT, "", ObjectKeys.storyboardTrack(film.reference()), storyboard(seconds));
        text(film, MediaAsset.Kind.SUBTITLE, "en", ObjectKeys.subtitles(film.reference(), "en"), """
                WEBVTT

                00:00:00.500 --> 00:00:04.000
                The harbour at dawn.

                00:00:04.000 --> 00:00:09.000
                My grandmother arrived here by boat.
                """);
    }

    public MediaAsset rendition(Entry film, String label, Path mp4, int width, int height, long durationMs) {
        try {
            String key = ObjectKeys.rendition(film.reference(), label);
            store.putFile(key, mp4, "video/mp4");
            return assets.save(new MediaAsset(null, film.id(), MediaAsset.Kind.RENDITION, label, key, "video/mp4",
                    Files.size(mp4), null, width, height, durationMs, 400_000L, null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A film of moving colour with a tone: H.264 (yuv420p) and AAC stereo in MP4 with faststart. */
    public static Path encode(Path file, int width, int height, int seconds) {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 2)) {
            recorder.setFormat("mp4");
            recorder.setVideoCodecName("libx264");
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(FPS);
            recorder.setGopSize(FPS);
            recorder.setVideoOption("preset", "ultrafast");
            recorder.setAudioCodec(avcodec.AV_CODEC_ID_AAC);
            recorder.setSampleRate(SAMPLE_RATE);
            recorder.setAudioBitrate(96_000);
            recorder.setOption("movflags", "+faststart");
            recorder.start();
            for (int i = 0; i < seconds * FPS; i++) {
                recorder.record(colour(width, height, i));
                if (i % FPS == 0) {
                    recorder.recordSamples(SAMPLE_RATE, 2, tone(i / FPS));
                }
            }
            recorder.stop();
            return file;
        } catch (org.bytedeco.javacv.FrameRecorder.Exception e) {
            throw new IllegalStateException("Cannot encode the sample film", e);
        }
    }

    private static Frame colour(int width, int height, int index) {
        Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
        ByteBuffer pixels = (ByteBuffer) frame.image[0];
        int stride = frame.imageStride;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = y * stride + x * 3;
                pixels.put(p, (byte) ((x + index * 4) & 0xff));
                pixels.put(p + 1, (byte) ((y + index * 2) & 0xff));
                pixels.put(p + 2, (byte) ((index * 3) & 0xff));
            }
        }
        return frame;
    }

    private static ShortBuffer tone(int second) {
        short[] samples = new short[SAMPLE_RATE * 2];
        double frequency = 330 + 20 * second;
        for (int i = 0; i < SAMPLE_RATE; i++) {
            short value = (short) (Math.sin(2 * Math.PI * frequency * i / SAMPLE_RATE) * 6000);
            samples[2 * i] = value;
            samples[2 * i + 1] = value;
        }
        return ShortBuffer.wrap(samples);
    }

    private static String storyboard(int seconds) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        int tiles = 5;
        double each = seconds / (double) tiles;
        for (int i = 0; i < tiles; i++) {
            vtt.append(stamp(i * each)).append(" --> ").append(stamp((i + 1) * each)).append('\n')
                    .append("sprite.jpg#xywh=").append(i * 160).append(",0,160,90\n\n");
        }
        return vtt.toString();
    }

    private static String stamp(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }

    private static byte[] jpeg(int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.DARK_GRAY);
        for (int x = 0; x < width; x += 160) {
            graphics.drawRect(x, 0, 159, height - 1);
        }
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void image(Entry film, MediaAsset.Kind kind, String label, String key, byte[] jpeg) {
        store.put(key, new ByteArrayInputStream(jpeg), jpeg.length, "image/jpeg");
        assets.save(new MediaAsset(null, film.id(), kind, label, key, "image/jpeg", jpeg.length, null, null, null,
                null, null, null, null));
    }

    private void text(Entry film, MediaAsset.Kind kind, String label, String key, String vtt) {
        byte[] bytes = vtt.getBytes(StandardCharsets.UTF_8);
        store.put(key, new ByteArrayInputStream(bytes), bytes.length, "text/vtt");
        assets.save(new MediaAsset(null, film.id(), kind, label, key, "text/vtt", bytes.length, null, null, null,
                null, null, null, null));
    }
}
