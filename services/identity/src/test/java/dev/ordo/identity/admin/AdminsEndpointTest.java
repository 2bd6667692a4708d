package dev.ordo.identity.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.contracts.events.Topics;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.identity.support.Jwts;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The operator's {@code POST /actuator/admins/{email}} on the management port ({@code ./ordo admin grant|revoke}). */
@IdentityIntegrationTest
class AdminsEndpointTest {

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @Value("${spring.embedded.kafka.brokers}")
    String kafka;

    Api api;
    Api operator;
    Accounts accounts;

    @BeforeEach
    void clients() {
        api = Api.fromOwnAddress(port);
        operator = Api.fromOwnAddress(managementPort);
        accounts = new Accounts(api);
    }

    @Test
    void an_operator_grants_admin_to_a_verified_account_and_revokes_it_each_recorded_as_user_roles_changed() {
        Accounts.Account account = accounts.register();

        Api.Response granted =
                operator.post("/actuator/admins/" + account.email().toUpperCase(), null, Map.of("action", "grant"));

        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.json().get("roles").values())
                .extracting(JsonNode::asString)
                .containsExactly("user", "admin");
        assertThat(granted.json().get("changed").asBoolean()).isTrue();
        String token = accounts.login(account).accessToken();
        assertThat(Jwts.claims(token).get("roles").values())
                .extracting(JsonNode::asString)
                .contains("admin");
        assertThat(operator.post("/actuator/admins/" + account.email(), null, Map.of("action", "grant"))
                        .json()
                        .get("changed")
                        .asBoolean())
                .isFalse();

        Api.Response revoked = operator.post("/actuator/admins/" + account.email(), null, Map.of("action", "revoke"));

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().get("roles").values())
                .extracting(JsonNode::asString)
                .containsExactly("user");
        assertThat(Jwts.claims(accounts.login(account).accessToken())
                        .get("roles")
                        .values())
                .extracting(JsonNode::asString)
                .containsExactly("user");
        try (TopicProbe topic = new TopicProbe(kafka, Topics.IDENTITY_USER)) {
            // the last thing the user did was to sign in after the revoke
            List<JsonNode> events = topic.awaitEventsOf(account.id().toString(), "user.logged-in").stream()
                    .filter(e -> e.get("type").asString().equals("user.roles-changed"))
                    .toList();
            assertThat(events).hasSize(2);
            JsonNode grant = events.get(0);
            assertThat(grant.get("actor") == null || grant.get("actor").isNull())
                    .as("no user acted: %s", grant)
                    .isTrue();
            assertThat(grant.get("data").get("previousRoles").values())
                    .extracting(JsonNode::asString)
                    .containsExactly("user");
            assertThat(grant.get("data").get("roles").values())
                    .extracting(JsonNode::asString)
                    .containsExactly("user", "admin");
            assertThat(events.get(1).get("data").get("roles").values())
                    .extracting(JsonNode::asString)
                    .containsExactly("user");
        }
    }

    @Test
    void granting_refuses_an_unverified_account_with_a_409_that_says_why() {
        Accounts.Account account = accounts.registerUnverified();

        Api.Response response = operator.post("/actuator/admins/" + account.email(), null, Map.of("action", "grant"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("message").asString()).contains("has not verified");
        assertThat(Jwts.claims(accounts.login(account).accessToken())
                        .get("roles")
                        .values())
                .extracting(JsonNode::asString)
                .containsExactly("user");
    }

    @Test
    void an_unknown_account_is_a_404_and_an_unknown_action_a_400() {
        Accounts.Account account = accounts.register();

        assertThat(operator.post("/actuator/admins/" + Accounts.uniqueEmail(), null, Map.of("action", "grant"))
                        .status())
                .isEqualTo(404);
        assertThat(operator.post("/actuator/admins/" + account.email(), null, Map.of("action", "promote"))
                        .status())
                .isEqualTo(400);
        assertThat(operator.post("/actuator/admins/" + account.email(), null, Map.of())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void the_endpoint_is_not_reachable_on_the_public_port() {
        Accounts.Account account = accounts.register();
        String token = accounts.login(account).accessToken();

        Api.Response anonymous = api.post("/actuator/admins/" + account.email(), null, Map.of("action", "grant"));
        Api.Response signedIn = api.post("/actuator/admins/" + account.email(), token, Map.of("action", "grant"));

        assertThat(anonymous.status()).isIn(401, 404);
        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(Jwts.claims(accounts.login(account).accessToken())
                        .get("roles")
                        .values())
                .extracting(JsonNode::asString)
                .containsExactly("user");
    }
}
