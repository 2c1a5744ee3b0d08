package org.youthimages.storage.mail;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

import static org.unbescape.html.HtmlEscape.escapeHtml4Xml;

/**
 * An email as a few plain parts (greeting, paragraphs, one action link, sign-off), written as both plain text and
 * simple accessible HTML, so every email looks alike and reads well in any client and language.
 *
 * @param actionLabel the action link's label, on the HTML button
 * @param actionLead  the line above the link in the plain text: the label with the language's own punctuation
 *                    ("Read and confirm:", "Lire et confirmer :", "阅读并确认：")
 */
public record Email(String recipient, String locale, String direction, String kind, String subject, String greeting,
                    List<String> paragraphs, @Nullable String actionLabel, @Nullable String actionLead,
                    @Nullable String actionUrl, String signOff) {

    public Email {
        paragraphs = List.copyOf(paragraphs);
    }

    public OutboundEmail toOutbound() {
        return OutboundEmail.of(recipient, locale, kind, subject, text(), html());
    }

    public String text() {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        paragraphs.forEach(p -> text.append(p).append("\n\n"));
        if (actionUrl != null) {
            text.append(actionLead).append('\n').append(actionUrl).append("\n\n");
        }
        return text.append(signOff).append('\n').toString();
    }

    public String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"").append(escapeHtml4Xml(locale))
                .append("\" dir=\"").append(direction).append("\"><head><meta charset=\"utf-8\"><title>")
                .append(escapeHtml4Xml(subject)).append("</title></head>")
                .append("<body style=\"font-family:system-ui,sans-serif;line-height:1.5;color:#1a1a1a;max-width:36rem\">")
                .append("<p>").append(escapeHtml4Xml(greeting)).append("</p>");
        paragraphs.forEach(p -> html.append("<p>").append(escapeHtml4Xml(p)).append("</p>"));
        if (actionUrl != null) {
            html.append("<p><a href=\"").append(escapeHtml4Xml(actionUrl))
                    .append("\" style=\"display:inline-block;background:#0a4f8a;color:#ffffff;padding:.7rem 1.2rem;")
                    .append("border-radius:.4rem;text-decoration:none;font-weight:600\">")
                    .append(escapeHtml4Xml(actionLabel)).append("</a></p><p style=\"font-size:.9rem;color:#4a4a4a\">")
                    .append(escapeHtml4Xml(actionUrl)).append("</p>");
        }
        return html.append("<p>").append(escapeHtml4Xml(signOff)).append("</p></body></html>").toString();
    }
}
