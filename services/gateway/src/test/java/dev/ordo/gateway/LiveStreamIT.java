package dev.ordo.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import dev.ordo.gateway.support.FakeService;
import dev.ordo.gateway.support.GatewayTestSupport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The notifications' live stream (server-sent events) passes the gateway as it is written: each event reaches the
 * client while the stream is still open, and a pause longer than the gateway's read timeout does not cut it
 * ({@code ordo.gateway.streams.*}).
 */
class LiveStreamIT extends GatewayTestSupport {

    private static final String END = "\u0000end";
    private static final HttpClient HTTP =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void eventsReachTheClientOneByOneWhileTheStreamIsOpenEvenAfterASilenceLongerThanTheReadTimeout() {
        // the JDK's HTTP server sends the answer's head with its first write
        NOTIFICATIONS.stream("id:1\nevent:notification\ndata:{\"n\":1}\n\n");
        BlockingQueue<String> lines = open("/api/v1/notifications/stream");

        assertThat(next(lines)).isEqualTo("id:1");
        assertThat(next(lines)).isEqualTo("event:notification");
        assertThat(next(lines)).isEqualTo("data:{\"n\":1}");
        assertThat(next(lines)).isEmpty();

        // the second event does not exist before the client has the first: nothing was held back
        NOTIFICATIONS.stream(": heartbeat\n\n");
        assertThat(next(lines)).isEqualTo(": heartbeat");
        assertThat(next(lines)).isEmpty();

        // the service is silent for longer than spring.http.clients.read-timeout (2 s here), then speaks again
        NOTIFICATIONS.stream(FakeService.SILENCE);
        NOTIFICATIONS.stream("id:2\nevent:unread-count\ndata:{\"count\":2}\n\n");
        assertThat(next(lines)).isEqualTo("id:2");
        assertThat(next(lines)).isEqualTo("event:unread-count");
        assertThat(next(lines)).isEqualTo("data:{\"count\":2}");
        assertThat(next(lines)).isEmpty();

        NOTIFICATIONS.stream(FakeService.END_OF_STREAM);
        assertThat(next(lines)).isEqualTo(END);
    }

    @Test
    void aClientThatGoesAwayFreesTheServicesConnectionAtTheNextHeartbeat() throws Exception {
        int cutOffBefore = NOTIFICATIONS.streamsCutOff();
        NOTIFICATIONS.stream("id:1\nevent:notification\ndata:{}\n\n");
        try (Socket client = new Socket("127.0.0.1", port)) {
            client.getOutputStream()
                    .write(("GET /api/v1/notifications/stream HTTP/1.1\r\nHost: gateway\r\n"
                                    + "Authorization: Bearer " + tokenForSomeone() + "\r\n"
                                    + "Accept: text/event-stream\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); !"data:{}".equals(line); line = in.readLine()) {
                assertThat(line).as("the stream ended before its first event").isNotNull();
            }
        } // the browser tab is closed

        // the service keeps its heartbeats coming, as the real one does; the gateway fails to pass one on and must
        // then hang up on the service too, not read the endless stream to its end to reuse the connection
        await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)) // each poll is a heartbeat of the service
                .until(() -> {
                    NOTIFICATIONS.stream(": heartbeat\n\n");
                    return NOTIFICATIONS.streamsCutOff() > cutOffBefore;
                });
        NOTIFICATIONS.forgetFrames();
    }

    /** Opens the stream through the gateway and reads its lines on a thread of their own. */
    private BlockingQueue<String> open(String path) {
        HttpResponse<Stream<String>> response;
        try {
            response = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Authorization", "Bearer " + tokenForSomeone())
                            .header("Accept", "text/event-stream")
                            .build(),
                    HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread.ofVirtual().start(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException e) {
                lines.add("failed: " + e);
            }
            lines.add(END);
        });
        return lines;
    }

    private static String next(BlockingQueue<String> lines) {
        try {
            String line = lines.poll(10, TimeUnit.SECONDS);
            return line == null ? fail("no line within 10 s") : line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
