package dev.ordo.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.gateway.support.GatewayTestSupport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Attachments' uploads (up to the comments service's 25 MB, with their multipart framing) pass the gateway,
 * streamed as they come, while every other path keeps the platform's small body limit
 * ({@code ordo.web.large-bodies} in the gateway's application.yml).
 */
class AttachmentUploadIT extends GatewayTestSupport {

    private static final int FILE = 25 * 1024 * 1024;

    @Test
    void aFileOfTheMaximumSizeReachesTheCommentsServiceWholeWithOrWithoutALength() {
        String boundary = "b" + UUID.randomUUID();
        byte[] body = multipart(boundary, FILE);
        for (boolean withLength : new boolean[] {true, false}) {
            String path = "/api/v1/comments/" + UUID.randomUUID() + "/attachments";

            HttpResponse<String> response = send(request(path)
                    .header("Authorization", "Bearer " + tokenForSomeone())
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(
                            withLength
                                    ? HttpRequest.BodyPublishers.ofByteArray(body)
                                    : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(COMMENTS.received(path)).singleElement().satisfies(received -> {
                assertThat(received.header("Content-Type")).isEqualTo("multipart/form-data; boundary=" + boundary);
                assertThat(received.body()).hasSize(body.length);
                assertThat(received.body()).endsWith("--" + boundary + "--\r\n");
            });
        }
    }

    @Test
    void theSameSizeToAnyOtherPathIsRefusedWith413BeforeItsBodyIsRead() {
        for (String path : new String[] {"/api/v1/tasks", "/api/v1/comments", "/api/v1/comments/x/attachments/y"}) {
            String answer = headersOnly(path, multipart("b", FILE).length);

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer)
                    .containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("https://ordo.dev/problems/body-too-large");
        }
        assertThat(TASKS.received("/api/v1/tasks")).isEmpty();
    }

    @Test
    void anUploadOverItsOwnLimitIsRefusedWith413Too() {
        String path = "/api/v1/comments/" + UUID.randomUUID() + "/attachments";

        String answer = headersOnly(path, 27 * 1024 * 1024);

        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(COMMENTS.received(path)).isEmpty();
    }

    /** A multipart body with one part, {@code size} bytes of ASCII (so the fake service's text is as long). */
    private static byte[] multipart(String boundary, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + 256);
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] file = new byte[size];
        Arrays.fill(file, (byte) 'x');
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /**
     * Sends only the headers of a POST announcing {@code length} bytes and reads the answer: one the gateway
     * gives before reading the body.
     */
    private String headersOnly(String path, long length) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + tokenForSomeone()
                            + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + length
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readAnswer(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status line, headers and body of one answer (by its Content-Length), without waiting for the close. */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?i)content-length: (\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }
}
