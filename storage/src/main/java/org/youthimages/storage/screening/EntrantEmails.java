package org.youthimages.storage.screening;

import jakarta.inject.Singleton;
import org.youthimages.storage.edition.Edition;
import org.youthimages.storage.entry.Entry;
import org.youthimages.storage.entry.Person;
import org.youthimages.storage.entry.PersonRepository;
import org.youthimages.storage.mail.MailOutbox;
import org.youthimages.storage.mail.OutboundEmail;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Tells the entrant the organisers' eligibility decision, in the language they entered in (one of the six UN
 * languages), queued in the outbox in the decision's transaction.
 */
@Singleton
class EntrantEmails {

    static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "zh", "ru");

    private final PersonRepository people;
    private final MailOutbox outbox;

    EntrantEmails(PersonRepository people, MailOutbox outbox) {
        this.people = people;
        this.outbox = outbox;
    }

    void eligibility(Entry entry, Edition edition, Entry.Eligibility decision, String reason) {
        Person entrant = people.findByEntryIdAndRole(entry.id(), Person.Role.ENTRANT).orElse(null);
        if (entrant == null || entrant.email() == null || entrant.erasedAt() != null) {
            return;
        }
        Locale locale = locale(entry.locale());
        ResourceBundle texts = ResourceBundle.getBundle("i18n.entrant-emails", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String closes = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(locale)
                .withZone(edition.zone()).format(edition.submissionsCloseAt());
        Object[] arguments = {entrant.givenName(), entry.title(), entry.reference(), edition.name(),
                reason == null ? "" : reason, closes};
        String key = "eligibility." + decision.name();
        String subject = new MessageFormat(texts.getString(key + ".subject"), locale).format(arguments);
        String body = new MessageFormat(texts.getString(key + ".body"), locale).format(arguments);
        outbox.queue(OutboundEmail.of(entrant.email(), locale.getLanguage(), "ELIGIBILITY_" + decision.name(),
                subject, body, null));
    }

    static Locale locale(String tag) {
        String language = tag == null ? "en" : Locale.forLanguageTag(tag.replace('_', '-')).getLanguage();
        return Locale.forLanguageTag(LANGUAGES.contains(language) ? language : "en");
    }
}
