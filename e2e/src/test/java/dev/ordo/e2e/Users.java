package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Test fixture: people who use Ordo through the public API. */
final class Users {

    static final String PASSWORD = "correct horse battery staple";

    record SignedIn(UUID id, String email, String accessToken, String refreshToken) {}

    private final Api api;

    Users(Api api) {
        this.api = api;
    }

    static String uniqueEmail(String who) {
        return who + "+" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.ordo.test";
    }

    UUID register(String email, String name) {
        Api.Response response =
                api.post("/api/v1/auth/register", Map.of("email", email, "password", PASSWORD, "name", name), null);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    SignedIn signIn(String email) {
        Api.Response response = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode tokens = response.json();
        Api.Response me = api.get("/api/v1/users/me", tokens.get("accessToken").asString());
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return new SignedIn(
                UUID.fromString(me.json().get("id").asString()),
                email,
                tokens.get("accessToken").asString(),
                tokens.get("refreshToken").asString());
    }

    /**
     * A project of the owner's (named {@code name}) that the guest joined with {@code role} (by invitation,
     * accepted). Services learn of it from projects' events: wait with {@link Api#awaitCreated} before writing.
     */
    String shareProject(SignedIn owner, SignedIn guest, String role, String name) {
        String project = api.post("/api/v1/projects", Map.of("name", name), owner.accessToken())
                .json()
                .get("id")
                .asString();
        String invitation = api.post(
                        "/api/v1/projects/" + project + "/invitations",
                        Map.of("email", guest.email(), "role", role),
                        owner.accessToken())
                .json()
                .get("id")
                .asString();
        assertThat(api.post("/api/v1/invitations/" + invitation + "/accept", Map.of(), guest.accessToken())
                        .status())
                .isEqualTo(200);
        return project;
    }

    /** A new account that has verified its address (by the mailed link), signed in. */
    SignedIn registerAndSignIn(String who) {
        String email = uniqueEmail(who);
        register(email, who);
        verify(email);
        return signIn(email);
    }

    /** Follows the verify-email link identity mailed to {@code email}. */
    void verify(String email) {
        String token = OrdoSystem.get().smtp().awaitToken(email, "/verify-email");
        Api.Response response = api.post("/api/v1/auth/verify-email", Map.of("token", token), null);
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    /**
     * The administrator of the system tests: registered, verified through the mailed link, and made an
     * admin by the operator on identity's management port, as {@code ./ordo admin grant} does.
     */
    SignedIn admin() {
        Api.Response response = api.post(
                "/api/v1/auth/register",
                Map.of("email", OrdoSystem.ADMIN_EMAIL, "password", PASSWORD, "name", "Admin"),
                null);
        assertThat(response.status()).as(response.body()).isIn(201, 409);
        if (response.status() == 201) {
            verify(OrdoSystem.ADMIN_EMAIL);
        }
        Api.Response granted = new Api(OrdoSystem.get().identityManagementUrl())
                .post("/actuator/admins/" + OrdoSystem.ADMIN_EMAIL, Map.of("action", "grant"), null);
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        return signIn(OrdoSystem.ADMIN_EMAIL);
    }
}
