package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Two people share a project through the gateway: invitations, roles, ownership, leaving. */
class ProjectsJourneyIT {

    private static Api api;
    private static Users users;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        users = new Users(api);
    }

    @Test
    void every_new_user_gets_exactly_one_inbox() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        await("the Inbox made from user.registered")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(inboxes(ada)).hasSize(1));
        JsonNode inbox = inboxes(ada).getFirst();
        assertThat(inbox.get("name").asString()).isEqualTo("Inbox");
        assertThat(inbox.get("role").asString()).isEqualTo("owner");
    }

    @Test
    void two_people_share_a_project_from_invitation_to_ownership_transfer() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn bob = users.registerAndSignIn("bob");

        Api.Response created =
                api.post("/api/v1/projects", Map.of("name", "Garden", "color", "green"), ada.accessToken());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String project = created.json().get("id").asString();
        assertThat(created.json().get("role").asString()).isEqualTo("owner");
        assertThat(api.get("/api/v1/projects/" + project, bob.accessToken()).status())
                .as("not a member yet: the project does not exist for bob")
                .isEqualTo(404);

        Api.Response invited = api.post(
                "/api/v1/projects/" + project + "/invitations",
                Map.of("email", bob.email(), "role", "member"),
                ada.accessToken());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        String invitation = invited.json().get("id").asString();
        assertThat(invited.json().get("status").asString()).isEqualTo("pending");

        assertThat(ids(api.get("/api/v1/invitations", bob.accessToken()))).contains(invitation);
        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", Map.of(), ada.accessToken())
                        .status())
                .as("only the invitee accepts")
                .isEqualTo(404);
        Api.Response accepted = api.post("/api/v1/invitations/" + invitation + "/accept", Map.of(), bob.accessToken());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("role").asString()).isEqualTo("member");
        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", Map.of(), bob.accessToken())
                        .status())
                .as("an invitation is accepted once")
                .isEqualTo(409);

        Api.Response members = api.get("/api/v1/projects/" + project + "/members", bob.accessToken());
        assertThat(members.status()).isEqualTo(200);
        assertThat(members.json().get("items").size()).isEqualTo(2);

        assertThat(api.patch(
                                "/api/v1/projects/" + project + "/members/" + bob.id(),
                                Map.of("role", "viewer"),
                                ada.accessToken())
                        .status())
                .isEqualTo(200);
        assertThat(api.patch("/api/v1/projects/" + project, Map.of("name", "Bob's garden"), bob.accessToken())
                        .status())
                .as("a viewer cannot edit")
                .isEqualTo(403);
        assertThat(api.get("/api/v1/projects/" + project, bob.accessToken())
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("viewer");

        assertThat(api.patch(
                                "/api/v1/projects/" + project + "/members/" + bob.id(),
                                Map.of("role", "admin"),
                                ada.accessToken())
                        .status())
                .isEqualTo(200);
        assertThat(api.patch("/api/v1/projects/" + project, Map.of("name", "Our garden"), bob.accessToken())
                        .status())
                .as("an admin can")
                .isEqualTo(200);

        Api.Response transferred = api.post(
                "/api/v1/projects/" + project + "/transfer",
                Map.of("userId", bob.id().toString()),
                ada.accessToken());
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(api.get("/api/v1/projects/" + project, bob.accessToken())
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("owner");
        assertThat(api.get("/api/v1/projects/" + project, ada.accessToken())
                        .json()
                        .get("role")
                        .asString())
                .isEqualTo("admin");

        assertThat(api.delete("/api/v1/projects/" + project + "/members/" + ada.id(), bob.accessToken())
                        .status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/projects/" + project, ada.accessToken()).status())
                .as("a removed member loses access")
                .isEqualTo(404);
        assertThat(ids(api.get("/api/v1/projects", ada.accessToken()))).doesNotContain(project);

        await("audit shows the project's story without any change to audit")
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(auditTypes(ada, project))
                        .contains("project.created", "member.added", "invitation.created", "member.role-changed"));
    }

    @Test
    void an_invitation_to_an_email_that_registers_later_waits_for_that_person() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        String project = api.post("/api/v1/projects", Map.of("name", "Book club"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        String carolEmail = Users.uniqueEmail("carol");

        Api.Response invited = api.post(
                "/api/v1/projects/" + project + "/invitations",
                Map.of("email", carolEmail, "role", "viewer"),
                ada.accessToken());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().get("inviteeId").isNull())
                .as("nobody has this email yet")
                .isTrue();
        String invitation = invited.json().get("id").asString();

        users.register(carolEmail, "Carol");
        Api.Response unverified =
                api.get("/api/v1/invitations", users.signIn(carolEmail).accessToken());
        assertThat(unverified.status())
                .as("whoever registered the address has not proved they own it")
                .isEqualTo(403);
        assertThat(unverified.json().get("type").asString()).isEqualTo("https://ordo.dev/problems/email-not-verified");

        users.verify(carolEmail);
        Users.SignedIn carol = users.signIn(carolEmail);
        assertThat(ids(api.get("/api/v1/invitations", carol.accessToken()))).containsExactly(invitation);
        Api.Response accepted =
                api.post("/api/v1/invitations/" + invitation + "/accept", Map.of(), carol.accessToken());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("role").asString()).isEqualTo("viewer");
        assertThat(api.get("/api/v1/projects/" + project, carol.accessToken()).status())
                .isEqualTo(200);
    }

    @Test
    void an_inviter_cannot_tell_whether_the_invited_address_has_an_account() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn dan = users.registerAndSignIn("dan");
        String project = api.post("/api/v1/projects", Map.of("name", "Band"), ada.accessToken())
                .json()
                .get("id")
                .asString();
        Api.Response invited = api.post(
                "/api/v1/projects/" + project + "/invitations",
                Map.of("email", dan.email().toUpperCase(), "role", "member"),
                ada.accessToken());
        assertThat(invited.status()).as(invited.body()).isEqualTo(201);
        assertThat(invited.json().get("inviteeId").isNull())
                .as("named only once dan accepts")
                .isTrue();
        assertThat(invited.json().get("email").asString()).isEqualTo(dan.email());
    }

    @Test
    void someone_elses_project_does_not_exist_for_me_and_a_forged_role_changes_nothing() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        Users.SignedIn eve = users.registerAndSignIn("eve");
        String project = api.post("/api/v1/projects", Map.of("name", "Private"), ada.accessToken())
                .json()
                .get("id")
                .asString();

        assertThat(api.get("/api/v1/projects/" + project, eve.accessToken()).status())
                .isEqualTo(404);
        assertThat(api.patch("/api/v1/projects/" + project, Map.of("name", "Mine"), eve.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.delete("/api/v1/projects/" + project, eve.accessToken()).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/projects/" + project + "/members", eve.accessToken())
                        .status())
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/projects/" + project + "/invitations",
                                Map.of("email", eve.email(), "role", "admin"),
                                eve.accessToken())
                        .status())
                .isEqualTo(404);

        Api.Response forged = api.post(
                "/api/v1/projects",
                Map.of("name", "Forged", "role", "viewer", "ownerId", eve.id().toString()),
                ada.accessToken());
        assertThat(forged.status()).as(forged.body()).isEqualTo(400);
    }

    @Test
    void the_inbox_cannot_be_deleted_archived_or_shared() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(inboxes(ada)).hasSize(1));
        String inbox = inboxes(ada).getFirst().get("id").asString();

        assertThat(api.delete("/api/v1/projects/" + inbox, ada.accessToken()).status())
                .isEqualTo(409);
        assertThat(api.post("/api/v1/projects/" + inbox + "/archive", Map.of(), ada.accessToken())
                        .status())
                .isEqualTo(409);
        assertThat(api.post(
                                "/api/v1/projects/" + inbox + "/invitations",
                                Map.of("email", Users.uniqueEmail("friend"), "role", "member"),
                                ada.accessToken())
                        .status())
                .isEqualTo(409);
        assertThat(inboxes(ada)).hasSize(1);
    }

    @Test
    void bad_project_input_is_a_400_problem() {
        Users.SignedIn ada = users.registerAndSignIn("ada");
        for (Object body : List.of(
                Map.of("name", ""),
                Map.of("name", "x".repeat(121)),
                Map.of("name", "Paint", "color", "plaid"),
                Map.of("name", "Child", "parentId", "not-a-uuid"),
                "{\"name\": ",
                "{\"name\": [1]}")) {
            Api.Response response = api.post("/api/v1/projects", body, ada.accessToken());
            assertThat(response.status()).as(body + " → " + response.body()).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/projects?limit=0", ada.accessToken()).status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/projects/not-a-uuid", ada.accessToken()).status())
                .isEqualTo(400);
    }

    private static List<JsonNode> inboxes(Users.SignedIn user) {
        Api.Response response = api.get("/api/v1/projects?limit=200", user.accessToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<JsonNode> inboxes = new ArrayList<>();
        response.json().get("items").forEach(p -> {
            if (p.get("inbox").asBoolean()) {
                inboxes.add(p);
            }
        });
        return inboxes;
    }

    private static List<String> ids(Api.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        list.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> auditTypes(Users.SignedIn user, String entity) {
        Api.Response response = api.get("/api/v1/audit/events?limit=200&entity=" + entity, user.accessToken());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> types = new ArrayList<>();
        response.json().get("items").forEach(item -> types.add(item.get("type").asString()));
        return types;
    }
}
