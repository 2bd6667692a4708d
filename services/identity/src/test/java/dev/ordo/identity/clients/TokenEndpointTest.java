package dev.ordo.identity.clients;

import static dev.ordo.identity.support.ServiceCredentials.basic;
import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.SignedJWT;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.identity.support.ServiceCredentials;
import dev.ordo.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /oauth2/token: client credentials for services, answered as RFC 6749 says. */
@IdentityIntegrationTest
class TokenEndpointTest {

    @LocalServerPort
    int port;

    @Test
    void a_configured_service_gets_a_directory_token_for_the_directory_audience() throws Exception {
        Api.Response response = ServiceCredentials.request(
                port, basic("projects", "test-secret-of-projects"), "grant_type=client_credentials&scope=directory");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.header("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(response.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(response.json().get("expires_in").asLong()).isEqualTo(600);
        assertThat(response.json().get("scope").asString()).isEqualTo("directory");
        SignedJWT jwt = SignedJWT.parse(response.json().get("access_token").asString());
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("RS256");
        assertThat(jwt.getJWTClaimsSet().getAudience())
                .containsExactly("ordo-directory")
                .doesNotContain("ordo-api");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("client_id")).isEqualTo("projects");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("projects");
        assertThat(jwt.getJWTClaimsSet().getStringClaim("scope")).isEqualTo("directory");
    }

    @Test
    void without_a_scope_the_client_gets_every_scope_it_may_have() {
        Api.Response response = ServiceCredentials.request(
                port, basic("reports", "test-secret-of-reports"), "grant_type=client_credentials");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("scope").asString()).isEqualTo("directory");
    }

    @Test
    void a_wrong_secret_an_unknown_client_or_no_basic_credentials_are_invalid_client_with_a_basic_challenge() {
        for (String authorization : new String[] {
            basic("projects", "not-the-secret"),
            basic("intruder", "x"),
            basic("projects", ""),
            "Basic !!!",
            "Bearer something",
            null
        }) {
            Api.Response response = ServiceCredentials.request(port, authorization, "grant_type=client_credentials");

            assertThat(response.status()).as(authorization).isEqualTo(401);
            assertThat(response.json().get("error").asString()).isEqualTo("invalid_client");
            assertThat(response.header("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        }
    }

    @Test
    void another_grant_type_or_an_unknown_scope_is_refused_as_rfc_6749_says() {
        String projects = basic("projects", "test-secret-of-projects");

        Api.Response password = ServiceCredentials.request(port, projects, "grant_type=password&username=a&password=b");
        Api.Response scope = ServiceCredentials.request(port, projects, "grant_type=client_credentials&scope=admin");

        assertThat(password.status()).isEqualTo(400);
        assertThat(password.json().get("error").asString()).isEqualTo("unsupported_grant_type");
        assertThat(scope.status()).isEqualTo(400);
        assertThat(scope.json().get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void a_service_token_opens_nothing_of_the_user_api() {
        String token = ServiceCredentials.projectsToken(port);

        assertThat(Api.fromOwnAddress(port).get("/api/v1/users/me", token).status())
                .isEqualTo(401);
    }

    @Test
    void an_end_user_cannot_get_a_service_token_with_their_own_credentials() {
        Accounts.Account user = new Accounts(Api.fromOwnAddress(port)).register();

        Api.Response response =
                ServiceCredentials.request(port, basic(user.email(), user.password()), "grant_type=client_credentials");

        assertThat(response.status()).isEqualTo(401);
    }
}
