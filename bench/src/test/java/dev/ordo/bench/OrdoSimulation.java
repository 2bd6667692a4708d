package dev.ordo.bench;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One closed-model load of one Ordo request kind, at a fixed number of concurrent users for a fixed
 * time, like pgbench's clients: {@code ordo.scenario} = create | list | quick | projects.
 * Run by {@code ./ordo bench}, which prepares the user, the token and the project.
 */
public class OrdoSimulation extends Simulation {

    private static final AtomicLong COUNTER = new AtomicLong();

    private final String baseUrl = System.getProperty("ordo.baseUrl", "http://127.0.0.1:8080");
    private final String token = System.getProperty("ordo.token", "");
    private final String project = System.getProperty("ordo.projectId", "");
    private final String kind = System.getProperty("ordo.scenario", "list");
    private final int users = Integer.getInteger("ordo.users", 8);
    private final int seconds = Integer.getInteger("ordo.seconds", 20);

    private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
            .header("Authorization", "Bearer " + token)
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            .shareConnections();

    private ChainBuilder request() {
        return switch (kind) {
            case "create" -> exec(http("create task").post("/api/v1/tasks")
                    .body(StringBody(session -> "{\"title\":\"Bench task " + COUNTER.incrementAndGet()
                            + "\",\"projectId\":\"" + project + "\"}"))
                    .check(status().is(201)));
            case "list" -> exec(http("list 50 tasks").get("/api/v1/tasks?projectId=" + project + "&limit=50")
                    .check(status().is(200)));
            case "quick" -> exec(http("quick add").post("/api/v1/tasks/quick")
                    .body(StringBody(session -> "{\"text\":\"Call Bob " + COUNTER.incrementAndGet()
                            + " tomorrow 5pm p1 @phone\"}"))
                    .check(status().is(201)));
            case "projects" -> exec(http("list projects").get("/api/v1/projects?limit=50").check(status().is(200)));
            default -> throw new IllegalArgumentException("unknown ordo.scenario " + kind);
        };
    }

    {
        setUp(scenario(kind).exec(request())
                .injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(seconds))))
                .protocols(protocol);
    }
}
