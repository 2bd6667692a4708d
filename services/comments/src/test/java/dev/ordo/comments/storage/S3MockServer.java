package dev.ordo.comments.storage;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real S3-compatible server for the tests: Adobe S3Mock, run as a process of its own from its Maven
 * Central jar (failsafe copies it to target/s3mock; it is a Spring Boot application of another Boot line,
 * so it cannot share the tests' class path). One per test JVM, on free ports, stopped with the JVM.
 */
final class S3MockServer {

    static final String JAR_PROPERTY = "ordo.test.s3mock-jar";

    private static S3MockServer running;

    private final Process process;
    private final URI endpoint;

    private S3MockServer(Process process, URI endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    /** The server, started on first use. */
    static synchronized S3MockServer get() {
        if (running == null) {
            running = start();
            Runtime.getRuntime().addShutdownHook(new Thread(running.process::destroy));
        }
        return running;
    }

    URI endpoint() {
        return endpoint;
    }

    private static S3MockServer start() {
        Path jar = Path.of(System.getProperty(JAR_PROPERTY, "target/s3mock/s3mock.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No S3Mock jar at " + jar.toAbsolutePath()
                    + ": run the tests with Maven (failsafe copies it in pre-integration-test)");
        }
        try {
            Path root = Files.createTempDirectory("s3mock-");
            Path log = jar.resolveSibling("s3mock.log");
            int http = freePort();
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m",
                    "-XX:TieredStopAtLevel=1",
                    "-jar",
                    jar.toAbsolutePath().toString(),
                    "--http.port=" + http,
                    // its HTTPS port and those of its S3 Vectors API (9092 by default: Kafka's) are never used
                    "--server.port=" + freePort(),
                    "--vectors.http.port=" + freePort(),
                    "--vectors.https.port=" + freePort(),
                    "--server.address=127.0.0.1",
                    "--com.adobe.testing.s3mock.store.root=" + root,
                    "--com.adobe.testing.s3mock.max-payload-size=64MB"));
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            URI endpoint = URI.create("http://127.0.0.1:" + http);
            await().atMost(Duration.ofMinutes(3))
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("S3Mock exited; see " + log, () -> !process.isAlive())
                    .until(() -> answers(endpoint));
            return new S3MockServer(process, endpoint);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean answers(URI endpoint) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(endpoint.resolve("/"))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 500;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
