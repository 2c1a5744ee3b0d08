package org.youthimages.transcoder.media;

import org.bytedeco.ffmpeg.avutil.AVFrame;

import java.nio.ByteBuffer;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_MPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;

/** Lays storyboard thumbnails (yuv420p, tile-sized) side by side into one picture. */
final class SpriteSheet implements AutoCloseable {

    private final Storyboard layout;
    private final AVFrame sprite;
    private int tiles;

    SpriteSheet(Storyboard layout) {
        this.layout = layout;
        sprite = av_frame_alloc();
        sprite.format(AV_PIX_FMT_YUV420P);
        sprite.width(layout.spriteWidth());
        sprite.height(layout.spriteHeight());
        sprite.colorspace(AVCOL_SPC_BT709);
        sprite.color_range(AVCOL_RANGE_MPEG);
        Ffmpeg.check(av_frame_get_buffer(sprite, 0), "allocate the storyboard");
        fill(0, layout.spriteHeight(), (byte) 16);
        fill(1, layout.spriteHeight() / 2, (byte) 128);
        fill(2, layout.spriteHeight() / 2, (byte) 128);
    }

    /** Copies the next thumbnail into its tile; thumbnails beyond the layout are ignored. */
    void add(AVFrame thumbnail) {
        if (tiles >= layout.count() || thumbnail.width() != layout.tileWidth()
                || thumbnail.height() != layout.tileHeight()) {
            return;
        }
        int x = tiles % layout.columns() * layout.tileWidth();
        int y = tiles / layout.columns() * layout.tileHeight();
        copy(thumbnail, 0, x, y, layout.tileWidth(), layout.tileHeight());
        copy(thumbnail, 1, x / 2, y / 2, layout.tileWidth() / 2, layout.tileHeight() / 2);
        copy(thumbnail, 2, x / 2, y / 2, layout.tileWidth() / 2, layout.tileHeight() / 2);
        tiles++;
    }

    int tiles() {
        return tiles;
    }

    AVFrame frame() {
        return sprite;
    }

    private void copy(AVFrame from, int plane, int x, int y, int width, int height) {
        ByteBuffer source = plane(from, plane, height);
        ByteBuffer target = plane(sprite, plane, sprite.height() / (plane == 0 ? 1 : 2));
        byte[] row = new byte[width];
        for (int line = 0; line < height; line++) {
            source.get(line * from.linesize(plane), row);
            target.put((y + line) * sprite.linesize(plane) + x, row);
        }
    }

    private void fill(int plane, int height, byte value) {
        ByteBuffer target = plane(sprite, plane, height);
        for (int i = 0; i < target.capacity(); i++) {
            target.put(i, value);
        }
    }

    private static ByteBuffer plane(AVFrame frame, int plane, int height) {
        return frame.data(plane).capacity((long) frame.linesize(plane) * height).asByteBuffer();
    }

    @Override
    public void close() {
        av_frame_free(sprite);
    }
}
