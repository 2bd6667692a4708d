package dev.ordo.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.Uuid;

/**
 * A real Kafka broker (KRaft, one node) as its own process, from the same jars and configuration
 * template {@code ./ordo up} uses. Unlike an in-process broker it can be stopped and started again on
 * the same data, which is what the outage journey needs.
 */
final class KafkaProcess {

    private final Path root;
    private final Path dir;
    private final int port;
    private final int controllerPort;
    private Process process;

    KafkaProcess(Path root, Path dir) throws IOException {
        this.root = root;
        this.dir = dir;
        this.port = Ports.free();
        this.controllerPort = Ports.free();
        Files.createDirectories(dir);
        String template = Files.readString(root.resolve("tools/kafka-server/src/main/resources/server.properties"));
        String config = template.replace("@KAFKA_DATA_DIR@", dir.resolve("data").toString())
                .replace("127.0.0.1:9092", "127.0.0.1:" + port)
                .replace("127.0.0.1:9093", "127.0.0.1:" + controllerPort);
        Files.writeString(dir.resolve("server.properties"), config);
        run(
                "kafka.tools.StorageTool",
                "format",
                "-t",
                Uuid.randomUuid().toString(),
                "-c",
                dir.resolve("server.properties").toString());
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    void start() throws IOException {
        Path log = dir.resolve("kafka.log");
        process = new ProcessBuilder(
                        command("kafka.Kafka", dir.resolve("server.properties").toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        await("Kafka on port " + port)
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Kafka exited; see " + log);
                    }
                    return Ports.accepts(port) && Files.readString(log).contains("Kafka Server started");
                });
    }

    /** Stops the broker the hard way, as a crash or a lost machine would. */
    void kill() {
        if (process != null) {
            process.destroyForcibly();
            await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive() && !Ports.accepts(port));
            // the log is appended to on restart; mark the boundary so start() waits for the new line
            try {
                Path log = dir.resolve("kafka.log");
                Files.move(log, dir.resolve("kafka-" + System.nanoTime() + ".log"));
            } catch (IOException ignored) {
                // a missing log only means start() will wait for a fresh one
            }
        }
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private void run(String mainClass, String... args) throws IOException {
        Process tool = new ProcessBuilder(command(mainClass, args))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dir.resolve("storage-tool.log").toFile()))
                .start();
        try {
            if (!tool.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || tool.exitValue() != 0) {
                throw new IllegalStateException("kafka storage format failed; see " + dir.resolve("storage-tool.log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Ports.javaBinary(),
                "-Xms64m",
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "--sun-misc-unsafe-memory-access=allow",
                "--enable-native-access=ALL-UNNAMED",
                "-Dlog4j2.configurationFile=" + root.resolve("tools/kafka-server/src/main/resources/kafka-log4j2.xml"),
                "-cp",
                root.resolve("tools/kafka-server/target/lib").toString() + "/*",
                mainClass));
        command.addAll(List.of(args));
        return command;
    }
}
