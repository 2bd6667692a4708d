package dev.ordo.notifications.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * GreenMail, a real SMTP server in the test JVM, on a free port that {@code spring.mail.*} points at: the tests read
 * the mails the service really sent. One for the whole run; tests keep apart by fresh addresses.
 */
public final class Mailbox implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String APP_URL = "http://app.ordo.test";

    private static final int PORT = freePort();
    private static final GreenMail SERVER = start();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT)
                .applyTo(context);
    }

    /** Waits until {@code count} mails reached {@code to}; returns every mail to them, oldest first. */
    public static List<Mail> awaitMails(String to, int count) {
        await("%d mails to %s".formatted(count, to))
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> mailsTo(to).size() >= count);
        return mailsTo(to);
    }

    /** What reached {@code to} so far, oldest first. */
    public static List<Mail> mailsTo(String to) {
        List<Mail> mails = new ArrayList<>();
        for (MimeMessage message : SERVER.getReceivedMessages()) {
            Mail mail = Mail.of(message);
            if (mail.to().equals(to)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mail as it arrived: the headers a test looks at and its two parts. */
    public record Mail(
            String to,
            String subject,
            String listUnsubscribe,
            String listUnsubscribePost,
            String contentType,
            String text,
            String html) {

        static Mail of(MimeMessage message) {
            try {
                StringBuilder text = new StringBuilder();
                StringBuilder html = new StringBuilder();
                parts(message, text, html);
                return new Mail(
                        message.getRecipients(Message.RecipientType.TO)[0].toString(),
                        message.getSubject(),
                        message.getHeader("List-Unsubscribe", null),
                        message.getHeader("List-Unsubscribe-Post", null),
                        message.getContentType(),
                        text.toString(),
                        html.toString());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("cannot read a received mail", e);
            }
        }

        private static void parts(Part part, StringBuilder text, StringBuilder html)
                throws MessagingException, IOException {
            if (part.isMimeType("text/plain")) {
                text.append((String) part.getContent());
            } else if (part.isMimeType("text/html")) {
                html.append((String) part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    parts(multipart.getBodyPart(i), text, html);
                }
            }
        }

        /** The unsubscribe link's path and query ({@code /api/v1/notifications/unsubscribe?token=…}). */
        public String unsubscribePath() {
            String url = listUnsubscribe.substring(1, listUnsubscribe.length() - 1);
            return url.substring(APP_URL.length());
        }
    }
}
