package org.youthimages.transcoder;

import io.micronaut.serde.ObjectMapper;
import org.youthimages.transcoder.media.MediaLimits;
import org.youthimages.transcoder.media.MediaPipeline;
import org.youthimages.transcoder.media.MediaProbe;
import org.youthimages.transcoder.media.Probe;
import org.youthimages.transcoder.media.Rejection;
import org.youthimages.transcoder.media.TranscodeResult;
import org.youthimages.transcoder.worker.StandaloneWorker;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The transcoder's command line:
 * <pre>
 * probe FILE                                   the probe as JSON
 * transcode FILE OUTDIR [--min-seconds N] [--max-seconds N] [--tolerance-seconds N] [--max-bytes N] [--min-height N]
 *                                              the pipeline on local files; a JSON summary; exit 1 when rejected
 * worker                                       a queue worker against the configured PostgreSQL and object storage
 * </pre>
 */
public final class TranscoderCommand {

    static final int OK = 0;
    static final int REJECTED = 1;
    static final int USAGE = 2;
    static final String USAGE_TEXT = """
            usage: java -jar transcoder-worker.jar COMMAND
              probe FILE                      print what the file holds, as JSON
              transcode FILE OUTDIR [--min-seconds N] [--max-seconds N] [--tolerance-seconds N]
                                    [--max-bytes N] [--min-height N]
                                              make the renditions, posters and storyboard in OUTDIR and print a JSON
                                              summary; length limits default to the demo edition's (60 to 300 s)
              worker                          run transcoding jobs from the platform's queue
                                              (needs YI_DATABASE_URL and YI_S3_ENDPOINT)""";

    private TranscoderCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-transcoder.xml");
        }
        System.exit(run(Arrays.asList(args), System.out, System.err));
    }

    static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        String command = args.isEmpty() ? "" : args.getFirst();
        return switch (command) {
            case "probe" -> args.size() == 2 ? probe(Path.of(args.get(1)), out, err) : usage(err);
            case "transcode" -> args.size() >= 3 ? transcode(args, out, err) : usage(err);
            case "worker" -> args.size() == 1 ? StandaloneWorker.run(System.getenv(), err) : usage(err);
            default -> usage(err);
        };
    }

    private static int probe(Path file, PrintStream out, PrintStream err) throws IOException {
        try {
            Probe probe = new MediaProbe().probe(file);
            out.println(ObjectMapper.getDefault().writeValueAsString(probe));
            return OK;
        } catch (Rejection.Stop stop) {
            return rejected(stop.rejection(), err);
        }
    }

    private static int transcode(List<String> args, PrintStream out, PrintStream err) throws IOException {
        MediaLimits limits;
        try {
            limits = limits(args.subList(3, args.size()));
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return usage(err);
        }
        int[] shown = {-10};
        TranscodeResult result = new MediaPipeline().run(Path.of(args.get(1)), Path.of(args.get(2)), limits,
                (phase, percent) -> {
                    if ((int) percent / 10 != shown[0]) {
                        shown[0] = (int) percent / 10;
                        err.printf(Locale.ROOT, "%s %.0f%%%n", phase, percent);
                    }
                });
        out.println(ObjectMapper.getDefault().writeValueAsString(result));
        return result.accepted() ? OK : rejected(result.rejection(), err);
    }

    static MediaLimits limits(List<String> options) {
        MediaLimits demo = MediaLimits.DEMO_EDITION;
        int min = demo.minSeconds();
        int max = demo.maxSeconds();
        int tolerance = demo.toleranceSeconds();
        long bytes = demo.maxFileBytes();
        int height = demo.minShortSide();
        for (int i = 0; i < options.size(); i += 2) {
            if (i + 1 >= options.size()) {
                throw new IllegalArgumentException("Missing a value after " + options.get(i));
            }
            String value = options.get(i + 1);
            switch (options.get(i)) {
                case "--min-seconds" -> min = number(value);
                case "--max-seconds" -> max = number(value);
                case "--tolerance-seconds" -> tolerance = number(value);
                case "--max-bytes" -> bytes = Long.parseLong(value);
                case "--min-height" -> height = number(value);
                default -> throw new IllegalArgumentException("Unknown option " + options.get(i));
            }
        }
        return new MediaLimits(min, max, tolerance, bytes, height);
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Not a whole number: " + value);
        }
    }

    private static int rejected(Rejection rejection, PrintStream err) {
        err.println("REJECTED " + rejection.reason() + ": " + rejection.message());
        err.println("  (" + rejection.detail() + ")");
        return REJECTED;
    }

    private static int usage(PrintStream err) {
        err.println(USAGE_TEXT);
        return USAGE;
    }
}
