package dev.ordo.e2e;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Test fixture: people who use Ordo through the public API. */
final class Users {

    static final String PASSWORD = "correct horse battery staple";

    record SignedIn(UUID id, String email, String accessToken, String refreshToken) {
    }

    private final Api api;

    Users(Api api) {
        this.api = api;
    }

    static String uniqueEmail(String who) {
        return who + "+" + UUID.randomUUID().toString().substring(0, 8) + "@e2e.ordo.test";
    }

    UUID register(String email, String name) {
        Api.Response response = api.post("/api/v1/auth/register",
                Map.of("email", email, "password", PASSWORD, "name", name), null);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return UUID.fromString(response.json().get("id").asString());
    }

    SignedIn signIn(String email) {
        Api.Response response = api.post("/api/v1/auth/login", Map.of("email", email, "password", PASSWORD), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode tokens = response.json();
        Api.Response me = api.get("/api/v1/users/me", tokens.get("accessToken").asString());
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        return new SignedIn(UUID.fromString(me.json().get("id").asString()), email,
                tokens.get("accessToken").asString(), tokens.get("refreshToken").asString());
    }

    SignedIn registerAndSignIn(String who) {
        String email = uniqueEmail(who);
        register(email, who);
        return signIn(email);
    }

    /** The administrator named in identity's configuration for the system tests. */
    SignedIn admin() {
        Api.Response response = api.post("/api/v1/auth/register",
                Map.of("email", OrdoSystem.ADMIN_EMAIL, "password", PASSWORD, "name", "Admin"), null);
        assertThat(response.status()).as(response.body()).isIn(201, 409);
        return signIn(OrdoSystem.ADMIN_EMAIL);
    }
}
