package org.youthimages.transcoder.probe;

import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

import java.nio.file.Path;

/** Reads a media file's container and stream properties with FFmpeg. */
public final class MediaProbe {

    public ProbeResult probe(Path file) throws FrameGrabber.Exception {
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            return new ProbeResult(grabber.getFormat(), grabber.getLengthInTime(), grabber.getVideoCodecName(),
                    grabber.getImageWidth(), grabber.getImageHeight(), grabber.getFrameRate(),
                    grabber.getAudioCodecName(), grabber.getAudioChannels(), grabber.getSampleRate());
        }
    }
}
