package dev.ordo.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.testsupport.TestJwks;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gateway and the services refuse every token that identity did not issue, or no longer stands by. */
class TokenRejectionIT {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();

    private static Api api;
    private static Users.SignedIn user;

    @BeforeAll
    static void system() {
        api = new Api(OrdoSystem.get().gatewayUrl());
        user = new Users(api).registerAndSignIn("tess");
    }

    @Test
    void a_valid_token_is_accepted() {
        assertThat(api.get("/api/v1/users/me", user.accessToken()).status()).isEqualTo(200);
    }

    @Test
    void no_token_is_refused() {
        assertUnauthorized(api.get("/api/v1/users/me", null));
        assertUnauthorized(api.get("/api/v1/audit/events", null));
    }

    @Test
    void a_token_that_is_no_jwt_is_refused() {
        assertUnauthorized(api.get("/api/v1/users/me", "not.a.token"));
    }

    @Test
    void a_token_signed_by_another_key_is_refused() {
        assertUnauthorized(api.get("/api/v1/users/me", TestJwks.get().tokenSignedByAStranger(user.id())));
    }

    @Test
    void an_unsigned_token_with_alg_none_is_refused() {
        String[] parts = user.accessToken().split("\\.");
        String none = B64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + parts[1] + ".";
        assertUnauthorized(api.get("/api/v1/users/me", none));
    }

    @Test
    void a_token_whose_audience_was_changed_is_refused() {
        assertUnauthorized(api.get(
                "/api/v1/users/me",
                withClaims(
                        user.accessToken(),
                        "\"aud\":[\"ordo-api\"]",
                        "\"aud\":[\"someone-else\"]",
                        "\"aud\":\"ordo-api\"",
                        "\"aud\":\"someone-else\"")));
    }

    @Test
    void a_token_whose_expiry_was_pushed_back_is_refused() {
        String token = user.accessToken();
        String payload = new String(B64D.decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        String exp = payload.replaceAll(".*\"exp\":(\\d+).*", "$1");
        assertUnauthorized(api.get(
                "/api/v1/users/me", withClaims(token, "\"exp\":" + exp, "\"exp\":" + (Long.parseLong(exp) + 86_400))));
    }

    @Test
    void an_expired_token_is_refused_through_the_gateway_and_by_each_service() {
        // identity's real key signs this token: only the expiry makes it invalid
        String expired = IdentityKeys.sign(IdentityKeys.claimsFor(user.id())
                .expirationTime(java.util.Date.from(java.time.Instant.now().minusSeconds(120)))
                .build());
        String fresh = IdentityKeys.sign(IdentityKeys.claimsFor(user.id()).build());
        assertThat(api.get("/api/v1/users/me", fresh).status())
                .as("the forged-but-valid control")
                .isEqualTo(200);
        assertUnauthorized(api.get("/api/v1/users/me", expired));
        assertUnauthorized(api.get("/api/v1/audit/events", expired));
    }

    @Test
    void a_token_for_another_audience_signed_by_identitys_key_is_refused() {
        String other = IdentityKeys.sign(
                IdentityKeys.claimsFor(user.id()).audience("someone-else").build());
        assertUnauthorized(api.get("/api/v1/users/me", other));
    }

    private static String withClaims(String token, String... replacements) {
        String[] parts = token.split("\\.");
        String payload = new String(B64D.decode(parts[1]), StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < replacements.length; i += 2) {
            payload = payload.replace(replacements[i], replacements[i + 1]);
        }
        return parts[0] + "." + B64.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
    }

    private static void assertUnauthorized(Api.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("requestId").doesNotContain("Exception");
    }
}
