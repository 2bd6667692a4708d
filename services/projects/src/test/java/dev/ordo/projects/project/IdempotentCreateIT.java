package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.projects.support.Fixtures;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.projects.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A client that retries a creating POST with the same Idempotency-Key creates once and hears the same answer. */
@ProjectsIntegrationTest
class IdempotentCreateIT {

    @LocalServerPort
    int port;

    Api api;
    Fixtures fixtures;
    TestUser ann;

    @BeforeEach
    void setUp() {
        api = Api.on(port);
        fixtures = new Fixtures(api);
        ann = TestUser.fresh();
    }

    @Test
    void a_retried_project_creation_creates_one_project_and_answers_the_first_answer_again() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Api.Response first = api.post("/api/v1/projects", ann.token(), Map.of("name", "Garden"), key);
        Api.Response retry = api.post("/api/v1/projects", ann.token(), Map.of("name", "Garden"), key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
        assertThat(api.get("/api/v1/projects", ann.token()).itemValues("name")).containsOnlyOnce("Garden");
    }

    @Test
    void the_same_key_with_another_body_is_refused_and_creates_nothing() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        api.post("/api/v1/projects", ann.token(), Map.of("name", "Garden"), key);

        Api.Response other = api.post("/api/v1/projects", ann.token(), Map.of("name", "Kitchen"), key);

        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.problem()).isEqualTo("idempotency-key-reused");
        assertThat(api.get("/api/v1/projects", ann.token()).itemValues("name")).doesNotContain("Kitchen");
    }

    @Test
    void a_retried_invitation_sends_one_invitation() {
        UUID project = fixtures.createProject(ann);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        Map<String, String> invite = Map.of("email", "bo-" + UUID.randomUUID() + "@example.test", "role", "member");

        Api.Response first = api.post("/api/v1/projects/" + project + "/invitations", ann.token(), invite, key);
        Api.Response retry = api.post("/api/v1/projects/" + project + "/invitations", ann.token(), invite, key);

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(retry.header("Idempotent-Replayed")).hasValue("true");
        assertThat(api.get("/api/v1/projects/" + project + "/invitations", ann.token())
                        .items())
                .hasSize(1);
    }

    @Test
    void a_retried_acceptance_answers_the_project_again_instead_of_no_longer_pending() {
        UUID project = fixtures.createProject(ann);
        TestUser bo = TestUser.fresh();
        UUID invitation = fixtures.invite(project, ann, bo.email(), "member");
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        Api.Response first = api.send("POST", "/api/v1/invitations/" + invitation + "/accept", bo.token(), null, key);
        Api.Response retry = api.send("POST", "/api/v1/invitations/" + invitation + "/accept", bo.token(), null, key);
        Api.Response withoutKey = api.post("/api/v1/invitations/" + invitation + "/accept", bo.token());

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.id()).isEqualTo(project.toString());
        assertThat(withoutKey.status()).as("a second acceptance without a key").isEqualTo(409);
    }
}
