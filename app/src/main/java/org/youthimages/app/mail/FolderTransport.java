package org.youthimages.app.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** With no SMTP server, each email becomes a {@code .eml} file in the outbox folder, and a line in the log. */
final class FolderTransport implements MailTransport {

    private static final Logger LOG = LoggerFactory.getLogger(FolderTransport.class);

    private final Path folder;

    FolderTransport(Path folder) {
        this.folder = folder;
    }

    @Override
    public void send(MimeMessage message, String name) throws MessagingException {
        Path file = folder.resolve(name + ".eml");
        try (OutputStream out = Files.newOutputStream(file)) {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Cannot write " + file, e);
        }
        LOG.info("Email to {} \"{}\" written to {} (no SMTP server configured)",
                message.getAllRecipients()[0], message.getSubject(), file);
    }
}
