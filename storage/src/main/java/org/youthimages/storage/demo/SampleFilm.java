package org.youthimages.storage.demo;

/**
 * A film to generate for the demo: an animated picture in the film's own colour with a soft tone, long enough to
 * meet the demo edition's rules.
 *
 * @param hue 0 to 1 around the colour wheel, so each film and its poster look different
 */
public record SampleFilm(int width, int height, int fps, double seconds, float hue) {
}
