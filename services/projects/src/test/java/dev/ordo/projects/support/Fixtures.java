package dev.ordo.projects.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.Api;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Projects and memberships made through the API, so a test says what it checks rather than how it got there. */
public final class Fixtures {

    private final Api api;

    public Fixtures(Api api) {
        this.api = api;
    }

    public UUID createProject(TestUser owner) {
        return createProject(owner, "Project " + UUID.randomUUID().toString().substring(0, 8), null);
    }

    public UUID createProject(TestUser owner, String name, UUID parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        if (parentId != null) {
            body.put("parentId", parentId.toString());
        }
        Api.Response created = api.post("/api/v1/projects", owner.token(), body);
        assertThat(created.status()).as("create project: %s", created).isEqualTo(201);
        return UUID.fromString(created.field("id"));
    }

    /** A fresh user who is a member of the project with this role (owner: the project's owner is given). */
    public TestUser memberWithRole(UUID projectId, TestUser owner, String role) {
        TestUser user = TestUser.fresh();
        join(projectId, owner, user, role);
        return user;
    }

    /** {@code by} invites {@code who} with {@code role}, and {@code who} accepts. */
    public void join(UUID projectId, TestUser by, TestUser who, String role) {
        UUID invitation = invite(projectId, by, who.email(), role);
        Api.Response accepted = api.post("/api/v1/invitations/" + invitation + "/accept", who.token());
        assertThat(accepted.status()).as("accept: %s", accepted).isEqualTo(200);
    }

    public UUID invite(UUID projectId, TestUser by, String email, String role) {
        Api.Response sent = api.post(
                "/api/v1/projects/" + projectId + "/invitations", by.token(), Map.of("email", email, "role", role));
        assertThat(sent.status()).as("invite: %s", sent).isEqualTo(201);
        return UUID.fromString(sent.field("id"));
    }
}
