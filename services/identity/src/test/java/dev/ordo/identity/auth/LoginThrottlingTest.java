package dev.ordo.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login throttling policy (identity README, "Passwords and login limits") with the test limits: 8
 * attempts per address and minute, 3 failures per (account, address), 3 free failures per account from
 * unknown addresses, then waits of 2 s doubling up to 4 s.
 */
@IdentityIntegrationTest
class LoginThrottlingTest {

    @LocalServerPort
    int port;

    Accounts.Account owner;
    Api ownersLaptop;

    @BeforeEach
    void anOwnerWhoSignedInFromTheirLaptop() {
        ownersLaptop = Api.fromOwnAddress(port);
        owner = new Accounts(ownersLaptop).register();
        new Accounts(ownersLaptop).login(owner);
    }

    @Test
    void failures_from_one_address_on_one_account_answer_429_for_that_pair_only() {
        Api attacker = Api.fromOwnAddress(port);
        for (int i = 0; i < 3; i++) {
            assertThat(guess(attacker, owner.email()).status()).isEqualTo(401);
        }

        Api.Response refused =
                attacker.post("/api/v1/auth/login", null, Map.of("email", owner.email(), "password", owner.password()));
        Api.Response otherAccount = attacker.post(
                "/api/v1/auth/login", null, Map.of("email", Accounts.uniqueEmail(), "password", "a-wrong-password"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(refused.header("Retry-After").orElseThrow())).isBetween(1L, 15 * 60L);
        assertThat(otherAccount.status())
                .as("the same address on another account")
                .isEqualTo(401);
        assertThat(signIn(ownersLaptop).status())
                .as("the owner, from their own address")
                .isEqualTo(200);
    }

    @Test
    void
            during_an_attack_from_many_addresses_a_fresh_attacker_is_slowed_down_and_the_owner_still_signs_in_from_a_known_address() {
        startTheSlowdown();

        Api.Response freshAttacker = guess(Api.fromOwnAddress(port), owner.email());
        assertThat(freshAttacker.status()).isEqualTo(429);
        assertThat(Long.parseLong(freshAttacker.header("Retry-After").orElseThrow()))
                .isBetween(1L, 4L);

        for (int i = 0; i < 3; i++) {
            assertThat(signIn(ownersLaptop).status())
                    .as("the owner's sign-in %d during the attack", i)
                    .isEqualTo(200);
        }
    }

    @Test
    void the_account_slowdown_is_a_wait_never_a_lock_even_for_the_owner_on_a_new_address() {
        startTheSlowdown();
        Api ownersNewPhone = Api.fromOwnAddress(port);

        Api.Response first = signIn(ownersNewPhone);
        assertThat(first.status()).isEqualTo(429);
        assertThat(Long.parseLong(first.header("Retry-After").orElseThrow())).isBetween(1L, 4L);

        // no attacker takes the next turn here: within the longest wait the owner gets through. Polled once a
        // second, as a client honouring Retry-After would, so the per-address limit (8 a minute) is not reached.
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> signIn(ownersNewPhone).status() == 200);
    }

    @Test
    void unknown_accounts_are_throttled_like_known_ones() {
        String nobody = Accounts.uniqueEmail();
        Api attacker = Api.fromOwnAddress(port);
        for (int i = 0; i < 3; i++) {
            assertThat(guess(attacker, nobody).status()).isEqualTo(401);
        }

        assertThat(guess(attacker, nobody).status()).isEqualTo(429);
    }

    /**
     * Guesses from ever new addresses (each under every per-address limit) until the fourth failure: the
     * first three were free, the fourth makes the next address wait 2 s.
     */
    private void startTheSlowdown() {
        int failures = 0;
        for (int i = 0; i < 50 && failures < 4; i++) {
            if (guess(Api.fromOwnAddress(port), owner.email()).status() == 401) {
                failures++;
            }
        }
        assertThat(failures).isEqualTo(4);
    }

    private Api.Response signIn(Api from) {
        return from.post("/api/v1/auth/login", null, Map.of("email", owner.email(), "password", owner.password()));
    }

    private static Api.Response guess(Api from, String email) {
        return from.post("/api/v1/auth/login", null, Map.of("email", email, "password", "guess-" + System.nanoTime()));
    }
}
