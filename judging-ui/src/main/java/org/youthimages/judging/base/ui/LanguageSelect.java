package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.youthimages.storage.account.AccountPreferences;
import org.youthimages.storage.account.Languages;

import java.util.Locale;

/**
 * The interface language, switchable at any time: stored on the account when signed in (so it follows the user to
 * other devices and to emails), else for this session only.
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(AccountPreferences preferences) {
        setItems(Languages.SUPPORTED);
        setItemLabelGenerator(locale -> capitalised(locale.getDisplayLanguage(locale)));
        setValue(Languages.closest(UI.getCurrent().getLocale().toLanguageTag()));
        setAriaLabel(getTranslation("language.label"));
        addClassName("yi-language");
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                change(preferences, event.getValue());
            }
        });
    }

    private static void change(AccountPreferences preferences, Locale locale) {
        CurrentAccount.get().ifPresentOrElse(
                account -> CurrentAccount.update(preferences.changeLanguage(account, locale.getLanguage())),
                () -> {
                    com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(locale);
                    UI.getCurrent().setLocale(locale);
                });
        UI.getCurrent().getPage().reload();
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase() + name.substring(1);
    }
}
