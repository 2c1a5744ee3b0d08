package org.youthimages.judging.film.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.youthimages.judging.base.ui.Formats;
import org.youthimages.storage.judging.FilmSheet;

import java.util.Locale;

/** What the juror reads beside the player, cut by the round's rules before it ever reached this page. */
class FilmFacts extends Div {

    FilmFacts(FilmSheet film) {
        addClassName("yi-film-facts");
        H2 title = new H2(film.title());
        title.addClassName("yi-film-title");
        DescriptionList facts = new DescriptionList();
        fact(facts, "film.reference", film.reference());
        fact(facts, "film.category", film.category());
        fact(facts, "film.language", language(film.originalLanguage()));
        fact(facts, "film.subtitles", language(film.subtitleLanguage()));
        fact(facts, "film.duration", Formats.duration(film.durationMs()));
        fact(facts, "film.themes", String.join(", ", film.themes()));
        fact(facts, "film.country", film.country() == null ? null
                : new Locale.Builder().setRegion(film.country()).build().getDisplayCountry(getLocale()));
        if (film.footage() != null && !"NONE".equals(film.footage())) {
            fact(facts, "film.footage", getTranslation("film.footage." + film.footage())
                    + (film.footageDetails().isBlank() ? "" : ": " + film.footageDetails()));
        }
        if (film.entrant() != null) {
            fact(facts, "film.entrant", film.entrant().name());
            fact(facts, "film.organisation", film.entrant().organisation());
            fact(facts, "film.team", String.join(", ", film.entrant().team()));
        }
        Paragraph synopsis = new Paragraph(film.synopsis());
        synopsis.addClassName("yi-synopsis");
        Paragraph blind = new Paragraph(getTranslation(film.blind() ? "film.blind" : "film.notBlind"));
        blind.addClassName("yi-blind-note");
        add(title, synopsis, facts, blind);
    }

    private void fact(DescriptionList list, String key, String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }

    private String language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(getLocale());
        return name.isBlank() ? code : name.substring(0, 1).toUpperCase(getLocale()) + name.substring(1);
    }
}
