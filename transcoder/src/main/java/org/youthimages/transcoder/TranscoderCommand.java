package org.youthimages.transcoder;

import org.youthimages.transcoder.probe.MediaProbe;
import org.youthimages.transcoder.probe.ProbeResult;

import java.nio.file.Path;

/** The transcoder's command line: {@code probe FILE}. */
public final class TranscoderCommand {

    private TranscoderCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("probe")) {
            ProbeResult result = new MediaProbe().probe(Path.of(args[1]));
            System.out.println(result);
            return;
        }
        System.out.println("usage: java -jar transcoder-worker.jar probe FILE");
        System.exit(2);
    }
}
