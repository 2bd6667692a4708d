package dev.ordo.identity.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.testsupport.Api;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IdentityIntegrationTest
class RefreshTokenTest {

    @LocalServerPort
    int port;

    Api api;
    Accounts accounts;

    @BeforeEach
    void newClient() {
        api = Api.fromOwnAddress(port);
        accounts = new Accounts(api);
    }

    @Test
    void a_refresh_gives_a_new_pair_and_spends_the_old_refresh_token() {
        Accounts.Account account = accounts.register();
        Accounts.Session first = accounts.login(account);

        Accounts.Session second = accounts.refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(api.get("/api/v1/users/me", second.accessToken()).status()).isEqualTo(200);
        assertThat(accounts.refresh(second.refreshToken()).refreshToken()).isNotBlank();
    }

    @Test
    void presenting_a_spent_refresh_token_is_401_and_kills_every_token_of_its_family() {
        Accounts.Account account = accounts.register();
        Accounts.Session first = accounts.login(account);
        Accounts.Session second = accounts.refresh(first.refreshToken());
        Accounts.Session third = accounts.refresh(second.refreshToken());

        Api.Response replay = refresh(first.refreshToken());

        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.contentType()).startsWith("application/problem+json");
        assertThat(refresh(third.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void revoking_one_family_leaves_the_users_other_sessions_alone() {
        Accounts.Account account = accounts.register();
        Accounts.Session laptop = accounts.login(account);
        Accounts.Session phone = accounts.login(account);
        accounts.refresh(laptop.refreshToken());

        refresh(laptop.refreshToken());

        assertThat(refresh(phone.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void of_concurrent_refreshes_with_one_token_exactly_one_succeeds() throws Exception {
        Accounts.Account account = accounts.register();
        String token = accounts.login(account).refreshToken();
        int racers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();

        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (int i = 0; i < racers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return refresh(token).status();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 401);
        }
    }

    @Test
    void logout_answers_204_and_ends_the_session() {
        Accounts.Account account = accounts.register();
        Accounts.Session session = accounts.refresh(accounts.login(account).refreshToken());

        Api.Response logout = api.post("/api/v1/auth/logout", null, Map.of("refreshToken", session.refreshToken()));

        assertThat(logout.status()).isEqualTo(204);
        assertThat(refresh(session.refreshToken()).status()).isEqualTo(401);
    }

    @Test
    void logging_out_with_an_unknown_token_is_still_204() {
        assertThat(api.post("/api/v1/auth/logout", null, Map.of("refreshToken", "never-issued"))
                        .status())
                .isEqualTo(204);
    }

    @Test
    void a_made_up_refresh_token_is_401() {
        assertThat(refresh("A".repeat(43)).status()).isEqualTo(401);
        assertThat(refresh("not even the right shape").status()).isEqualTo(401);
    }

    private Api.Response refresh(String token) {
        return api.post("/api/v1/auth/refresh", null, Map.of("refreshToken", token));
    }
}
