package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real objects for the fuzz test's path parameters, so that a mutation reaches the code behind the lookup:
 * an owner with a project shared with a member, a section, a task with a subtask, a label, a saved filter, a
 * priority rule and a pending invitation. Ids are found by resource name ({@link #idFor}).
 */
final class FuzzFixture {

    /** Not the password the fuzz test puts in bodies, so no mutation can change the owner's password. */
    private static final String OWNER_PASSWORD = "fuzzing owner's own passphrase";

    private final Api api;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final String ownerToken;

    FuzzFixture(Api api) {
        this.api = api;
        String ownerEmail = Users.uniqueEmail("fuzz-owner");
        created(api.post(
                "/api/v1/auth/register",
                Map.of("email", ownerEmail, "password", OWNER_PASSWORD, "name", "Fuzz Owner"),
                null));
        ownerToken = api.post("/api/v1/auth/login", Map.of("email", ownerEmail, "password", OWNER_PASSWORD), null)
                .json()
                .get("accessToken")
                .asString();
        Users.SignedIn member = new Users(api).registerAndSignIn("fuzz-member");
        ids.put("users", member.id().toString());

        String project = created(api.post("/api/v1/projects", Map.of("name", "Fuzz"), ownerToken));
        ids.put("projects", project);
        share(project, member);
        await("tasks knows the fuzz project")
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> api.get("/api/v1/sections?projectId=" + project, ownerToken)
                                .status()
                        == 200);
        String section =
                created(api.post("/api/v1/sections", Map.of("projectId", project, "name", "Calls"), ownerToken));
        ids.put("sections", section);
        String task = created(api.post(
                "/api/v1/tasks",
                Map.of("title", "Fuzzed task", "projectId", project, "sectionId", section, "labels", List.of("fuzz")),
                ownerToken));
        ids.put("tasks", task);
        created(api.post("/api/v1/tasks", Map.of("title", "Fuzzed subtask", "parentId", task), ownerToken));
        String label = api.get("/api/v1/labels", ownerToken)
                .json()
                .get("items")
                .get(0)
                .get("id")
                .asString();
        ids.put("labels", label);
        ids.put(
                "filters",
                created(api.post("/api/v1/filters", Map.of("name", "Fuzz", "query", "p1 & #Fuzz"), ownerToken)));
        String rule = created(api.post(
                "/api/v1/projects/" + project + "/priority-rules",
                Map.of("name", "Overdue", "when", "overdue", "then", Map.of("priority", "URGENT")),
                ownerToken));
        ids.put("rules", rule);
        ids.put("priority-rules", rule);
        Api.Response invitation = api.post(
                "/api/v1/projects/" + project + "/invitations",
                Map.of("email", Users.uniqueEmail("fuzz-invitee"), "role", "member"),
                ownerToken);
        if (invitation.status() == 201) {
            ids.put("invitations", invitation.json().get("id").asString());
        } else {
            System.out.println(
                    "fuzz fixture: no invitation (" + invitation.status() + "); invitation paths get " + "unknown ids");
        }
    }

    String ownerToken() {
        return ownerToken;
    }

    /**
     * The id of a real object for a path or body parameter: {@code {id}} after {@code /tasks/} is a task,
     * {@code projectId} a project, {@code userId} the member; {@code null} when nothing fits.
     */
    String idFor(String parameter, String resourceBefore) {
        String key = parameter.equals("id")
                ? resourceBefore
                : parameter
                                .replaceFirst("Id$", "")
                                .replaceFirst("^(new|current)", "")
                                .toLowerCase() + "s";
        if (key == null) {
            return null;
        }
        return switch (key) {
            case "assignees", "owners", "invitees", "actors" -> ids.get("users");
            default -> ids.get(key);
        };
    }

    /** The member joins the project, if invitations let them (they may need a verified address). */
    private void share(String project, Users.SignedIn member) {
        Api.Response invited = api.post(
                "/api/v1/projects/" + project + "/invitations",
                Map.of("email", member.email(), "role", "member"),
                ownerToken);
        if (invited.status() != 201) {
            System.out.println("fuzz fixture: the member could not be invited (" + invited.status() + "); "
                    + "member paths get a user who is no member");
            return;
        }
        Api.Response accepted = api.post(
                "/api/v1/invitations/" + invited.json().get("id").asString() + "/accept",
                Map.of(),
                member.accessToken());
        if (accepted.status() != 200) {
            System.out.println("fuzz fixture: the member could not accept (" + accepted.status() + ")");
        }
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 201);
        return response.json().has("id")
                ? response.json().get("id").asString()
                : UUID.randomUUID().toString();
    }
}
