package org.youthimages.judging.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.youthimages.storage.account.Languages;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

/**
 * Every text of the judging interface, from the resource bundles {@code i18n/judging*.properties} (English, French,
 * Spanish). Arguments are formatted with {@link MessageFormat} in the user's language.
 */
@Singleton
public class Translations implements I18NProvider {

    static final String BUNDLE = "i18n.judging";
    private static final Logger LOG = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Languages.closest(locale == null ? null : locale.toLanguageTag());
        try {
            String pattern = Languages.texts(BUNDLE, language).getString(key);
            return params.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException e) {
            LOG.warn("No text for {} in {}", key, language);
            return "!" + key;
        }
    }
}
