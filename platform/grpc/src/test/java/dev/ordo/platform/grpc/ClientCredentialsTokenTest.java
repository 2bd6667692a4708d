package dev.ordo.platform.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.platform.grpc.client.ClientCredentials;
import dev.ordo.platform.grpc.client.ClientCredentialsToken;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client-credentials token against a real HTTP token endpoint, on a clock the test moves. */
class ClientCredentialsTokenTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    final TokenEndpoint endpoint = new TokenEndpoint();
    final MovableClock clock = new MovableClock();

    @AfterEach
    void close() {
        endpoint.close();
    }

    @Test
    void a_token_is_fetched_once_and_reused_until_less_than_a_minute_of_it_is_left() {
        endpoint.lifetime(Duration.ofMinutes(10));
        ClientCredentialsToken token = token(TokenEndpoint.CLIENT_SECRET);

        String first = token.value(TIMEOUT);
        clock.advance(Duration.ofSeconds(538));
        String later = token.value(TIMEOUT);
        clock.advance(Duration.ofSeconds(2)); // 540 s of 600: a minute left
        String renewed = token.value(TIMEOUT);

        assertThat(later).isEqualTo(first);
        assertThat(renewed).isNotEqualTo(first).isEqualTo(endpoint.latest());
        assertThat(endpoint.requests()).isEqualTo(2);
        assertThat(endpoint.forms()).allMatch(form -> form.equals("grant_type=client_credentials&scope=directory"));
    }

    @Test
    void a_short_lived_token_is_renewed_when_half_its_life_is_left() {
        endpoint.lifetime(Duration.ofSeconds(40));
        ClientCredentialsToken token = token(TokenEndpoint.CLIENT_SECRET);

        String first = token.value(TIMEOUT);
        clock.advance(Duration.ofSeconds(19));
        assertThat(token.value(TIMEOUT)).isEqualTo(first);
        clock.advance(Duration.ofSeconds(1));
        assertThat(token.value(TIMEOUT)).isNotEqualTo(first);
    }

    @Test
    void a_refused_token_is_fetched_anew_but_a_newer_one_is_kept() {
        ClientCredentialsToken token = token(TokenEndpoint.CLIENT_SECRET);
        String first = token.value(TIMEOUT);

        token.refused(first);
        String second = token.value(TIMEOUT);
        token.refused(first); // a late answer to a call that went out with the first one

        assertThat(second).isNotEqualTo(first);
        assertThat(token.value(TIMEOUT)).isEqualTo(second);
        assertThat(endpoint.requests()).isEqualTo(2);
    }

    @Test
    void a_refused_or_missing_secret_gives_no_token() {
        assertThatThrownBy(() -> token(null).value(TIMEOUT))
                .isInstanceOf(ClientCredentialsToken.TokenUnavailable.class)
                .hasMessageContaining("no client secret");
        assertThat(endpoint.requests()).as("not even asked").isZero();
        assertThatThrownBy(() -> token("wrong").value(TIMEOUT))
                .isInstanceOf(ClientCredentialsToken.TokenUnavailable.class)
                .hasMessageContaining("401")
                .hasMessageContaining("invalid_client");
    }

    @Test
    void an_unreachable_token_endpoint_gives_no_token() {
        ClientCredentialsToken token = new ClientCredentialsToken(
                new ClientCredentials(
                        URI.create("http://127.0.0.1:1/oauth2/token"),
                        TokenEndpoint.CLIENT_ID,
                        TokenEndpoint.CLIENT_SECRET,
                        "directory"),
                clock);

        assertThatThrownBy(() -> token.value(TIMEOUT))
                .isInstanceOf(ClientCredentialsToken.TokenUnavailable.class)
                .hasMessageContaining("unreachable");
    }

    private ClientCredentialsToken token(String secret) {
        return new ClientCredentialsToken(
                new ClientCredentials(endpoint.uri(), TokenEndpoint.CLIENT_ID, secret, "directory"), clock);
    }
}
