package org.youthimages.transcoder.media;

import java.nio.file.Path;
import java.util.List;

/**
 * A short synthetic film for tests, made with FFmpeg by {@link ClipMaker}: a moving test pattern, a quiet tone,
 * and markers (a white frame with a loud beep at the same instant) so that sync can be checked after transcoding.
 * Defaults: 3 s of 640x360 H.264 + AAC stereo at 25 fps in MP4 (index at the front), markers at 1 and 2 s.
 * A white box fills the top-left sixth of the coded picture, so orientation can be checked.
 */
public final class Clip {

    int width = 640;
    int height = 360;
    double seconds = 3;
    int fps = 25;
    String videoCodec = "libx264";
    String pixelFormat = "yuv420p";
    String container = "mp4";
    /** Clockwise degrees a player must turn the picture (display matrix), as phones store portrait films. */
    int rotation;
    int sarNum = 1;
    int sarDen = 1;
    /** Frame gaps of 33, 33 and 50 ms in turn, as phones record in low light. */
    boolean variableFrameRate;
    boolean video = true;
    boolean audio = true;
    String audioCodec = "aac";
    int channels = 2;
    double videoStart;
    double audioStart;
    double toneDb = -30;
    List<Double> markers = List.of(1.0, 2.0);
    double blackLeadIn;
    /** When positive: a flat 10-bit PQ (HDR10) picture at this code value. */
    int hdrLuma;
    boolean location;
    boolean faststart = true;
    /** Written as a browser's MediaRecorder writes WebM: no duration, no index. */
    boolean live;

    public static Clip landscape() {
        return new Clip();
    }

    public Clip size(int w, int h) {
        width = w;
        height = h;
        return this;
    }

    public Clip seconds(double value) {
        seconds = value;
        return this;
    }

    public Clip fps(int value) {
        fps = value;
        return this;
    }

    public Clip codecs(String video, String pixFmt, String sound, String format) {
        videoCodec = video;
        pixelFormat = pixFmt;
        audioCodec = sound;
        container = format;
        return this;
    }

    public Clip rotation(int degrees) {
        rotation = degrees;
        return this;
    }

    public Clip sar(int num, int den) {
        sarNum = num;
        sarDen = den;
        return this;
    }

    public Clip variableFrameRate() {
        variableFrameRate = true;
        return this;
    }

    public Clip withoutVideo() {
        video = false;
        return this;
    }

    public Clip withoutAudio() {
        audio = false;
        return this;
    }

    public Clip starts(double video, double sound) {
        videoStart = video;
        audioStart = sound;
        return this;
    }

    public Clip sound(int channelCount, double levelDb) {
        channels = channelCount;
        toneDb = levelDb;
        return this;
    }

    public Clip markers(List<Double> at) {
        markers = List.copyOf(at);
        return this;
    }

    public Clip blackLeadIn(double value) {
        blackLeadIn = value;
        return this;
    }

    /** HDR10: HEVC 10-bit, PQ transfer, BT.2020 primaries, every pixel at {@code pqLuma} (64–940). */
    public Clip hdr(int pqLuma) {
        hdrLuma = pqLuma;
        videoCodec = "libx265";
        pixelFormat = "yuv420p10le";
        return this;
    }

    public Clip withLocation() {
        location = true;
        return this;
    }

    public Clip indexAtEnd() {
        faststart = false;
        return this;
    }

    public Clip live() {
        live = true;
        return this;
    }

    public Path writeTo(Path file) {
        ClipMaker.write(this, file);
        return file;
    }
}
