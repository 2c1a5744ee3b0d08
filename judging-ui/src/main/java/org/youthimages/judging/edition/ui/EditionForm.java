package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.youthimages.judging.base.ui.DateFields;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.edition.EditionSettings;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * An edition's own rules. It never calls services: Save fires a {@link SaveEvent} with the settings, once every
 * required field is filled; the server checks the rules and may ask for confirmation.
 */
public class EditionForm extends FormLayout {

    private static final long MEGABYTE = 1024L * 1024;

    final TextField name = new TextField();
    final TextField slug = new TextField();
    final IntegerField year = new IntegerField();
    final Select<Edition.State> state = new Select<>();
    final TextArea themeText = new TextArea();
    final TextArea rulesText = new TextArea();
    final ComboBox<String> timeZone = new ComboBox<>();
    final DateTimePicker opens = DateFields.unambiguous(new DateTimePicker());
    final DateTimePicker closes = DateFields.unambiguous(new DateTimePicker());
    final IntegerField minSeconds = new IntegerField();
    final IntegerField maxSeconds = new IntegerField();
    final IntegerField tolerance = new IntegerField();
    final IntegerField maxMegabytes = new IntegerField();
    final IntegerField minHeight = new IntegerField();
    final DatePicker cutoff = DateFields.unambiguous(new DatePicker());
    final DatePicker earliestCompletion = DateFields.unambiguous(new DatePicker());
    final IntegerField retentionDays = new IntegerField();
    final Button save = new Button();

    public EditionForm() {
        label(name, "name");
        label(slug, "slug");
        slug.setHelperText(getTranslation("setup.edition.slugHelp"));
        label(year, "year");
        label(state, "state");
        state.setItems(Edition.State.values());
        state.setItemLabelGenerator(s -> getTranslation("editions.state." + s.name()));
        label(themeText, "themeText");
        label(rulesText, "rulesText");
        label(timeZone, "timeZone");
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        label(opens, "opens");
        label(closes, "closes");
        closes.setHelperText(getTranslation("setup.edition.windowHelp"));
        label(minSeconds, "minSeconds");
        label(maxSeconds, "maxSeconds");
        label(tolerance, "tolerance");
        label(maxMegabytes, "maxMegabytes");
        label(minHeight, "minHeight");
        label(cutoff, "cutoff");
        cutoff.setHelperText(getTranslation("setup.edition.cutoffHelp"));
        label(earliestCompletion, "earliestCompletion");
        earliestCompletion.setRequiredIndicatorVisible(false);
        earliestCompletion.setHelperText(getTranslation("setup.edition.earliestCompletionHelp"));
        label(retentionDays, "retentionDays");
        retentionDays.setRequiredIndicatorVisible(false);
        retentionDays.setHelperText(getTranslation("setup.edition.retentionHelp"));
        save.setText(getTranslation("setup.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> submit());
        add(name, slug, year, state, themeText, rulesText, timeZone, opens, closes, minSeconds, maxSeconds, tolerance,
                maxMegabytes, minHeight, cutoff, earliestCompletion, retentionDays, save);
        setColspan(themeText, 2);
        setColspan(rulesText, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40rem", 2));
    }

    public void setSettings(EditionSettings s) {
        name.setValue(s.name());
        slug.setValue(s.slug());
        year.setValue(s.year());
        state.setValue(s.state());
        themeText.setValue(s.themeText());
        rulesText.setValue(s.rulesText());
        timeZone.setValue(s.timeZone());
        opens.setValue(s.submissionsOpen());
        closes.setValue(s.submissionsClose());
        minSeconds.setValue(s.minFilmSeconds());
        maxSeconds.setValue(s.maxFilmSeconds());
        tolerance.setValue(s.lengthToleranceSeconds());
        maxMegabytes.setValue((int) Math.max(1, s.maxFileBytes() / MEGABYTE));
        minHeight.setValue(s.minVideoHeight());
        cutoff.setValue(s.ageCutoffDate());
        earliestCompletion.setValue(s.earliestCompletionDate());
        retentionDays.setValue(s.retentionDays());
    }

    /** Marks the field a refusal names ({@code settings.<field>}), if there is one. */
    public void markInvalid(String refusalKey, String message) {
        Map<String, HasValue<?, ?>> byKey = Map.of("settings.slug", slug, "settings.slugTaken", slug,
                "settings.name", name, "settings.year", year, "settings.timeZone", timeZone, "settings.window", closes,
                "settings.length", maxSeconds, "settings.fileSize", maxMegabytes, "settings.cutoff", cutoff,
                "settings.retention", retentionDays);
        if (byKey.get(refusalKey) instanceof com.vaadin.flow.component.HasValidation field) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    private void submit() {
        List<HasValue<?, ?>> required = List.of(name, slug, year, state, timeZone, opens, closes, minSeconds,
                maxSeconds, tolerance, maxMegabytes, minHeight, cutoff);
        boolean complete = true;
        for (HasValue<?, ?> field : required) {
            boolean empty = field.isEmpty();
            if (field instanceof com.vaadin.flow.component.HasValidation v) {
                v.setErrorMessage(empty ? getTranslation("setup.required") : null);
                v.setInvalid(empty);
            }
            complete &= !empty;
        }
        if (complete) {
            fireEvent(new SaveEvent(this, new EditionSettings(slug.getValue().strip(), name.getValue(),
                    year.getValue(), themeText.getValue(), rulesText.getValue(), state.getValue(), timeZone.getValue(),
                    opens.getValue(), closes.getValue(), minSeconds.getValue(), maxSeconds.getValue(),
                    tolerance.getValue(), maxMegabytes.getValue() * MEGABYTE, minHeight.getValue(), cutoff.getValue(),
                    earliestCompletion.getValue(), retentionDays.getValue())));
        }
    }

    private void label(HasValue<?, ?> field, String key) {
        ((com.vaadin.flow.component.HasLabel) field).setLabel(getTranslation("setup.edition." + key));
        field.setRequiredIndicatorVisible(true);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** The organiser wants these settings saved. */
    public static class SaveEvent extends ComponentEvent<EditionForm> {
        private final transient EditionSettings settings;

        SaveEvent(EditionForm source, EditionSettings settings) {
            super(source, false);
            this.settings = settings;
        }

        public EditionSettings settings() {
            return settings;
        }
    }
}
