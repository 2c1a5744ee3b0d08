package org.youthimages.judging.edition.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.youthimages.judging.base.ui.Actions;
import org.youthimages.judging.base.ui.CurrentAccount;
import org.youthimages.judging.base.ui.Notifications;
import org.youthimages.storage.translation.EditionTranslations;
import org.youthimages.storage.translation.TranslatableText;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The edition's own texts (name, theme, rules, and the names of its categories, themes, prizes, rounds and
 * criteria, and the criteria's labelled points) in each language of the public site. Each field shows the text as
 * written; an empty field means the public pages show that original.
 */
class TranslationsEditor extends VerticalLayout {

    /**
     * Lets the text typed in a field set its direction (Arabic right to left, the others left to right) while the
     * label and the original beside it keep the screen's.
     */
    private static final String TEXT_DIRECTION_FOLLOWS_CONTENT = """
            customElements.whenDefined(this.localName).then(() => requestAnimationFrame(() => {
                const input = this.inputElement || this.querySelector('input, textarea');
                if (input) { input.dir = 'auto'; }
            }));""";

    final Select<String> language = new Select<>();
    final Map<String, AbstractField<?, String>> fields = new LinkedHashMap<>();
    final Button save = new Button();
    private final EditionTranslations translations;
    private final long editionId;

    TranslationsEditor(EditionTranslations translations, long editionId) {
        this.translations = translations;
        this.editionId = editionId;
        setPadding(false);
        Paragraph intro = new Paragraph(getTranslation("translations.intro"));
        intro.addClassName("yi-intro");
        language.setLabel(getTranslation("translations.language"));
        language.setItems(EditionTranslations.LANGUAGES);
        language.setItemLabelGenerator(code -> {
            Locale locale = Locale.forLanguageTag(code);
            return locale.getDisplayLanguage(locale);
        });
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50rem", 2));
        for (TranslatableText text : translations.texts(CurrentAccount.require(), editionId)) {
            if (text.original().isBlank()) {
                continue;
            }
            AbstractField<?, String> field = field(text);
            fields.put(text.key(), field);
            form.add(field);
            if (text.field().multiline()) {
                form.setColspan(field, 2);
            }
        }
        save.setText(getTranslation("translations.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save());
        language.addValueChangeListener(change -> load(change.getValue()));
        add(intro, language, form, save);
        language.setValue("fr");
    }

    private AbstractField<?, String> field(TranslatableText text) {
        String label = getTranslation("translations.field." + text.field().name(), text.owner(), text.detail());
        String helper = getTranslation("translations.original", text.original());
        AbstractField<?, String> field;
        if (text.field().multiline()) {
            TextArea area = new TextArea(label);
            area.setHelperText(helper);
            area.setWidthFull();
            field = area;
        } else {
            TextField line = new TextField(label);
            line.setHelperText(helper);
            line.setWidthFull();
            field = line;
        }
        field.addAttachListener(attached -> field.getElement().executeJs(TEXT_DIRECTION_FOLLOWS_CONTENT));
        return field;
    }

    private void load(String code) {
        Map<String, String> stored = translations.translations(CurrentAccount.require(), editionId, code);
        fields.forEach((key, field) -> field.setValue(stored.getOrDefault(key, "")));
    }

    private void save() {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach((key, field) -> texts.put(key, field.getValue()));
        if (Actions.run(this, () -> translations.save(CurrentAccount.require(), editionId, language.getValue(), texts))) {
            Notifications.success(getTranslation("translations.saved", language.getValue()));
        }
    }
}
