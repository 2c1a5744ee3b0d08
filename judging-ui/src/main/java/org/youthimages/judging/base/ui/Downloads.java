package org.youthimages.judging.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Links that download a file made when clicked, on behalf of the signed-in organiser. */
public final class Downloads {

    /** Writes the file's content; runs on the request of the download. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Text written as the download's characters. */
    @FunctionalInterface
    public interface Text {
        void write(Appendable out);
    }

    private Downloads() {
    }

    public static Link link(String label, String fileName, String contentType, Content content) {
        return new Link(label, fileName, contentType, -1, content);
    }

    /** A file whose size is known, so the browser shows how much of it is left to download. */
    public static Link link(String label, String fileName, String contentType, long size, Content content) {
        return new Link(label, fileName, contentType, size, content);
    }

    /** A UTF-8 CSV file, with a byte order mark so spreadsheets read accents right. */
    public static Link csv(String label, String fileName, Text text) {
        return link(label, fileName, "text/csv; charset=utf-8", out -> {
            // CSV printers close what they write to; the response stays open until the download is done
            Writer writer = new java.io.FilterWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            writer.write('\uFEFF');
            text.write(writer);
            writer.flush();
        });
    }

    /** A download link; {@link #contentAsText()} makes the file as the click would (for tests and checks). */
    public static final class Link extends Anchor {

        private final transient Content content;

        Link(String label, String fileName, String contentType, long size, Content content) {
            this.content = content;
            setHref((DownloadHandler) event -> {
                event.setFileName(fileName);
                event.setContentType(contentType);
                if (size >= 0) {
                    event.setContentLength(size);
                }
                content.write(event.getOutputStream());
            }, AttachmentType.DOWNLOAD);
            add(VaadinIcon.DOWNLOAD_ALT.create());
            add(label);
            addClassName("yi-download");
        }

        public String contentAsText() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                content.write(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }
}
