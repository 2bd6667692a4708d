package dev.ordo.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One Ordo service started from its built jar, as {@code ./ordo up} starts it. */
final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final Path jar;
    private final Path log;
    private final List<String> arguments;
    private final String readinessUrl;
    private Process process;

    ServiceProcess(String name, Path jar, Path log, List<String> arguments, String readinessUrl) {
        this.name = name;
        this.jar = jar;
        this.log = log;
        this.arguments = arguments;
        this.readinessUrl = readinessUrl;
    }

    void start() throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw package first");
        }
        List<String> command = new ArrayList<>(List.of(
                Ports.javaBinary(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "--sun-misc-unsafe-memory-access=allow",
                "--enable-native-access=ALL-UNNAMED",
                "-jar",
                jar.toString()));
        command.addAll(arguments);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                .start();
    }

    /** Waits until the service answers ready, at the latest until {@code deadline} (at least a few seconds more). */
    void awaitReady(Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        await(name + " ready at " + readinessUrl)
                .atMost(left.compareTo(Duration.ofSeconds(5)) < 0 ? Duration.ofSeconds(5) : left)
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited at start; see " + log);
                    }
                    try {
                        HttpResponse<Void> response = HTTP.send(
                                HttpRequest.newBuilder(URI.create(readinessUrl))
                                        .timeout(Duration.ofSeconds(2))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        return response.statusCode() == 200;
                    } catch (IOException e) {
                        return false;
                    }
                });
    }

    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    Path log() {
        return log;
    }
}
