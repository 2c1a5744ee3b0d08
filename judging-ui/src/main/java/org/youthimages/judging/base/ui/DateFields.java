package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import java.util.Locale;

/**
 * Date fields that every organiser reads the same way, whatever their language: ISO dates ("2027-03-04", as the
 * grids show them) and the 24-hour clock. Left to the English locale, Vaadin's fields read "3/4/2027, 11:59 PM",
 * which an organiser in Geneva or Nairobi takes for the 3rd of April.
 */
public final class DateFields {

    private static final String ISO_DATE = "yyyy-MM-dd";

    private DateFields() {
    }

    public static DatePicker unambiguous(DatePicker field) {
        field.setI18n(isoDates());
        return field;
    }

    public static DateTimePicker unambiguous(DateTimePicker field) {
        field.setDatePickerI18n(isoDates());
        field.setLocale(twentyFourHourClock(UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale()));
        return field;
    }

    /** The browser formats the time for the field's locale; British English keeps the language and drops AM/PM. */
    static Locale twentyFourHourClock(Locale locale) {
        return "en".equals(locale.getLanguage()) ? Locale.UK : locale;
    }

    private static DatePicker.DatePickerI18n isoDates() {
        return new DatePicker.DatePickerI18n().setDateFormat(ISO_DATE);
    }
}
