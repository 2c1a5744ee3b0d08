package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Locale;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

/** Writes a decoded picture as a JPEG file, scaled to a width. */
final class JpegWriter {

    private JpegWriter() {
    }

    /** @return the height written, for the given width and the frame's shape */
    static int write(AVFrame frame, int width, Path file) {
        int height = Ladder.even((double) frame.height() * width / frame.width());
        String description = String.format(Locale.ROOT,
                "buffer@in=video_size=%dx%d:pix_fmt=%d:time_base=1/25:pixel_aspect=1/1:colorspace=%d:range=%d,"
                        + "scale=w=%d:h=%d:flags=lanczos:out_range=full,format=yuvj420p,buffersink@out",
                frame.width(), frame.height(), frame.format(), frame.colorspace(), frame.color_range(), width, height);
        AVFrame scaled = av_frame_alloc();
        AVPacket packet = av_packet_alloc();
        try (FilterGraph graph = FilterGraph.parse(description, 1);
             Encoder encoder = Encoder.jpeg(width, height)) {
            long pts = frame.pts();
            frame.pts(0);
            graph.push("in", frame);
            frame.pts(pts);
            graph.end("in");
            if (graph.pull("out", scaled) != FilterGraph.Pull.FRAME) {
                throw new MediaException("No picture came out of the scaler for " + file.getFileName());
            }
            encoder.send(scaled);
            encoder.send(null);
            if (!encoder.receive(packet)) {
                throw new MediaException("The JPEG encoder gave nothing for " + file.getFileName());
            }
            save(packet, file);
            av_packet_unref(packet);
            return height;
        } finally {
            av_frame_free(scaled);
            av_packet_free(packet);
        }
    }

    private static void save(AVPacket packet, Path file) {
        ByteBuffer bytes = packet.data().capacity(packet.size()).asByteBuffer();
        try (FileChannel channel = FileChannel.open(file, CREATE, WRITE, TRUNCATE_EXISTING)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
