package dev.ordo.e2e;

import dev.ordo.testsupport.TestPostgres;
import dev.ordo.testsupport.TestRedis;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole system, started once for all system tests: a Kafka broker process, then identity, projects,
 * tasks, comments, notifications, search, calendar, audit and the gateway from their jars, on free ports, with their own test databases
 * ({@code ordo_test_e2e_*}) and Redis database 2 — nothing that a running {@code ./ordo up} uses.
 */
final class OrdoSystem {

    static final String ADMIN_EMAIL = "admin@e2e.ordo.test";
    static final int REDIS_DATABASE = Integer.parseInt(System.getenv().getOrDefault("ORDO_TEST_E2E_REDIS_DB", "2"));
    /** identity's key-encryption key for its signing keys: new for every run, as a deployment's would be secret. */
    static final String KEY_ENCRYPTION_KEY = randomBase64(32);
    /** The client secret projects uses to get service tokens for identity's user directory. */
    static final String DIRECTORY_CLIENT_SECRET = randomBase64(32);

    private static final Duration START_TIMEOUT = Duration.ofMinutes(6);

    private static OrdoSystem instance;

    private final KafkaProcess kafka;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final int gatewayPort = Ports.free();
    private final int identityManagementPort = Ports.free();
    private final SmtpServer smtp = new SmtpServer();

    private OrdoSystem() throws IOException {
        Path root =
                Path.of(System.getProperty("ordo.root", "..")).toAbsolutePath().normalize();
        Path work = root.resolve("e2e/target/system");
        Files.createDirectories(work);
        TestRedis.flush(REDIS_DATABASE);

        kafka = new KafkaProcess(root, work.resolve("kafka-" + System.currentTimeMillis()));

        int identityPort = Ports.free();
        int identityGrpcPort = Ports.free();
        int projectsPort = Ports.free();
        int tasksPort = Ports.free();
        int commentsPort = Ports.free();
        int notificationsPort = Ports.free();
        int searchPort = Ports.free();
        int calendarPort = Ports.free();
        int auditPort = Ports.free();
        int gatewayManagementPort = Ports.free();
        // every service's actuator (health, metrics, operator endpoints) answers only on its management port
        int projectsManagementPort = Ports.free();
        int tasksManagementPort = Ports.free();
        int commentsManagementPort = Ports.free();
        int notificationsManagementPort = Ports.free();
        int searchManagementPort = Ports.free();
        int calendarManagementPort = Ports.free();
        int auditManagementPort = Ports.free();
        String jwks = "--ordo.security.jwks-uri=http://127.0.0.1:" + identityPort + "/.well-known/jwks.json";
        String bootstrap = "--spring.kafka.bootstrap-servers=" + kafka.bootstrapServers();
        String redis = "--spring.data.redis.database=" + REDIS_DATABASE;

        services.add(new ServiceProcess(
                "identity",
                jar(root, "identity"),
                work.resolve("identity.log"),
                List.of(
                        "--server.port=" + identityPort,
                        "--management.server.port=" + identityManagementPort,
                        "--spring.grpc.server.port=" + identityGrpcPort,
                        "--spring.datasource.url=" + TestPostgres.freshDatabaseUrl("e2e_identity"),
                        "--spring.datasource.username=" + TestPostgres.role("e2e_identity"),
                        bootstrap,
                        redis,
                        "--ordo.identity.keys.encryption-key=" + KEY_ENCRYPTION_KEY,
                        "--ordo.identity.service-clients.projects=" + DIRECTORY_CLIENT_SECRET,
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.port(),
                        // every system test logs in from 127.0.0.1 through the gateway
                        "--ordo.identity.login-rate-limit.ip-attempts=1000"),
                "http://127.0.0.1:" + identityManagementPort + "/actuator/health/readiness"));
        services.add(new ServiceProcess(
                "projects",
                jar(root, "projects"),
                work.resolve("projects.log"),
                List.of(
                        "--server.port=" + projectsPort,
                        "--management.server.port=" + projectsManagementPort,
                        "--spring.datasource.url=" + TestPostgres.freshDatabaseUrl("e2e_projects"),
                        "--spring.datasource.username=" + TestPostgres.role("e2e_projects"),
                        "--ordo.projects.identity-grpc=static://127.0.0.1:" + identityGrpcPort,
                        "--ordo.projects.directory.token-uri=http://127.0.0.1:" + identityPort + "/oauth2/token",
                        "--ordo.projects.directory.client-secret=" + DIRECTORY_CLIENT_SECRET,
                        bootstrap,
                        jwks),
                "http://127.0.0.1:" + projectsManagementPort + "/actuator/health/readiness"));
        services.add(new ServiceProcess(
                "tasks",
                jar(root, "tasks"),
                work.resolve("tasks.log"),
                List.of(
                        "--server.port=" + tasksPort,
                        "--management.server.port=" + tasksManagementPort,
                        "--spring.datasource.url=" + TestPostgres.freshDatabaseUrl("e2e_tasks"),
                        "--spring.datasource.username=" + TestPostgres.role("e2e_tasks"),
                        bootstrap,
                        jwks,
                        redis),
                "http://127.0.0.1:" + tasksManagementPort + "/actuator/health/readiness"));
        services.add(new ServiceProcess(
                "comments",
                jar(root, "comments"),
                work.resolve("comments.log"),
                List.of(
                        "--server.port=" + commentsPort,
                        "--management.server.port=" + commentsManagementPort,
                        "--spring.datasource.url=" + TestPostgres.freshDatabaseUrl("e2e_comments"),
                        "--spring.datasource.username=" + TestPostgres.role("e2e_comments"),
                        "--ordo.comments.storage.local.directory="
                                + work.resolve("attachments-" + System.currentTimeMillis()),
                        bootstrap,
                        jwks),
                "http://127.0.0.1:" + commentsManagementPort + "/actuator/health/readiness"));
        services.add(new ServiceProcess(
                "notifications",
                jar(root, "notifications"),
                work.resolve("notifications.log"),
                List.of(
                        "--server.port=" + notificationsPort,
                        "--management.server.port=" + notificationsManagementPort,
                        "--spring.datasource.url=" + TestPostgres.freshDatabaseUrl("e2e_notifications"),
                        "--spring.datasource.username=" + TestPostgres.role("e2e_notifications"),
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.port(),
                        "--ordo.notifications.app-base-url=http://127.0.0.1:" + gatewayPort,
                        bootstrap,
                        redis,
                        jwks),
                "http://127.0.0.1:" + notificationsManagementPort + "/actuator/health/readiness"));
        services.add(new ServiceProcess(
                "search",
                jar(root, "search"),
                work.resolve("search.log"),
                List.of(
                        "--server.port=" + searchPort,
                        "--management.server.port=" + searchManagementPort,
                        "--spring.datasource.url=" + TestPostgres.freshDatabaseUrl("e2e_search"),
                        "--spring.datasource.username=" + TestPostgres.role("e2e_search"),
                        bootstrap,
                        jwks),
                "http://127.0.0.1:" + searchManagementPort + "/actuator/health/readiness"));
        services.add(new ServiceProcess(
                "calendar",
                jar(root, "calendar"),
                work.resolve("calendar.log"),
                List.of(
                        "--server.port=" + calendarPort,
                        "--management.server.port=" + calendarManagementPort,
                        "--spring.datasource.url=" + TestPostgres.freshDatabaseUrl("e2e_calendar"),
                        "--spring.datasource.username=" + TestPostgres.role("e2e_calendar"),
                        "--ordo.calendar.feed-base-url=http://127.0.0.1:" + gatewayPort,
                        bootstrap,
                        jwks),
                "http://127.0.0.1:" + calendarManagementPort + "/actuator/health/readiness"));
        services.add(new ServiceProcess(
                "audit",
                jar(root, "audit"),
                work.resolve("audit.log"),
                List.of(
                        "--server.port=" + auditPort,
                        "--management.server.port=" + auditManagementPort,
                        // audit's tables belong to <role>_owner, which runs its migrations (its application.yml)
                        "--spring.datasource.url="
                                + TestPostgres.freshDatabaseUrl("e2e_audit", TestPostgres.role("e2e_audit") + "_owner"),
                        "--spring.datasource.username=" + TestPostgres.role("e2e_audit"),
                        bootstrap,
                        jwks),
                "http://127.0.0.1:" + auditManagementPort + "/actuator/health/readiness"));
        services.add(new ServiceProcess(
                "gateway",
                jar(root, "gateway"),
                work.resolve("gateway.log"),
                List.of(
                        "--server.port=" + gatewayPort,
                        "--management.server.port=" + gatewayManagementPort,
                        "--ordo.services.identity.url=http://127.0.0.1:" + identityPort,
                        "--ordo.services.projects.url=http://127.0.0.1:" + projectsPort,
                        "--ordo.services.tasks.url=http://127.0.0.1:" + tasksPort,
                        "--ordo.services.comments.url=http://127.0.0.1:" + commentsPort,
                        "--ordo.services.notifications.url=http://127.0.0.1:" + notificationsPort,
                        "--ordo.services.search.url=http://127.0.0.1:" + searchPort,
                        "--ordo.services.calendar.url=http://127.0.0.1:" + calendarPort,
                        "--ordo.services.audit.url=http://127.0.0.1:" + auditPort,
                        // FuzzIT sends thousands of requests a minute from one address; limits are the gateway's ITs'
                        // job
                        "--ordo.gateway.rate-limit.per-user=1000000",
                        "--ordo.gateway.rate-limit.per-ip=1000000",
                        redis,
                        jwks),
                "http://127.0.0.1:" + gatewayManagementPort + "/actuator/health/readiness"));
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        new java.security.SecureRandom().nextBytes(random);
        return java.util.Base64.getEncoder().encodeToString(random);
    }

    /**
     * Starts every service at once and waits until all are ready, within {@link #START_TIMEOUT} for the whole system:
     * on two busy cores nine JVMs starting together each take minutes, the first to be waited on as long as the rest.
     */
    private void start() throws IOException {
        for (ServiceProcess service : services) {
            service.start();
        }
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        for (ServiceProcess service : services) {
            service.awaitReady(deadline);
        }
    }

    static synchronized OrdoSystem get() {
        if (instance == null) {
            OrdoSystem system;
            try {
                system = new OrdoSystem();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "ordo-system-stop"));
            try {
                system.kafka.start();
                system.start();
            } catch (IOException | RuntimeException e) {
                system.stop();
                throw new IllegalStateException("the system did not start; logs are in e2e/target/system", e);
            }
            instance = system;
        }
        return instance;
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    KafkaProcess kafka() {
        return kafka;
    }

    /** Where identity's operator endpoints are ({@code POST /actuator/admins/{email}}). */
    String identityManagementUrl() {
        return "http://127.0.0.1:" + identityManagementPort;
    }

    SmtpServer smtp() {
        return smtp;
    }

    private void stop() {
        for (int i = services.size() - 1; i >= 0; i--) {
            services.get(i).stop();
        }
        kafka.stop();
        smtp.stop();
    }

    private static Path jar(Path root, String service) {
        return root.resolve("services/" + service + "/target/" + service + ".jar");
    }
}
