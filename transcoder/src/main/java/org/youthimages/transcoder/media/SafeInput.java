package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avutil.AVDictionary;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;

import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;

/**
 * An uploaded file opened the only safe way: through the {@code file} protocol alone, and only by the demuxers of
 * real media containers. Playlists (HLS), concat lists, image sequences and anything else that could make FFmpeg
 * read another file are refused before a single byte of them is interpreted.
 */
final class SafeInput implements AutoCloseable {

    /** Demuxers of the containers phones, cameras, editing apps and browsers produce. */
    static final Set<String> DEMUXERS = Set.of("mov", "mp4", "m4a", "3gp", "3g2", "mj2", "matroska", "webm", "avi",
            "mpegts", "mpeg", "flv", "asf", "ogg");

    private final AVFormatContext context;

    private SafeInput(AVFormatContext context) {
        this.context = context;
    }

    /**
     * Opens and reads the stream headers.
     *
     * @throws Rejection.Stop when the file is not a media container we accept, or is unreadable
     */
    static SafeInput open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new MediaException("Not a file: " + file);
        }
        AVFormatContext context = new AVFormatContext(null);
        AVDictionary options = Ffmpeg.dictionary(Map.of(
                "protocol_whitelist", "file",
                "format_whitelist", String.join(",", DEMUXERS),
                // QuickTime data references could point at other files; FFmpeg ignores them unless asked.
                "enable_drefs", "0"));
        try {
            int ret = avformat_open_input(context, "file:" + file.toAbsolutePath(), null, options);
            if (ret < 0) {
                throw ContainerSniffer.explainRefusal(file, Ffmpeg.error(ret)).stop();
            }
        } finally {
            av_dict_free(options);
        }
        SafeInput input = new SafeInput(context);
        int ret = avformat_find_stream_info(context, (AVDictionary) null);
        if (ret < 0) {
            input.close();
            throw Rejections.notDecodable(0, "stream information unreadable: " + Ffmpeg.error(ret)).stop();
        }
        return input;
    }

    /** True when a demuxer name (possibly a comma-separated family such as mov's) is one we accept. */
    static boolean accepts(String demuxerName) {
        return Arrays.stream(demuxerName.split(",")).anyMatch(DEMUXERS::contains);
    }

    AVFormatContext context() {
        return context;
    }

    @Override
    public void close() {
        if (!context.isNull()) {
            avformat_close_input(context);
        }
    }
}
