package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.avformat.AVProbeData;
import org.bytedeco.javacpp.BytePointer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.bytedeco.ffmpeg.global.avformat.AVPROBE_PADDING_SIZE;
import static org.bytedeco.ffmpeg.global.avformat.av_probe_input_format3;

/**
 * Names what a file looks like to FFmpeg from its first bytes, without opening anything it might reference.
 * Used only to explain why a file was refused: a playlist, a picture, a sound file or something unknown.
 */
final class ContainerSniffer {

    private static final int SNIFF_BYTES = 1 << 20;
    private static final Set<String> AUDIO_ONLY = Set.of("mp3", "wav", "flac", "aac", "ac3", "eac3", "amr", "amrnb",
            "amrwb", "w64", "aiff", "ape", "wv", "tta", "caf", "au", "dts", "mpc", "mpc8");

    private ContainerSniffer() {
    }

    /** The rejection for a file the whitelisted demuxers refused to open. */
    static Rejection explainRefusal(Path file, String openError) {
        String name = detect(file);
        if (name == null) {
            return Rejections.unsupportedFormat("not a recognised media container (" + openError + ")");
        }
        if (SafeInput.accepts(name)) {
            return Rejections.notDecodable(0, name + " container could not be read: " + openError);
        }
        if (AUDIO_ONLY.contains(name) || name.endsWith("_pipe") || name.startsWith("image2")) {
            return Rejections.noVideo("the file is " + name + ", which holds no video");
        }
        return Rejections.unsupportedFormat("the file is " + name + ", which is not accepted (" + openError + ")");
    }

    /** FFmpeg's name for the format of the file's first bytes, or null when nothing matches. */
    static String detect(Path file) {
        byte[] head = readHead(file);
        BytePointer buffer = new BytePointer(head.length + AVPROBE_PADDING_SIZE);
        buffer.put(head).position(0);
        for (int i = head.length; i < head.length + AVPROBE_PADDING_SIZE; i++) {
            buffer.put(i, (byte) 0);
        }
        AVProbeData probe = new AVProbeData();
        // No file name: an extension proves nothing (a text file named .mp4), only the content counts.
        probe.filename(new BytePointer(""));
        probe.buf(buffer);
        probe.buf_size(head.length);
        AVInputFormat format = av_probe_input_format3(probe, 1, new int[1]);
        return format == null || format.isNull() ? null : Ffmpeg.string(format.name());
    }

    private static byte[] readHead(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
