package org.youthimages.app.mail;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.youthimages.app.site.ContactSettings;
import org.youthimages.app.testing.TestMailServer;
import org.youthimages.storage.embedded.DataFolder;
import org.youthimages.storage.mail.Email;
import org.youthimages.storage.mail.MailOutbox;
import org.youthimages.storage.mail.OutboundEmail;
import org.youthimages.storage.mail.OutboundEmailRepository;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailDeliveryIT implements TestPropertyProvider {

    @Inject MailDelivery delivery;
    @Inject MailOutbox outbox;
    @Inject OutboundEmailRepository emails;
    @Inject TransactionOperations<Connection> transactions;
    @Inject DataFolder dataFolder;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestMailServer.properties());
        properties.put("yi.contact.email", "contest@youth-images.example");
        return properties;
    }

    @BeforeEach
    void nothingElseIsDue() {
        while (delivery.deliverDue() > 0) {
            // other tests' emails, in the shared database
        }
    }

    @Test
    void deliversAQueuedEmailOnceWithTextAndHtmlInTheEntrantsLanguage() throws Exception {
        String to = unique();
        OutboundEmail queued = outbox.queue(new Email(to, "ar", "rtl", "TEST", "استلمنا فيلمك", "مرحبًا أمينة،",
                List.of("استلمنا ملف الفيديو."), "افتح", "افتح:", "http://localhost/entries/x", "فريق Youth Images").toOutbound());

        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(delivery.deliverDue()).isZero();

        List<MimeMessage> received = TestMailServer.messagesTo(to);
        assertThat(received).hasSize(1);
        MimeMessage message = received.getFirst();
        assertThat(message.getSubject()).isEqualTo("استلمنا فيلمك");
        assertThat(message.getMessageID()).as("the row's number and creation time at the sender's domain")
                .isEqualTo("<outbox-" + queued.id() + "." + queued.createdAt().toEpochMilli() + "@youth-images.example>");
        assertThat(message.getHeader("Reply-To")).as("a reply reaches the organisers, not no-reply")
                .containsExactly("contest@youth-images.example");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).contains("استلمنا ملف الفيديو.");
        assertThat(parts.getBodyPart(1).getContent().toString()).contains("dir=\"rtl\"", "lang=\"ar\"");
        OutboundEmail sent = emails.findById(queued.id()).orElseThrow();
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isEqualTo(1);
    }

    @Test
    void twoDeliverersAtOnceNeverSendAnEmailTwice() throws Exception {
        String to = unique();
        for (int i = 0; i < 12; i++) {
            outbox.queue(OutboundEmail.of(to, "en", "TEST", "Message " + i, "Body " + i, null));
        }

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(delivery::deliverDue);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(delivery::deliverDue);

        assertThat(first.get() + second.get()).isEqualTo(12);
        assertThat(TestMailServer.messagesTo(to)).hasSize(12)
                .extracting(MimeMessage::getSubject).doesNotHaveDuplicates();
    }

    @Test
    void retriesLaterWhenTheServerIsDownAndGivesUpAfterTheLastAttempt() throws Exception {
        String to = unique();
        OutboundEmail queued = outbox.queue(OutboundEmail.of(to, "en", "TEST", "Retry me", "Body", null));
        MailDelivery unreachable = new MailDelivery(emails, transactions, new MailSettings("127.0.0.1", closedPort(),
                null, null, MailSettings.Security.NONE, "test@youth-images.example", Duration.ofHours(1), 2,
                Duration.ofMinutes(1)), dataFolder, new ContactSettings(null));

        assertThat(unreachable.deliverDue()).isZero();
        OutboundEmail failedOnce = emails.findById(queued.id()).orElseThrow();
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.sendAfter()).isAfter(Instant.now().plusSeconds(50));
        assertThat(failedOnce.lastError()).isNotBlank();
        assertThat(failedOnce.failedAt()).isNull();

        emails.update(dueNow(failedOnce));
        unreachable.deliverDue();
        assertThat(emails.findById(queued.id()).orElseThrow().failedAt()).isNotNull();
        assertThat(delivery.deliverDue()).isZero();
    }

    @Test
    void withoutSmtpWritesEachEmailToTheOutboxFolder() throws Exception {
        String to = unique();
        OutboundEmail queued = outbox.queue(OutboundEmail.of(to, "fr", "TEST", "Film reçu", "Merci !", null));
        MailDelivery folder = new MailDelivery(emails, transactions, new MailSettings(null, 587, null, null,
                MailSettings.Security.STARTTLS, "test@youth-images.example", Duration.ofHours(1), 3,
                Duration.ofMinutes(1)), dataFolder, new ContactSettings(null));

        assertThat(folder.deliverDue()).isEqualTo(1);

        Path file = dataFolder.root().resolve("outbox").resolve(queued.id() + "-TEST.eml");
        assertThat(Files.readString(file)).contains(to, "Merci !");
        assertThat(emails.findById(queued.id()).orElseThrow().sentAt()).isNotNull();
    }

    private static OutboundEmail dueNow(OutboundEmail e) {
        return new OutboundEmail(e.id(), e.recipient(), e.locale(), e.kind(), e.subject(), e.bodyText(), e.bodyHtml(),
                e.createdAt(), Instant.now().minusSeconds(1), e.attempts(), e.sentAt(), e.failedAt(), e.lastError());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String unique() {
        return "mail-" + UUID.randomUUID() + "@example.org";
    }
}
