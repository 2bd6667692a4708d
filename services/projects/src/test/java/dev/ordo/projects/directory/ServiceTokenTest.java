package dev.ordo.projects.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.projects.support.FakeUserDirectory;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client-credentials token against a real HTTP token endpoint (the fake identity's), on a clock the test moves. */
class ServiceTokenTest {

    static final Duration TIMEOUT = Duration.ofSeconds(5);

    final FakeUserDirectory identity = FakeUserDirectory.get();
    final MovableClock clock = new MovableClock();

    @AfterEach
    void defaultLifetime() {
        identity.tokenLifetime(Duration.ofHours(1));
    }

    @Test
    void a_token_is_fetched_once_and_reused_until_less_than_a_minute_of_it_is_left() {
        identity.tokenLifetime(Duration.ofMinutes(10));
        ServiceToken token = token(FakeUserDirectory.CLIENT_SECRET);
        int before = identity.tokenRequests();

        String first = token.value(TIMEOUT);
        clock.advance(Duration.ofSeconds(538));
        String later = token.value(TIMEOUT);
        clock.advance(Duration.ofSeconds(2)); // 540 s of 600: a minute left
        String renewed = token.value(TIMEOUT);

        assertThat(later).isEqualTo(first);
        assertThat(renewed).isNotEqualTo(first);
        assertThat(identity.tokenRequests()).isEqualTo(before + 2);
        assertThat("Bearer " + renewed).isEqualTo(identity.latestAuthorization());
    }

    @Test
    void a_short_lived_token_is_renewed_when_half_its_life_is_left() {
        identity.tokenLifetime(Duration.ofSeconds(40));
        ServiceToken token = token(FakeUserDirectory.CLIENT_SECRET);

        String first = token.value(TIMEOUT);
        clock.advance(Duration.ofSeconds(19));
        assertThat(token.value(TIMEOUT)).isEqualTo(first);
        clock.advance(Duration.ofSeconds(1));
        assertThat(token.value(TIMEOUT)).isNotEqualTo(first);
    }

    @Test
    void a_forgotten_token_is_fetched_anew() {
        ServiceToken token = token(FakeUserDirectory.CLIENT_SECRET);
        String first = token.value(TIMEOUT);

        token.forget();

        assertThat(token.value(TIMEOUT)).isNotEqualTo(first);
    }

    @Test
    void a_refused_or_missing_secret_gives_no_token() {
        int before = identity.tokenRequests();

        assertThatThrownBy(() -> token(null).value(TIMEOUT))
                .isInstanceOf(ServiceToken.TokenUnavailable.class)
                .hasMessageContaining("client-secret is not set");
        assertThat(identity.tokenRequests()).as("not even asked").isEqualTo(before);
        assertThatThrownBy(() -> token("wrong").value(TIMEOUT))
                .isInstanceOf(ServiceToken.TokenUnavailable.class)
                .hasMessageContaining("401")
                .hasMessageContaining("invalid_client");
    }

    @Test
    void an_unreachable_token_endpoint_gives_no_token() {
        ServiceToken token = new ServiceToken(
                URI.create("http://127.0.0.1:1/oauth2/token"),
                FakeUserDirectory.CLIENT_ID,
                FakeUserDirectory.CLIENT_SECRET,
                clock);

        assertThatThrownBy(() -> token.value(TIMEOUT))
                .isInstanceOf(ServiceToken.TokenUnavailable.class)
                .hasMessageContaining("unreachable");
    }

    private ServiceToken token(String secret) {
        return new ServiceToken(URI.create(identity.tokenUri()), FakeUserDirectory.CLIENT_ID, secret, clock);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
