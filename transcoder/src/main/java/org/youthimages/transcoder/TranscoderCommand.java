package org.youthimages.transcoder;

/** Placeholder while the commands are rebuilt. */
public final class TranscoderCommand {

    private TranscoderCommand() {
    }

    public static void main(String[] args) {
    }
}
