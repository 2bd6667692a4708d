package dev.ordo.tools.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code ./ordo mail [EMAIL]}: prints what the development mail server received, newest first, each
 * message with its sender, recipients, date, subject and decoded text, so a link in it can be followed.
 * Reads GreenMail's REST API ({@code GET /api/user}, {@code GET /api/user/{email}/messages/INBOX}) and
 * decodes the raw MIME with jakarta.mail.
 *
 * <p>Usage: {@code PrintMail API_URL [EMAIL]}. Exit status 0 (also when there is no mail), 2 when the
 * server does not answer.
 */
public final class PrintMail {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Session session = Session.getInstance(new Properties());
    private final String api;
    private final PrintStream out;

    PrintMail(String api, PrintStream out) {
        this.api = api.endsWith("/") ? api.substring(0, api.length() - 1) : api;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: PrintMail API_URL [EMAIL]");
            System.exit(64);
        }
        PrintMail printer = new PrintMail(args[0], new PrintStream(System.out, true, StandardCharsets.UTF_8));
        try {
            printer.print(args.length == 2 ? args[1] : null);
        } catch (ConnectException e) {
            System.err.println("the mail server's API does not answer at " + args[0] + " (is ./ordo up running?)");
            System.exit(2);
        }
    }

    void print(String email) throws IOException, InterruptedException, MessagingException {
        List<Mail> mails = new ArrayList<>();
        for (String mailbox : email == null ? mailboxes() : List.of(email)) {
            for (JsonNode message : messages(mailbox)) {
                mails.add(parse(message));
            }
        }
        // One message to several recipients sits in each of their mailboxes: show it once.
        Map<String, Mail> unique = new LinkedHashMap<>();
        mails.stream()
                .sorted(Comparator.comparing(Mail::sent, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Mail::uid)
                        .reversed())
                .forEach(mail ->
                        unique.putIfAbsent(mail.messageId() == null ? "uid:" + mail.uid() : mail.messageId(), mail));
        if (unique.isEmpty()) {
            out.println(email == null ? "No mail yet." : "No mail for " + email + ".");
            return;
        }
        int n = 0;
        for (Mail mail : unique.values()) {
            n++;
            out.printf("=== %d of %d %s%n", n, unique.size(), "=".repeat(60));
            out.println("Date:    " + (mail.sent() == null ? "(none)" : DATE.format(mail.sent())));
            out.println("From:    " + mail.from());
            out.println("To:      " + mail.to());
            out.println("Subject: " + mail.subject());
            out.println();
            out.println(mail.text().strip());
            out.println();
        }
    }

    private List<String> mailboxes() throws IOException, InterruptedException {
        List<String> emails = new ArrayList<>();
        for (JsonNode user : get("/api/user")) {
            emails.add(user.path("email").asText());
        }
        return emails;
    }

    private JsonNode messages(String email) throws IOException, InterruptedException {
        String path =
                "/api/user/" + URLEncoder.encode(email, StandardCharsets.UTF_8).replace("+", "%20") + "/messages/INBOX";
        HttpResponse<String> response = send(path);
        // GreenMail creates a mailbox on first delivery: no mailbox means no mail yet.
        if (response.statusCode() == 400 || response.statusCode() == 404) {
            return json.createArrayNode();
        }
        return body(path, response);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        return body(path, send(path));
    }

    private HttpResponse<String> send(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode body(String path, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException("GET " + api + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    private Mail parse(JsonNode message) throws MessagingException, IOException {
        byte[] raw = message.path("mimeMessage").asText().getBytes(StandardCharsets.UTF_8);
        MimeMessage mime = new MimeMessage(session, new ByteArrayInputStream(raw));
        Instant sent = mime.getSentDate() == null ? null : mime.getSentDate().toInstant();
        return new Mail(
                message.path("uid").asLong(),
                mime.getMessageID(),
                sent,
                String.join(", ", header(mime, "From")),
                String.join(", ", header(mime, "To")),
                mime.getSubject() == null ? "(no subject)" : mime.getSubject(),
                text(mime));
    }

    private static List<String> header(MimeMessage mime, String name) throws MessagingException {
        String value = mime.getHeader(name, ", ");
        return value == null ? List.of("(none)") : List.of(jakarta.mail.internet.MimeUtility.unfold(decode(value)));
    }

    private static String decode(String value) {
        try {
            return jakarta.mail.internet.MimeUtility.decodeText(value);
        } catch (IOException e) {
            return value;
        }
    }

    /** The plain-text part; failing that, the HTML part with its tags removed. */
    static String text(Part part) throws MessagingException, IOException {
        String plain = find(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = find(part, "text/html");
        return html == null
                ? "(no text part)"
                : html.replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t]+", " ");
    }

    private static String find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return String.valueOf(part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    record Mail(long uid, String messageId, Instant sent, String from, String to, String subject, String text) {}
}
