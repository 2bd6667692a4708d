package dev.ordo.identity.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real SMTP server (GreenMail) in the test JVM, which the service under test sends its mails to
 * ({@code spring.mail.host/port} point at it). Tests read what really arrived and follow its links. One
 * server for the whole run, on a port of its own; tests keep apart by using fresh addresses.
 */
public final class Mailbox implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String APP_URL = "http://app.ordo.test";

    private static final int PORT = freePort();
    private static GreenMail server = start();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                        "spring.mail.host=127.0.0.1", "spring.mail.port=" + PORT, "ordo.identity.app-url=" + APP_URL)
                .applyTo(context);
    }

    /** The SMTP server goes away (connections are refused) until {@link #startServer()}. */
    public static synchronized void stopServer() {
        server.stop();
    }

    /** A new server on the same port; mails received before are gone. */
    public static synchronized void startServer() {
        server = start();
    }

    /** Waits for the first mail to {@code to} whose subject contains {@code subject}. */
    public static Received awaitMail(String to, String subject) {
        return awaitMails(to, subject, 1).getFirst();
    }

    /** Waits until {@code count} mails to {@code to} with {@code subject} arrived; returns them, oldest first. */
    public static List<Received> awaitMails(String to, String subject, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(to, subject).size() >= count);
        return mailsTo(to, subject);
    }

    /** What arrived for {@code to} with {@code subject} so far, oldest first. */
    public static synchronized List<Received> mailsTo(String to, String subject) {
        List<Received> found = new ArrayList<>();
        for (MimeMessage message : server.getReceivedMessages()) {
            Received received = Received.of(message);
            if (received.to().contains(to) && received.subject().contains(subject)) {
                found.add(received);
            }
        }
        return found;
    }

    private static GreenMail start() {
        GreenMail greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mail as it arrived: its headers and both renderings. */
    public record Received(List<String> to, String from, String subject, String text, String html) {

        static Received of(MimeMessage message) {
            try {
                List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .map(a -> ((InternetAddress) a).getAddress())
                        .toList();
                List<String> text = new ArrayList<>();
                List<String> html = new ArrayList<>();
                collect(message, text, html);
                return new Received(
                        to,
                        message.getFrom()[0].toString(),
                        message.getSubject(),
                        String.join("", text),
                        String.join("", html));
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException("cannot read a received mail", e);
            }
        }

        private static void collect(Part part, List<String> text, List<String> html)
                throws MessagingException, IOException {
            if (part.isMimeType("text/plain")) {
                text.add((String) part.getContent());
            } else if (part.isMimeType("text/html")) {
                html.add((String) part.getContent());
            } else if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    collect(body, text, html);
                }
            }
        }

        /** The token of the first link to {@code <app URL><path>?token=…} in the plain text. */
        public String tokenOf(String path) {
            return findToken(text, path)
                    .orElseThrow(() -> new AssertionError("no " + path + " link in the mail:\n" + text));
        }

        public static Optional<String> findToken(String body, String path) {
            Matcher matcher = Pattern.compile(Pattern.quote(APP_URL + path) + "\\?token=([A-Za-z0-9_-]+)")
                    .matcher(body);
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        }
    }
}
