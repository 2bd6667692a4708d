package dev.ordo.projects.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import dev.ordo.contracts.events.Topics;
import dev.ordo.projects.support.FakeUserDirectory;
import dev.ordo.projects.support.Fixtures;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.projects.support.TestUser;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import tools.jackson.databind.JsonNode;

@ProjectsIntegrationTest
class InvitationIT {

    @LocalServerPort
    int port;

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedKafkaBroker broker;

    Api api;
    Fixtures fixtures;
    TestUser ann;
    TestUser bo;
    UUID project;

    @BeforeEach
    void setUp() {
        api = Api.on(port);
        fixtures = new Fixtures(api);
        ann = TestUser.fresh();
        bo = TestUser.fresh();
        project = fixtures.createProject(ann, "Shared", null);
    }

    @Test
    void an_invitation_is_pending_for_a_week_with_the_email_normalised() {
        Api.Response sent = api.post(
                invitations(), ann.token(), Map.of("email", "  " + bo.email().toUpperCase() + " ", "role", "member"));

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        JsonNode invitation = sent.json();
        assertThat(sent.header("Location"))
                .hasValue(invitations() + "/" + invitation.get("id").asString());
        assertThat(invitation.get("projectId").asString()).isEqualTo(project.toString());
        assertThat(invitation.get("projectName").asString()).isEqualTo("Shared");
        assertThat(invitation.get("email").asString()).isEqualTo(bo.email());
        assertThat(invitation.get("role").asString()).isEqualTo("member");
        assertThat(invitation.get("status").asString()).isEqualTo("pending");
        assertThat(invitation.get("inviterId").asString()).isEqualTo(ann.id().toString());
        Instant created = Instant.parse(invitation.get("createdAt").asString());
        assertThat(Instant.parse(invitation.get("expiresAt").asString()))
                .isCloseTo(created.plus(Duration.ofDays(7)), within(Duration.ofSeconds(1)));
        assertThat(ids(api.get(invitations(), ann.token())))
                .containsExactly(invitation.get("id").asString());
    }

    @Test
    void a_second_invitation_to_the_same_email_replaces_the_first() {
        UUID first = fixtures.invite(project, ann, bo.email(), "viewer");
        UUID second = fixtures.invite(project, ann, bo.email(), "admin");

        assertThat(api.get(invitations() + "/" + first, ann.token()).field("status"))
                .isEqualTo("revoked");
        assertThat(ids(api.get(invitations(), ann.token()))).containsExactly(second.toString());
        assertThat(ids(api.get("/api/v1/invitations", bo.token()))).containsExactly(second.toString());
        assertThat(api.post("/api/v1/invitations/" + first + "/accept", bo.token())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_revoked_invitation_can_no_longer_be_answered() {
        UUID invitation = fixtures.invite(project, ann, bo.email(), "member");

        assertThat(api.delete(invitations() + "/" + invitation, ann.token()).status())
                .isEqualTo(204);

        assertThat(api.get(invitations() + "/" + invitation, ann.token()).field("status"))
                .isEqualTo("revoked");
        assertThat(ids(api.get(invitations(), ann.token()))).isEmpty();
        assertThat(ids(api.get("/api/v1/invitations", bo.token()))).isEmpty();
        assertThat(api.delete(invitations() + "/" + invitation, ann.token()).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", bo.token())
                        .status())
                .isEqualTo(409);
        assertThat(api.delete(invitations() + "/" + UUID.randomUUID(), ann.token())
                        .status())
                .isEqualTo(404);
    }

    @Test
    void the_invitee_finds_the_invitation_by_the_email_in_their_token_and_joins_with_the_role() {
        UUID invitation = fixtures.invite(project, ann, bo.email(), "admin");

        Api.Response mine = api.get("/api/v1/invitations", bo.token());
        assertThat(ids(mine)).containsExactly(invitation.toString());
        assertThat(mine.json().get("items").get(0).get("projectName").asString())
                .isEqualTo("Shared");

        Api.Response accepted = api.post("/api/v1/invitations/" + invitation + "/accept", bo.token());
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.field("id")).isEqualTo(project.toString());
        assertThat(accepted.field("role")).isEqualTo("admin");
        assertThat(api.get("/api/v1/projects/" + project, bo.token()).field("role"))
                .isEqualTo("admin");
        assertThat(api.get(invitations() + "/" + invitation, ann.token()).field("status"))
                .isEqualTo("accepted");
        assertThat(api.get(invitations() + "/" + invitation, ann.token()).field("inviteeId"))
                .isEqualTo(bo.id().toString());
        assertThat(ids(api.get("/api/v1/invitations", bo.token()))).isEmpty();
        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", bo.token())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void a_rejected_invitation_is_closed_and_the_invitee_does_not_join() {
        UUID invitation = fixtures.invite(project, ann, bo.email(), "member");

        assertThat(api.post("/api/v1/invitations/" + invitation + "/reject", bo.token())
                        .status())
                .isEqualTo(204);

        assertThat(api.get(invitations() + "/" + invitation, ann.token()).field("status"))
                .isEqualTo("rejected");
        assertThat(api.get("/api/v1/projects/" + project, bo.token()).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", bo.token())
                        .status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/invitations/" + invitation + "/reject", bo.token())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void only_the_invitee_can_see_accept_or_reject_an_invitation() {
        UUID invitation = fixtures.invite(project, ann, bo.email(), "member");
        TestUser eve = TestUser.fresh();

        assertThat(ids(api.get("/api/v1/invitations", eve.token()))).isEmpty();
        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", eve.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/invitations/" + invitation + "/reject", eve.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", ann.token())
                        .status())
                .isEqualTo(404);
        // a token that does not say bo's email does not find bo's invitation
        assertThat(api.post(
                                "/api/v1/invitations/" + invitation + "/accept",
                                bo.withoutEmailInToken().token())
                        .status())
                .isEqualTo(404);
        assertThat(api.get(invitations() + "/" + invitation, ann.token()).field("status"))
                .isEqualTo("pending");
    }

    @Test
    void inviting_a_member_or_oneself_is_a_conflict() {
        fixtures.join(project, ann, bo, "member");

        assertThat(api.post(invitations(), ann.token(), Map.of("email", ann.email(), "role", "member"))
                        .status())
                .isEqualTo(409);
        TestUser cy = TestUser.fresh();
        fixtures.join(project, ann, cy, "viewer");
        // identity knows cy's email, so the service knows cy is a member
        FakeUserDirectory.get().knows(cy.id(), cy.email(), "Cy");
        assertThat(api.post(invitations(), ann.token(), Map.of("email", cy.email(), "role", "admin"))
                        .status())
                .isEqualTo(409);
    }

    @Test
    void bad_invitations_are_a_400_problem() {
        assertThat(api.post(invitations(), ann.token(), Map.of("email", bo.email(), "role", "owner"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(invitations(), ann.token(), Map.of("email", "not an email", "role", "member"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(invitations(), ann.token(), Map.of("role", "member"))
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                invitations(),
                                ann.token(),
                                Map.of(
                                        "email",
                                        bo.email(),
                                        "role",
                                        "member",
                                        "inviteeId",
                                        bo.id().toString()))
                        .status())
                .isEqualTo(400);
    }

    @Test
    void an_invitation_past_its_expiry_cannot_be_accepted_and_the_job_marks_it_expired() {
        UUID invitation = fixtures.invite(project, ann, bo.email(), "member");
        jdbc.sql("update invitation set expires_at = now() - interval '1 minute' where id = :id")
                .param("id", invitation)
                .update();

        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", bo.token())
                        .status())
                .isEqualTo(409);
        assertThat(ids(api.get("/api/v1/invitations", bo.token()))).isEmpty();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> scheduler.reschedule(
                        TaskInstanceId.of(InvitationExpiryScheduling.TASK_NAME, RecurringTask.INSTANCE),
                        Instant.now()));
        scheduler.triggerCheckForDueExecutions();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> "expired"
                        .equals(api.get(invitations() + "/" + invitation, ann.token())
                                .field("status")));

        try (TopicProbe topic = new TopicProbe(broker.getBrokersAsString(), Topics.PROJECTS_PROJECT)) {
            JsonNode expired = topic.awaitEventsOf(project.toString(), "invitation.expired")
                    .getLast();
            assertThat(expired.path("data").path("invitationId").asString()).isEqualTo(invitation.toString());
            assertThat(expired.path("actor").isNull()).isTrue();
        }
        assertThat(api.post("/api/v1/invitations/" + invitation + "/reject", bo.token())
                        .status())
                .isEqualTo(409);
    }

    @Test
    void only_owners_and_admins_see_and_revoke_the_projects_invitations() {
        UUID invitation = fixtures.invite(project, ann, "someone@example.test", "member");
        TestUser member = fixtures.memberWithRole(project, ann, "member");

        assertThat(api.get(invitations(), member.token()).status()).isEqualTo(403);
        assertThat(api.get(invitations() + "/" + invitation, member.token()).status())
                .isEqualTo(403);
        assertThat(api.delete(invitations() + "/" + invitation, member.token()).status())
                .isEqualTo(403);
        assertThat(api.get(invitations(), TestUser.fresh().token()).status()).isEqualTo(404);
    }

    @Test
    void an_inviter_gets_the_same_answer_and_event_whether_or_not_the_address_has_an_account() {
        TestUser cy = TestUser.fresh();
        FakeUserDirectory.get().knows(cy.id(), cy.email(), "Cy"); // cy has an account; nobody has the other
        Api.Response toAccount = api.post(invitations(), ann.token(), Map.of("email", cy.email(), "role", "member"));
        Api.Response toNobody = api.post(
                invitations(),
                ann.token(),
                Map.of("email", "nobody-" + UUID.randomUUID() + "@example.test", "role", "member"));

        assertThat(toAccount.status()).isEqualTo(toNobody.status()).isEqualTo(201);
        assertThat(fieldNames(toAccount.json())).isEqualTo(fieldNames(toNobody.json()));
        assertThat(toAccount.json().get("inviteeId").isNull()).isTrue();
        assertThat(toNobody.json().get("inviteeId").isNull()).isTrue();
        api.get(invitations(), ann.token()).json().get("items").forEach(item -> {
            assertThat(fieldNames(item)).isEqualTo(fieldNames(toNobody.json()));
            assertThat(item.get("inviteeId").isNull()).isTrue();
        });
        try (TopicProbe topic = new TopicProbe(broker.getBrokersAsString(), Topics.PROJECTS_PROJECT)) {
            await().atMost(Duration.ofSeconds(30))
                    .untilAsserted(() -> assertThat(
                                    topic.awaitEventsOf(project.toString(), "invitation.created").stream()
                                            .filter(event -> "invitation.created"
                                                    .equals(event.path("type").asString()))
                                            .toList())
                            .hasSize(2)
                            .allSatisfy(event -> assertThat(
                                            event.at("/data/inviteeId").isNull())
                                    .isTrue()));
        }
    }

    @Test
    void an_unverified_address_cannot_see_accept_or_reject_the_invitations_sent_to_it() {
        UUID invitation = fixtures.invite(project, ann, bo.email(), "admin");
        TestUser squatter = bo.unverified(); // e.g. someone who registered bo's address before bo did

        for (Api.Response refused : List.of(
                api.get("/api/v1/invitations", squatter.token()),
                api.post("/api/v1/invitations/" + invitation + "/accept", squatter.token()),
                api.post("/api/v1/invitations/" + invitation + "/reject", squatter.token()))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.field("type")).isEqualTo("https://ordo.dev/problems/email-not-verified");
        }
        assertThat(api.get("/api/v1/projects/" + project, squatter.token()).status())
                .isEqualTo(404);
        assertThat(api.get(invitations() + "/" + invitation, ann.token()).field("status"))
                .isEqualTo("pending");
        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", bo.token())
                        .status())
                .isEqualTo(200);
    }

    private static java.util.Set<String> fieldNames(JsonNode node) {
        java.util.Set<String> names = new java.util.TreeSet<>();
        node.propertyNames().forEach(names::add);
        return names;
    }

    private String invitations() {
        return "/api/v1/projects/" + project + "/invitations";
    }

    private static List<String> ids(Api.Response page) {
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
