package org.youthimages.app.site;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Formats;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.LanguageResolver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What every public page's layout needs beside its own content: the language, its direction, the switcher. */
@Singleton
public class Pages {

    private final LanguageResolver languages;

    Pages(LanguageResolver languages) {
        this.languages = languages;
    }

    public Language language(HttpRequest<?> request) {
        return languages.language(request);
    }

    public Map<String, Object> model(HttpRequest<?> request, Map<String, ?> content) {
        Language language = language(request);
        Map<String, Object> model = new HashMap<>(content);
        model.put("lang", language);
        model.put("fmt", new Formats(language));
        model.put("languages", List.of(Language.values()));
        model.put("path", request.getPath());
        return model;
    }
}
