package org.youthimages.judging.film.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import io.micronaut.serde.ObjectMapper;
import org.youthimages.judging.film.media.MediaLinks;
import org.youthimages.storage.entry.MediaAsset;
import org.youthimages.storage.judging.FilmSheet;
import org.youthimages.storage.judging.PlayedRange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The film's player: the browser's own video element (so every device's native controls, captions and fullscreen
 * work), fed with the rendition that suits the connection and screen, plus a quality choice, a low-bandwidth
 * setting, a storyboard scrubber and keyboard shortcuts. Reports what is actually played as {@link PlayedEvent}s.
 */
public class FilmPlayer extends Div {

    static final String AUTO = "auto";
    private static final String SCRIPT = script();

    final Select<String> quality = new Select<>();
    final Checkbox lowBandwidth = new Checkbox();
    private final String configJson;
    private String autoLabel = "";

    public FilmPlayer(FilmSheet film, boolean lowBandwidthOn, String uiLanguage) {
        addClassName("yi-player");
        List<FilmSheet.Media> renditions = film.media(MediaAsset.Kind.RENDITION);
        getElement().setAttribute("data-renditions", String.valueOf(renditions.size()));
        Div stage = new Div();
        stage.addClassName("yi-player-stage");
        stage.getElement().appendChild(video(film));
        add(stage, scrubber(), bar(renditions, lowBandwidthOn));
        configJson = config(film, renditions, lowBandwidthOn, uiLanguage);
    }

    private Element video(FilmSheet film) {
        Element video = new Element("video");
        video.setAttribute("controls", true);
        video.setAttribute("preload", "metadata");
        video.setAttribute("playsinline", true);
        video.setAttribute("aria-label", getTranslation("player.label", film.title()));
        film.poster(960).ifPresent(p -> video.setAttribute("poster", MediaLinks.of(film.assignmentId(), p.assetId())));
        for (FilmSheet.Media subtitle : film.media(MediaAsset.Kind.SUBTITLE)) {
            video.appendChild(subtitleTrack(MediaLinks.of(film.assignmentId(), subtitle.assetId()), subtitle.label(),
                    getLocale()));
        }
        return video;
    }

    /** A subtitle track for a video element, its language named in the interface's language. */
    public static Element subtitleTrack(String src, String language, java.util.Locale uiLocale) {
        Element track = new Element("track");
        track.setAttribute("kind", "subtitles");
        track.setAttribute("src", src);
        track.setAttribute("srclang", language);
        track.setAttribute("label", java.util.Locale.forLanguageTag(language).getDisplayLanguage(uiLocale));
        return track;
    }

    private Div scrubber() {
        Div fill = new Div();
        fill.addClassName("yi-scrubber-fill");
        Div thumb = new Div();
        thumb.addClassName("yi-thumb");
        thumb.getElement().setAttribute("hidden", true);
        Div time = new Div();
        time.addClassName("yi-thumb-time");
        Div preview = new Div(thumb, time);
        preview.addClassName("yi-scrubber-preview");
        preview.getElement().setAttribute("hidden", true);
        Div scrubber = new Div(fill, preview);
        scrubber.addClassName("yi-scrubber");
        scrubber.getElement().setAttribute("role", "slider");
        scrubber.getElement().setAttribute("tabindex", "0");
        scrubber.getElement().setAttribute("aria-label", getTranslation("player.scrubber"));
        scrubber.getElement().setAttribute("aria-valuemin", "0");
        scrubber.getElement().setAttribute("aria-valuenow", "0"); // seconds; the player keeps it and the maximum
        return scrubber;
    }

    private HorizontalLayout bar(List<FilmSheet.Media> renditions, boolean lowBandwidthOn) {
        List<String> labels = new ArrayList<>();
        labels.add(AUTO);
        renditions.forEach(r -> labels.add(r.label()));
        quality.setItems(labels);
        quality.setValue(AUTO);
        quality.setItemLabelGenerator(label -> AUTO.equals(label)
                ? getTranslation("player.auto") + (autoLabel.isEmpty() ? "" : " (" + autoLabel + ")") : label);
        quality.setAriaLabel(getTranslation("player.quality"));
        quality.addClassName("yi-quality");
        quality.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getElement().executeJs("this.yi && this.yi.choose($0)", event.getValue());
            }
        });
        lowBandwidth.setLabel(getTranslation("player.lowBandwidth"));
        lowBandwidth.setValue(lowBandwidthOn);
        lowBandwidth.setTooltipText(getTranslation("player.lowBandwidthHelp"));
        lowBandwidth.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                getElement().executeJs("this.yi && this.yi.setLowBandwidth($0)", event.getValue());
                fireEvent(new LowBandwidthEvent(this, event.getValue()));
            }
        });
        Button help = new Button(getTranslation("player.shortcuts"), VaadinIcon.KEYBOARD_O.create());
        help.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        Popover shortcuts = new Popover(shortcutList());
        shortcuts.setTarget(help);
        HorizontalLayout bar = new HorizontalLayout(quality, lowBandwidth, help, shortcuts);
        bar.addClassName("yi-player-bar");
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        bar.setWrap(true);
        return bar;
    }

    private UnorderedList shortcutList() {
        UnorderedList list = new UnorderedList();
        list.addClassName("yi-shortcuts");
        for (String key : List.of("play", "seek", "jump", "frame", "percent", "mute", "fullscreen", "subtitles",
                "films")) {
            list.add(new ListItem(getTranslation("player.shortcut." + key)));
        }
        return list;
    }

    private static String config(FilmSheet film, List<FilmSheet.Media> renditions, boolean low, String uiLanguage) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("renditions", renditions.stream().map(r -> Map.of("label", r.label(),
                "height", r.height() == null ? heightOf(r.label()) : r.height(),
                "bitrate", r.bitrate() == null ? 0 : r.bitrate(),
                "src", MediaLinks.of(film.assignmentId(), r.assetId()))).toList());
        config.put("lowBandwidth", low);
        config.put("durationMs", film.durationMs() == null ? 0 : film.durationMs());
        film.media(MediaAsset.Kind.STORYBOARD_VTT).stream().findFirst()
                .ifPresent(s -> config.put("storyboard", MediaLinks.of(film.assignmentId(), s.assetId())));
        List<FilmSheet.Media> subtitles = film.media(MediaAsset.Kind.SUBTITLE);
        boolean foreign = film.originalLanguage() == null || !film.originalLanguage().equals(uiLanguage);
        subtitles.stream().filter(s -> s.label().equals(uiLanguage)).findFirst()
                .or(() -> subtitles.stream().filter(s -> s.label().equals("en")).findFirst())
                .or(() -> subtitles.stream().findFirst())
                .filter(s -> foreign).ifPresent(s -> config.put("defaultSubtitle", s.label()));
        try {
            return ObjectMapper.getDefault().writeValueAsString(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int heightOf(String label) {
        return label.endsWith("p") ? Integer.parseInt(label.substring(0, label.length() - 1)) : 0;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(SCRIPT + "\nwindow.yiFilmPlayer.init(this, JSON.parse($0));", configJson);
    }

    /** The browser reports what has been played so far: "start,end;start,end" in seconds. */
    @ClientCallable
    void played(String ranges, double durationSeconds) {
        fireEvent(new PlayedEvent(this, parseRanges(ranges), durationSeconds));
    }

    @ClientCallable
    void renditionShown(String label, boolean auto) {
        getElement().setAttribute("data-rendition", label);
        if (auto && !label.equals(autoLabel)) {
            autoLabel = label;
            quality.getDataProvider().refreshAll();
            quality.setValue(AUTO);
        }
    }

    static List<PlayedRange> parseRanges(String ranges) {
        List<PlayedRange> parsed = new ArrayList<>();
        if (ranges == null || ranges.isBlank()) {
            return parsed;
        }
        for (String range : ranges.split(";")) {
            String[] ends = range.split(",");
            if (ends.length == 2) {
                try {
                    parsed.add(new PlayedRange(Double.parseDouble(ends[0]), Double.parseDouble(ends[1])));
                } catch (IllegalArgumentException e) {
                    // a malformed range from the page is ignored, not trusted
                }
            }
        }
        return parsed;
    }

    public Registration addPlayedListener(ComponentEventListener<PlayedEvent> listener) {
        return addListener(PlayedEvent.class, listener);
    }

    public Registration addLowBandwidthListener(ComponentEventListener<LowBandwidthEvent> listener) {
        return addListener(LowBandwidthEvent.class, listener);
    }

    private static String script() {
        try (InputStream in = FilmPlayer.class.getResourceAsStream("film-player.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The player's script is missing from the judging interface", e);
        }
    }

    /** Stretches of the film the browser has played, in seconds, and the film's length as the browser knows it. */
    public static class PlayedEvent extends ComponentEvent<FilmPlayer> {
        private final transient List<PlayedRange> ranges;
        private final double durationSeconds;

        PlayedEvent(FilmPlayer source, List<PlayedRange> ranges, double durationSeconds) {
            super(source, true);
            this.ranges = List.copyOf(ranges);
            this.durationSeconds = durationSeconds;
        }

        public List<PlayedRange> ranges() {
            return ranges;
        }

        public double durationSeconds() {
            return durationSeconds;
        }
    }

    /** The juror switched the low-bandwidth setting. */
    public static class LowBandwidthEvent extends ComponentEvent<FilmPlayer> {
        private final boolean on;

        LowBandwidthEvent(FilmPlayer source, boolean on) {
            super(source, true);
            this.on = on;
        }

        public boolean on() {
            return on;
        }
    }
}
