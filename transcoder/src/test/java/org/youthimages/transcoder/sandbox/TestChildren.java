package org.youthimages.transcoder.sandbox;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Stand-ins for the media process that misbehave on purpose, run by the sandbox like the real one. */
final class TestChildren {

    private TestChildren() {
    }

    /** Writes what it was given (environment, arguments, limits), then hangs without a word. */
    static final class Hangs {
        public static void main(String[] args) throws Exception {
            SandboxMain.watchParent();
            Path folder = Path.of(args[1]);
            Map<String, String> environment = new TreeMap<>(System.getenv());
            Files.writeString(folder.resolve("seen.txt"), "environment=" + environment + "\narguments="
                    + List.of(args) + "\nheap=" + Runtime.getRuntime().maxMemory() + "\n"
                    + Files.readString(Path.of("/proc/self/limits")));
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** Reports progress forever and never finishes. */
    static final class Dawdles {
        public static void main(String[] args) throws InterruptedException {
            SandboxMain.watchParent();
            for (int i = 0; ; i++) {
                System.out.println("progress encoding " + (i % 100) + ".00");
                Thread.sleep(100);
            }
        }
    }

    /** Crashes natively, as a decoder bug would: a write to address 0. */
    static final class Crashes {
        public static void main(String[] args) throws Exception {
            Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
            field.setAccessible(true);
            Object unsafe = field.get(null);
            unsafe.getClass().getMethod("putAddress", long.class, long.class).invoke(unsafe, 0L, 42L);
        }
    }

    /** Fails with an error, as the real one does when FFmpeg reports one. */
    static final class Fails {
        public static void main(String[] args) throws IOException {
            System.err.println("org.youthimages.transcoder.media.MediaException: encode: Cannot allocate memory");
            System.exit(SandboxMain.EXIT_FAILED);
        }
    }
}
