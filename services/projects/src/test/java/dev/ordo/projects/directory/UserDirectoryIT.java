package dev.ordo.projects.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.projects.support.FakeUserDirectory;
import dev.ordo.projects.support.Fixtures;
import dev.ordo.projects.support.IdentityEvents;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.projects.support.TestUser;
import dev.ordo.testsupport.Api;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Resolving an invitee's email with identity's UserDirectory (here a fake gRPC server and token endpoint):
 * with this service's own client-credentials token (never the inviter's), within a deadline, and never at
 * the cost of the invitation when identity is down.
 */
@ProjectsIntegrationTest
class UserDirectoryIT {

    @LocalServerPort
    int port;

    @Autowired
    UserDirectory directory;

    @Autowired
    MeterRegistry meters;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    EventCodec codec;

    FakeUserDirectory identity = FakeUserDirectory.get();
    Api api;
    TestUser ann;
    UUID project;

    @BeforeEach
    void setUp() {
        identityAnswers(); // a cold first call (connection, first token) may outlast the test's short deadline
        api = Api.on(port);
        ann = TestUser.fresh();
        project = new Fixtures(api).createProject(ann);
    }

    @AfterEach
    void identityIsBackAndHealthy() {
        identity.answer();
        if (!identity.isRunning()) {
            identity.start();
        }
        identityAnswers();
    }

    private void identityAnswers() {
        // the channel may still be waiting to reconnect; the breaker must not keep its memories
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    directory.circuitBreaker().reset();
                    return !(directory.findByEmail("probe@example.test") instanceof DirectoryLookup.Unavailable);
                });
        directory.circuitBreaker().reset();
    }

    @Test
    void an_invitee_identity_knows_is_named_at_once_and_identity_saw_the_services_token_not_the_inviters() {
        TestUser bo = TestUser.fresh();
        identity.knows(bo.id(), bo.email(), "Bo");

        Api.Response sent = invite(bo.email());

        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        assertThat(sent.field("inviteeId"))
                .as("the inviter is not told who has the address")
                .isNull();
        assertThat(identity.authorizationsOfCallsFor(bo.email()))
                .containsExactly(identity.latestAuthorization())
                .doesNotContain("Bearer " + ann.token());
        // it attaches to the verified address, not to an id: a token without the email does not find it
        assertThat(api.get("/api/v1/invitations", bo.token()).json().get("items"))
                .extracting(i -> i.get("id").asString())
                .containsExactly(sent.field("id"));
        assertThat(api.get("/api/v1/invitations", bo.withoutEmailInToken().token())
                        .json()
                        .get("items"))
                .isEmpty();
    }

    @Test
    void the_service_token_is_fetched_once_and_reused_while_it_is_fresh() {
        directory.findByEmail("warm-up@example.test");
        int before = identity.tokenRequests();

        for (int i = 0; i < 3; i++) {
            assertThat(directory.findByEmail("someone-" + i + "@example.test"))
                    .isInstanceOf(DirectoryLookup.NotFound.class);
        }

        assertThat(identity.tokenRequests()).isEqualTo(before);
    }

    @Test
    void a_token_identity_refuses_is_given_up_and_the_next_lookup_goes_with_a_new_one() {
        directory.findByEmail("warm-up@example.test");
        int before = identity.tokenRequests();
        identity.refuseIssuedTokens();

        DirectoryLookup refused = directory.findByEmail("refused@example.test");
        DirectoryLookup next = directory.findByEmail("next@example.test");

        assertThat(refused).isEqualTo(new DirectoryLookup.Unavailable("UNAUTHENTICATED"));
        assertThat(next).isInstanceOf(DirectoryLookup.NotFound.class);
        assertThat(identity.tokenRequests()).isEqualTo(before + 1);
        assertThat(identity.authorizationsOfCallsFor("next@example.test"))
                .containsExactly(identity.latestAuthorization());
    }

    @Test
    void an_email_identity_does_not_know_is_invited_by_email_alone() {
        String email = "nobody-" + UUID.randomUUID() + "@example.test";

        Api.Response sent = invite(email);

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.field("inviteeId")).isNull();
        assertThat(identity.callsFor(email)).isEqualTo(1);
    }

    @Test
    void when_identity_does_not_answer_the_invitation_goes_out_by_email_once_the_deadline_passed() {
        TestUser bo = TestUser.fresh();
        identity.knows(bo.id(), bo.email(), "Bo");
        identity.goSilent();

        long started = System.nanoTime();
        Api.Response sent = invite(bo.email());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(sent.status()).isEqualTo(201);
        assertThat(sent.field("inviteeId")).isNull();
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(500)).isLessThan(Duration.ofSeconds(5));
        assertThat(identity.callsFor(bo.email())).isEqualTo(1); // a spent budget is not retried
    }

    @Test
    void when_identity_is_down_invitations_still_go_out_and_the_circuit_opens_and_then_fails_fast() {
        identity.stop();
        directory.circuitBreaker().reset();
        double retriedBefore = meter("resilience4j.retry.calls", "kind", "failed_with_retry");

        assertThat(invite("a-" + UUID.randomUUID() + "@example.test").field("inviteeId"))
                .isNull();
        assertThat(invite("b-" + UUID.randomUUID() + "@example.test").field("inviteeId"))
                .isNull();

        assertThat(directory.circuitBreaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(meter("resilience4j.circuitbreaker.state", "state", "open")).isEqualTo(1.0);
        assertThat(meter("resilience4j.retry.calls", "kind", "failed_with_retry"))
                .isGreaterThan(retriedBefore);

        double refusedBefore = meter("resilience4j.circuitbreaker.not.permitted.calls");
        long started = System.nanoTime();
        Api.Response whileOpen = invite("c-" + UUID.randomUUID() + "@example.test");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(whileOpen.status()).isEqualTo(201);
        assertThat(whileOpen.field("inviteeId")).isNull();
        assertThat(meter("resilience4j.circuitbreaker.not.permitted.calls")).isGreaterThan(refusedBefore);
        assertThat(took).isLessThan(Duration.ofMillis(500)); // less than one deadline: identity was not tried
    }

    @Test
    void when_identity_is_down_the_users_this_service_heard_of_are_still_recognised_as_members() {
        TestUser bo = TestUser.fresh();
        IdentityEvents events = new IdentityEvents(kafka, codec);
        events.register(bo);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/projects", bo.token())
                                .json()
                                .get("items")
                                .size()
                        == 1); // bo's Inbox: the event was handled
        new Fixtures(api).join(project, ann, bo, "member");
        identity.stop();

        Api.Response again = api.post(
                "/api/v1/projects/" + project + "/invitations",
                ann.token(),
                Map.of("email", bo.email(), "role", "admin"));

        assertThat(again.status()).as(again.toString()).isEqualTo(409);
    }

    @Test
    void an_invitation_sent_before_the_invitee_registered_names_them_only_once_they_accept() {
        TestUser newcomer = TestUser.fresh();
        Api.Response sent = invite(newcomer.email());
        assertThat(sent.field("inviteeId")).isNull();

        new IdentityEvents(kafka, codec).register(newcomer);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> api.get("/api/v1/projects", newcomer.token())
                                .json()
                                .get("items")
                                .size()
                        == 1); // the newcomer's Inbox: the event was handled

        String invitation = "/api/v1/projects/" + project + "/invitations/" + sent.field("id");
        assertThat(api.get(invitation, ann.token()).field("inviteeId")).isNull();
        TestUser byIdOnly = newcomer.withoutEmailInToken();
        assertThat(api.post("/api/v1/invitations/" + sent.field("id") + "/accept", byIdOnly.token())
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/invitations/" + sent.field("id") + "/accept", newcomer.token())
                        .status())
                .isEqualTo(200);
        assertThat(api.get(invitation, ann.token()).field("inviteeId"))
                .isEqualTo(newcomer.id().toString());
    }

    private Api.Response invite(String email) {
        Api.Response sent = api.post(
                "/api/v1/projects/" + project + "/invitations", ann.token(), Map.of("email", email, "role", "member"));
        assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
        return sent;
    }

    /** The value of the directory's meter with these tags (a counter's count, a gauge's value), 0 if absent. */
    private double meter(String name, String... tags) {
        String[] all = new String[tags.length + 2];
        all[0] = "name";
        all[1] = "identity-directory";
        System.arraycopy(tags, 0, all, 2, tags.length);
        return meters.find(name).tags(all).meters().stream()
                .mapToDouble(m -> m.measure().iterator().next().getValue())
                .sum();
    }
}
