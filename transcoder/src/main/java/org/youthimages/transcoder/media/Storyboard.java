package org.youthimages.transcoder.media;

import io.micronaut.serde.annotation.Serdeable;

import java.util.Locale;

/**
 * The storyboard's layout: one thumbnail every {@code intervalSeconds}, laid out in a sprite of {@code columns}
 * per row; the WebVTT track points each stretch of the film at its tile ({@code sprite.jpg#xywh=x,y,w,h}).
 */
@Serdeable
public record Storyboard(int tileWidth, int tileHeight, int columns, int rows, int count, double intervalSeconds) {

    static final int MAX_TILES = 100;
    static final int COLUMNS = 10;
    static final int LONG_SIDE = 160;

    /** Up to 100 tiles, at least one second apart, 160 pixels on the long side. */
    static Storyboard plan(int displayWidth, int displayHeight, double durationSeconds) {
        double interval = Math.max(1, Math.ceil(durationSeconds / MAX_TILES));
        int count = (int) Math.max(1, Math.ceil(durationSeconds / interval));
        int columns = Math.min(COLUMNS, count);
        int rows = (count + columns - 1) / columns;
        boolean portrait = displayHeight > displayWidth;
        int width = portrait ? Ladder.even((double) LONG_SIDE * displayWidth / displayHeight) : LONG_SIDE;
        int height = portrait ? LONG_SIDE : Ladder.even((double) LONG_SIDE * displayHeight / displayWidth);
        return new Storyboard(width, height, columns, rows, count, interval);
    }

    int spriteWidth() {
        return tileWidth * columns;
    }

    int spriteHeight() {
        return tileHeight * rows;
    }

    /** The WebVTT track for the first {@code tiles} tiles of a film of this length. */
    String webVtt(String spriteName, int tiles, double durationSeconds) {
        StringBuilder vtt = new StringBuilder("WEBVTT\n");
        for (int i = 0; i < tiles; i++) {
            double start = i * intervalSeconds;
            double end = i == tiles - 1 ? Math.max(durationSeconds, start + 0.001) : (i + 1) * intervalSeconds;
            vtt.append('\n').append(time(start)).append(" --> ").append(time(end)).append('\n')
                    .append(spriteName).append("#xywh=").append(i % columns * tileWidth).append(',')
                    .append(i / columns * tileHeight).append(',').append(tileWidth).append(',').append(tileHeight)
                    .append('\n');
        }
        return vtt.toString();
    }

    static String time(double seconds) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, millis % 1000);
    }
}
