package org.youthimages.app.site;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.youthimages.app.i18n.Formats;
import org.youthimages.app.i18n.Language;
import org.youthimages.app.i18n.LanguageResolver;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every public page's layout needs beside its own content: the language, its direction, the switcher, the
 * fingerprinted addresses of the static files and the organisers' contact address.
 */
@Singleton
public class Pages {

    private final LanguageResolver languages;
    private final ThymeleafViewsRenderer<Map<String, Object>> renderer;
    private final StaticAssets assets;
    private final ContactSettings contact;

    Pages(LanguageResolver languages, ThymeleafViewsRenderer<Map<String, Object>> renderer, StaticAssets assets,
          ContactSettings contact) {
        this.languages = languages;
        this.renderer = renderer;
        this.assets = assets;
        this.contact = contact;
    }

    /**
     * Renders a page completely before anything is sent, so a template error becomes a clean error response
     * instead of a half-written page on a connection left open.
     */
    public MutableHttpResponse<String> page(HttpRequest<?> request, String view, HttpStatus status,
                                            Map<String, ?> content) {
        StringWriter html = new StringWriter();
        try {
            renderer.render(view, model(request, content), request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + view, e);
        }
        return HttpResponse.<String>status(status).contentType(MediaType.TEXT_HTML_TYPE.toString() + ";charset=utf-8")
                .body(html.toString());
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
        model.put("assets", assets);
        model.put("contact", contact.email());
        return model;
    }
}
