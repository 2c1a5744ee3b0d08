package org.youthimages.app.status;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a subtitle file in SubRip (SRT) or WebVTT and writes it as clean WebVTT, the format browsers play.
 * A file that is not valid is refused with the line at fault, never stored half-read.
 */
public final class Subtitles {

    public static final int MAX_BYTES = 512 * 1024;
    private static final Pattern TIMING = Pattern.compile(
            "^\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2}[,.]\\d{1,3})\\s*-->\\s*((?:\\d{1,2}:)?\\d{1,2}:\\d{2}[,.]\\d{1,3})(.*)$");
    private static final Pattern TIME = Pattern.compile("^(?:(\\d{1,2}):)?(\\d{1,2}):(\\d{2})[,.](\\d{1,3})$");

    private Subtitles() {
    }

    /** Why a file was refused: a message key and, when it is about one place in the file, its line number. */
    public static final class InvalidSubtitlesException extends Exception {
        private final String key;
        private final int line;

        InvalidSubtitlesException(String key, int line) {
            super(key + " at line " + line);
            this.key = key;
            this.line = line;
        }

        public String key() {
            return key;
        }

        public int line() {
            return line;
        }
    }

    private record Cue(long start, long end, String text) {
    }

    public static String toWebVtt(byte[] file) throws InvalidSubtitlesException {
        if (file.length == 0) {
            throw new InvalidSubtitlesException("subtitles.error.empty", 0);
        }
        if (file.length > MAX_BYTES) {
            throw new InvalidSubtitlesException("subtitles.error.size", 0);
        }
        String text = decode(file).replace("\r\n", "\n").replace('\r', '\n');
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Cue> cues = parse(text.split("\n", -1), text.startsWith("WEBVTT"));
        if (cues.isEmpty()) {
            throw new InvalidSubtitlesException("subtitles.error.nocues", 0);
        }
        StringBuilder vtt = new StringBuilder("WEBVTT\n\n");
        for (Cue cue : cues) {
            vtt.append(format(cue.start())).append(" --> ").append(format(cue.end())).append('\n')
                    .append(cue.text()).append("\n\n");
        }
        return vtt.toString();
    }

    private static List<Cue> parse(String[] lines, boolean webVtt) throws InvalidSubtitlesException {
        List<Cue> cues = new ArrayList<>();
        int i = webVtt ? skipHeader(lines) : 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                i++;
                continue;
            }
            if (webVtt && (lines[i].startsWith("NOTE") || lines[i].startsWith("STYLE") || lines[i].startsWith("REGION"))) {
                i = skipBlock(lines, i);
                continue;
            }
            // a cue is an optional identifier line, then its timing line
            int timingLine = lines[i].contains("-->") || i + 1 >= lines.length ? i : i + 1;
            if (!lines[timingLine].contains("-->")) {
                throw new InvalidSubtitlesException("subtitles.error.timing", timingLine + 1);
            }
            Matcher m = TIMING.matcher(lines[timingLine]);
            if (!m.matches()) {
                throw new InvalidSubtitlesException("subtitles.error.timing", timingLine + 1);
            }
            long start = millis(m.group(1), timingLine);
            long end = millis(m.group(2), timingLine);
            if (end <= start) {
                throw new InvalidSubtitlesException("subtitles.error.order", timingLine + 1);
            }
            StringBuilder cueText = new StringBuilder();
            i = timingLine + 1;
            while (i < lines.length && !lines[i].isBlank()) {
                cueText.append(cueText.isEmpty() ? "" : "\n").append(clean(lines[i]));
                i++;
            }
            cues.add(new Cue(start, end, cueText.toString()));
        }
        return cues;
    }

    private static int skipHeader(String[] lines) {
        int i = 0;
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static int skipBlock(String[] lines, int i) {
        while (i < lines.length && !lines[i].isBlank()) {
            i++;
        }
        return i;
    }

    private static long millis(String time, int line) throws InvalidSubtitlesException {
        Matcher m = TIME.matcher(time);
        if (!m.matches()) {
            throw new InvalidSubtitlesException("subtitles.error.timing", line + 1);
        }
        long hours = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long minutes = Long.parseLong(m.group(2));
        long seconds = Long.parseLong(m.group(3));
        String fraction = (m.group(4) + "00").substring(0, 3);
        if (minutes > 59 || seconds > 59) {
            throw new InvalidSubtitlesException("subtitles.error.timing", line + 1);
        }
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Long.parseLong(fraction);
    }

    /** Keeps the text and the simple styling WebVTT knows; drops SRT font tags and anything script-like. */
    private static String clean(String line) {
        return line.replaceAll("(?i)</?font[^>]*>", "").replaceAll("(?i)<(?!/?[biu]>)[^>]*>", "")
                .replace("-->", "->");
    }

    private static String format(long millis) {
        return String.format("%02d:%02d:%02d.%03d", millis / 3_600_000, millis / 60_000 % 60, millis / 1000 % 60,
                millis % 1000);
    }

    private static String decode(byte[] file) throws InvalidSubtitlesException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSubtitlesException("subtitles.error.encoding", 0);
        }
    }
}
