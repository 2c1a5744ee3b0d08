package org.youthimages.storage.demo;

import java.nio.file.Path;

/** Writes a generated sample film as an MP4 file (the transcoder module does it with FFmpeg). */
public interface SampleFilmMaker {

    void make(SampleFilm film, Path file);
}
