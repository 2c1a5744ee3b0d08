package org.youthimages.judging.film.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.youthimages.judging.base.ui.BrowserTimeZone;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.judging.CriterionSheet;
import org.youthimages.storage.judging.ScoreValue;
import org.youthimages.storage.judging.ScorecardSheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The scorecard: each criterion with its guidance, weight and scale (anchors labelled on the scale), an optional
 * comment per criterion, an overall comment for the entrant and a private note for the organisers. It never calls
 * services: it fires {@link ChangedEvent}s as the juror types or clicks (text is debounced in the browser) and a
 * {@link SubmitEvent}; a {@link ScorecardPresenter} does the rest. The browser keeps a copy of what is typed
 * until the server confirms it, and says so in place of "Draft saved": saving, or offline and kept in this browser.
 */
public class ScorecardForm extends Div implements ScorecardPresenter.Display {

    private static final String SCRIPT = script();
    private static final int TYPING_PAUSE_MS = 600;

    private final long assignmentId;
    private final List<CriterionSheet> criteria;
    final Map<Long, RadioButtonGroup<Integer>> scores = new LinkedHashMap<>();
    final Map<Long, TextArea> comments = new LinkedHashMap<>();
    final TextArea overall = new TextArea();
    final TextArea note = new TextArea();
    final Button submit = new Button();
    final Span status = new Span();
    final Span pending = new Span();
    final Paragraph lockedText = new Paragraph();
    private final Div actions = new Div();
    private Component afterSubmit;
    private final ProgressBar watchedBar = new ProgressBar(0, 100, 0);
    private final Span watchedText = new Span();
    private String storedFields = "{}";

    public ScorecardForm(long assignmentId, List<CriterionSheet> criteria) {
        this.assignmentId = assignmentId;
        this.criteria = List.copyOf(criteria);
        addClassName("yi-scorecard");
        add(new H3(getTranslation("scorecard.title")), watched());
        criteria.forEach(this::addCriterion);
        overall.setLabel(getTranslation("scorecard.overall"));
        overall.setHelperText(getTranslation("scorecard.overallHelp"));
        note.setLabel(getTranslation("scorecard.note"));
        note.setHelperText(getTranslation("scorecard.noteHelp"));
        field(overall, "overall");
        field(note, "note");
        status.addClassName("yi-save-status");
        status.getElement().setAttribute("aria-live", "polite");
        submit.setText(getTranslation("scorecard.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(click -> fireEvent(new SubmitEvent(this)));
        lockedText.addClassName("yi-locked");
        pending.addClassName("yi-save-pending");
        pending.getElement().setAttribute("aria-live", "polite");
        pending.getElement().setAttribute("data-saving", getTranslation("scorecard.saving"));
        pending.getElement().setAttribute("data-offline", getTranslation("scorecard.offline"));
        pending.getElement().setAttribute("hidden", true);
        actions.add(submit, status, pending);
        actions.addClassName("yi-scorecard-actions");
        add(overall, note, lockedText, actions);
    }

    private Div watched() {
        watchedBar.getElement().setAttribute("aria-label", getTranslation("scorecard.watchedLabel"));
        Div watched = new Div(watchedText, watchedBar);
        watched.addClassName("yi-watched");
        return watched;
    }

    private void addCriterion(CriterionSheet criterion) {
        RadioButtonGroup<Integer> scale = new RadioButtonGroup<>();
        scale.setLabel(criterion.name());
        scale.setItems(IntStream.rangeClosed(criterion.scaleMin(), criterion.scaleMax()).boxed().toList());
        scale.setRenderer(new ComponentRenderer<>(point -> point(point, criterion.anchors().get(point))));
        scale.addThemeVariants(RadioGroupVariant.AURA_HORIZONTAL, RadioGroupVariant.HELPER_ABOVE);
        scale.setHelperText(criterion.guidance());
        scale.getElement().setAttribute("data-yi-field", "score:" + criterion.criterionId());
        scale.addClassName("yi-scale");
        scale.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                scale.setInvalid(false);
                fireEvent(new ChangedEvent(this));
            }
        });
        TextArea comment = new TextArea();
        comment.setPlaceholder(getTranslation("scorecard.comment"));
        comment.setAriaLabel(getTranslation("scorecard.commentOn", criterion.name()));
        field(comment, "comment:" + criterion.criterionId());
        scores.put(criterion.criterionId(), scale);
        comments.put(criterion.criterionId(), comment);
        Span weight = new Span(getTranslation("scorecard.weight", criterion.weight().stripTrailingZeros().toPlainString()));
        weight.addClassName("yi-weight");
        Div block = new Div(weight, scale, anchors(criterion), comment);
        block.addClassName("yi-criterion");
        add(block);
    }

    private static Span point(int value, String anchor) {
        Span point = new Span(String.valueOf(value));
        point.addClassName("yi-point");
        point.getElement().setAttribute("data-score", String.valueOf(value));
        if (anchor != null) {
            point.getElement().setAttribute("title", anchor);
        }
        return point;
    }

    private Div anchors(CriterionSheet criterion) {
        Div legend = new Div();
        legend.addClassName("yi-anchors");
        criterion.anchors().forEach((value, label) -> legend.add(new Span(value + " · " + label)));
        return legend;
    }

    private void field(TextArea area, String name) {
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(TYPING_PAUSE_MS);
        area.setWidthFull();
        area.getElement().setAttribute("data-yi-field", name);
        area.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                fireEvent(new ChangedEvent(this));
            }
        });
    }

    @Override
    public FormValues values() {
        Map<Long, ScoreValue> values = new HashMap<>();
        for (CriterionSheet criterion : criteria) {
            long id = criterion.criterionId();
            values.put(id, new ScoreValue(scores.get(id).getValue(), comments.get(id).getValue()));
        }
        return new FormValues(values, overall.getValue(), note.getValue());
    }

    @Override
    public void show(ScorecardSheet sheet) {
        FormValues values = FormValues.of(sheet);
        for (CriterionSheet criterion : criteria) {
            long id = criterion.criterionId();
            scores.get(id).setValue(values.score(id).value());
            comments.get(id).setValue(values.score(id).comment());
        }
        overall.setValue(values.overall());
        note.setValue(values.note());
        boolean locked = sheet.locked();
        scores.values().forEach(f -> f.setReadOnly(locked));
        comments.values().forEach(f -> f.setReadOnly(locked));
        overall.setReadOnly(locked);
        note.setReadOnly(locked);
        submit.setVisible(!locked);
        lockedText.setVisible(locked);
        if (locked && sheet.submittedAt() != null) {
            lockedText.setText(getTranslation("scorecard.locked",
                    Formats.dateTime(sheet.submittedAt(), BrowserTimeZone.current().getId())));
        }
        showWatched(sheet.watchedPercent(), sheet.watchThresholdPercent());
        storedFields = json(values.fields(criteria));
        getElement().executeJs("this.yiMirror && this.yiMirror.confirmed(JSON.parse($0))", storedFields);
    }

    void showWatched(BigDecimal percent, int threshold) {
        watchedBar.setValue(Math.min(100, percent.doubleValue()));
        watchedText.setText(getTranslation("scorecard.watched", Formats.percent(percent), threshold));
        watchedBar.getElement().getThemeList().set("success", percent.compareTo(BigDecimal.valueOf(threshold)) >= 0);
    }

    @Override
    public void saved(ScorecardSheet sheet) {
        status.setText(getTranslation("scorecard.saved", Formats.timeWithSeconds(java.time.Instant.now(),
                BrowserTimeZone.current())));
        storedFields = json(FormValues.of(sheet).fields(criteria));
        getElement().executeJs("this.yiMirror && this.yiMirror.confirmed(JSON.parse($0))", storedFields);
    }

    @Override
    public void merged(ScorecardSheet sheet) {
        show(sheet);
        saved(sheet);
        Notifications.info(getTranslation("scorecard.merged"));
    }

    @Override
    public void lockedElsewhere(ScorecardSheet sheet) {
        show(sheet);
        Notifications.info(getTranslation("scorecard.lockedElsewhere"));
        fireEvent(new SubmittedEvent(this)); // submitted in another window: this one too goes on to the next film
    }

    @Override
    public void confirmShortWatch(BigDecimal watchedPercent, int thresholdPercent, Runnable confirmed) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("scorecard.shortWatch.title"),
                getTranslation("scorecard.shortWatch.text", Formats.percent(watchedPercent), thresholdPercent),
                getTranslation("scorecard.shortWatch.confirm"), event -> confirmed.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("scorecard.shortWatch.cancel"));
        dialog.addClassName("yi-short-watch");
        dialog.open();
    }

    @Override
    public void incomplete(List<String> missing) {
        criteria.stream().filter(c -> missing.contains(c.name())).forEach(c -> {
            RadioButtonGroup<Integer> scale = scores.get(c.criterionId());
            scale.setErrorMessage(getTranslation("scorecard.scoreNeeded"));
            scale.setInvalid(true);
        });
        Notifications.problem(getTranslation("scorecard.incomplete", String.join(", ", missing)));
    }

    @Override
    public void submitted(ScorecardSheet sheet) {
        show(sheet);
        status.setText("");
        getElement().executeJs("this.yiMirror && this.yiMirror.forget()");
        Notifications.success(getTranslation("scorecard.submitted"));
        fireEvent(new SubmittedEvent(this));
    }

    /** Shows where to go once the scorecard is submitted (the next film to score), in place of the submit button. */
    void offerAfterSubmit(Component next) {
        if (afterSubmit != null) {
            actions.remove(afterSubmit);
        }
        afterSubmit = next;
        actions.addComponentAsFirst(next);
    }

    @Override
    public void refused(String message) {
        Notifications.problem(message);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs(SCRIPT + "\nwindow.yiScorecardMirror.init(this, $0, JSON.parse($1));",
                "yi-scorecard-" + assignmentId, storedFields);
    }

    /** The browser hands back fields the server never confirmed (typed while the connection was down). */
    @ClientCallable
    void restore(String fieldsJson) {
        Map<String, String> fields;
        try {
            fields = ObjectMapper.getDefault().readValue(fieldsJson, Argument.mapOf(String.class, String.class));
        } catch (IOException | RuntimeException e) {
            return;
        }
        FormValues kept = FormValues.fromFields(fields, criteria);
        for (CriterionSheet criterion : criteria) {
            long id = criterion.criterionId();
            if (!scores.get(id).isReadOnly()) {
                scores.get(id).setValue(kept.score(id).value());
                comments.get(id).setValue(kept.score(id).comment());
            }
        }
        if (!overall.isReadOnly()) {
            overall.setValue(kept.overall());
            note.setValue(kept.note());
            Notifications.info(getTranslation("scorecard.restored"));
            fireEvent(new ChangedEvent(this));
        }
    }

    private static String json(Map<String, String> fields) {
        try {
            return ObjectMapper.getDefault().writeValueAsString(fields);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String script() {
        try (InputStream in = ScorecardForm.class.getResourceAsStream("scorecard-mirror.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("The scorecard's script is missing from the judging interface", e);
        }
    }

    public Registration addChangedListener(ComponentEventListener<ChangedEvent> listener) {
        return addListener(ChangedEvent.class, listener);
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public Registration addSubmittedListener(ComponentEventListener<SubmittedEvent> listener) {
        return addListener(SubmittedEvent.class, listener);
    }

    /** Something on the scorecard changed. */
    public static class ChangedEvent extends ComponentEvent<ScorecardForm> {
        ChangedEvent(ScorecardForm source) {
            super(source, true);
        }
    }

    /** The scorecard was submitted and is now locked. */
    public static class SubmittedEvent extends ComponentEvent<ScorecardForm> {
        SubmittedEvent(ScorecardForm source) {
            super(source, false);
        }
    }

    /** The juror asked to submit. */
    public static class SubmitEvent extends ComponentEvent<ScorecardForm> {
        SubmitEvent(ScorecardForm source) {
            super(source, true);
        }
    }
}
