package dev.ordo.e2e;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A real SMTP server (GreenMail) in the test JVM, where identity sends its mails during the system tests. */
final class SmtpServer {

    private final int port = Ports.free();
    private final GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    SmtpServer() {
        greenMail.start();
    }

    int port() {
        return port;
    }

    /** The token of the newest {@code <app URL><path>?token=…} link mailed to {@code to}. */
    String awaitToken(String to, String path) {
        Pattern link = Pattern.compile(Pattern.quote(path) + "\\?token=([A-Za-z0-9_-]+)");
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> find(to, link), Optional::isPresent)
                .orElseThrow();
    }

    private Optional<String> find(String to, Pattern link) throws MessagingException, IOException {
        MimeMessage[] messages = greenMail.getReceivedMessages();
        for (int i = messages.length - 1; i >= 0; i--) {
            boolean forThem = Arrays.stream(messages[i].getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(to));
            Matcher matcher = link.matcher(plainText(messages[i]));
            if (forThem && matcher.find()) {
                return Optional.of(matcher.group(1));
            }
        }
        return Optional.empty();
    }

    /** How many mails {@code to} has been sent whose subject contains {@code words}. */
    long count(String to, String words) throws MessagingException {
        long count = 0;
        for (MimeMessage message : greenMail.getReceivedMessages()) {
            boolean forThem = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().contains(to));
            if (forThem && message.getSubject() != null && message.getSubject().contains(words)) {
                count++;
            }
        }
        return count;
    }

    /** The decoded text/plain parts (the raw body may be quoted-printable). */
    private static String plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        StringBuilder text = new StringBuilder();
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(plainText(multipart.getBodyPart(i)));
            }
        }
        return text.toString();
    }

    void stop() {
        greenMail.stop();
    }
}
