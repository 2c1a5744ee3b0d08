package org.youthimages.transcoder.sandbox;

import io.micronaut.serde.ObjectMapper;
import org.youthimages.transcoder.media.MediaLimits;
import org.youthimages.transcoder.media.MediaPipeline;
import org.youthimages.transcoder.media.TranscodeResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The child process that does the FFmpeg work of one job. It gets the input file, an output folder and the limits
 * on its command line, and nothing else: no database, no storage, no credentials. It reports progress on stdout
 * ({@code progress <phase> <percent>}), writes {@value #RESULT} into the output folder, and exits at once when its
 * parent goes away (its stdin closes).
 */
public final class SandboxMain {

    public static final String RESULT = "result.json";
    static final String PROGRESS = "progress";
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_ORPHANED = 3;

    private SandboxMain() {
    }

    public static void main(String[] args) throws IOException {
        watchParent();
        if (args.length != 7) {
            System.err.println("usage: SandboxMain INPUT OUTDIR MIN_SECONDS MAX_SECONDS TOLERANCE MAX_BYTES MIN_SHORT_SIDE");
            System.exit(EXIT_USAGE);
        }
        Path input = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        MediaLimits limits = new MediaLimits(Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Integer.parseInt(args[4]), Long.parseLong(args[5]), Integer.parseInt(args[6]));
        PrintStream out = System.out;
        try {
            TranscodeResult result = new MediaPipeline().run(input, folder, limits, (phase, percent) -> {
                out.printf(Locale.ROOT, "%s %s %.2f%n", PROGRESS, phase, percent);
                out.flush();
            });
            Path written = folder.resolve(RESULT + ".tmp");
            Files.write(written, ObjectMapper.getDefault().writeValueAsBytes(result));
            Files.move(written, folder.resolve(RESULT), StandardCopyOption.ATOMIC_MOVE);
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(EXIT_FAILED);
        }
        System.exit(0);
    }

    /** The parent holds our stdin open; when it closes (the parent died, even by kill -9), stop at once. */
    static void watchParent() {
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            try (InputStream in = System.in) {
                while (in.read() >= 0) {
                    // nothing is ever sent; reading just waits for the end
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as the end
            }
            Runtime.getRuntime().halt(EXIT_ORPHANED);
        });
    }
}
