package dev.ordo.identity.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import dev.ordo.contracts.identity.grpc.DirectoryUser;
import dev.ordo.contracts.identity.grpc.FindUsersByEmailRequest;
import dev.ordo.contracts.identity.grpc.GetUsersRequest;
import dev.ordo.contracts.identity.grpc.UsersReply;
import dev.ordo.identity.clients.ServiceTokens;
import dev.ordo.identity.support.Accounts;
import dev.ordo.identity.support.Directory;
import dev.ordo.identity.support.IdentityIntegrationTest;
import dev.ordo.identity.support.ServiceCredentials;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TestJwks;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.grpc.test.autoconfigure.LocalGrpcPort;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * ordo.identity.v1.UserDirectory over a real gRPC channel, called as another service would call it: with a
 * client-credentials token from POST /oauth2/token.
 */
@IdentityIntegrationTest
class UserDirectoryTest {

    @LocalServerPort
    int httpPort;

    @LocalGrpcPort
    int grpcPort;

    @LocalManagementPort
    int managementPort;

    @Autowired
    ServiceTokens serviceTokens;

    Api api;
    Accounts accounts;
    Directory directory;
    String token;

    @BeforeEach
    void aCallerWithAToken() {
        api = Api.fromOwnAddress(httpPort);
        accounts = new Accounts(api);
        token = ServiceCredentials.projectsToken(httpPort);
        directory = Directory.on(grpcPort);
    }

    @AfterEach
    void closeChannel() throws InterruptedException {
        directory.close();
    }

    @Test
    void users_are_found_by_email_whatever_its_case_and_surrounding_whitespace_and_unknown_emails_are_left_out() {
        Accounts.Account ann = accounts.register();
        Accounts.Account bob = accounts.register();
        String annToken = accounts.login(ann).accessToken();
        assertThat(api.patch("/api/v1/users/me", annToken, Map.of("name", "Ann", "timezone", "Europe/Berlin"))
                        .status())
                .isEqualTo(200);

        UsersReply reply = directory
                .as(token)
                .findUsersByEmail(FindUsersByEmailRequest.newBuilder()
                        .addEmails("  " + ann.email().toUpperCase() + " ")
                        .addEmails(Accounts.uniqueEmail())
                        .addEmails(bob.email())
                        .addEmails("")
                        .build());

        assertThat(reply.getUsersList())
                .extracting(DirectoryUser::getId)
                .containsExactly(ann.id().toString(), bob.id().toString());
        DirectoryUser found = reply.getUsers(0);
        assertThat(found.getEmail()).isEqualTo(ann.email());
        assertThat(found.getName()).isEqualTo("Ann");
        assertThat(found.getTimezone()).isEqualTo("Europe/Berlin");
    }

    @Test
    void users_are_got_by_id_in_the_order_asked_once_each_and_unknown_ids_are_left_out() {
        Accounts.Account ann = accounts.register();
        Accounts.Account bob = accounts.register();

        UsersReply reply = directory
                .as(token)
                .getUsers(GetUsersRequest.newBuilder()
                        .addIds(bob.id().toString())
                        .addIds(UUID.randomUUID().toString())
                        .addIds(ann.id().toString().toUpperCase())
                        .addIds(bob.id().toString())
                        .build());

        assertThat(reply.getUsersList())
                .extracting(DirectoryUser::getId)
                .containsExactly(bob.id().toString(), ann.id().toString());
        assertThat(reply.getUsers(0).getEmail()).isEqualTo(bob.email());
        assertThat(reply.getUsers(0).getName()).isEqualTo("Test User");
        assertThat(reply.getUsers(0).getTimezone()).isNotBlank();
    }

    @Test
    void an_empty_question_gets_an_empty_answer() {
        assertThat(directory
                        .as(token)
                        .getUsers(GetUsersRequest.getDefaultInstance())
                        .getUsersList())
                .isEmpty();
        assertThat(directory
                        .as(token)
                        .findUsersByEmail(FindUsersByEmailRequest.getDefaultInstance())
                        .getUsersList())
                .isEmpty();
    }

    @Test
    void a_malformed_id_is_an_invalid_argument_that_names_it_and_shows_no_insides() {
        for (String malformed : List.of("not-a-uuid", "1-2-3-4-5", "", " " + UUID.randomUUID())) {
            StatusRuntimeException refused = refusal(() -> directory
                    .as(token)
                    .getUsers(GetUsersRequest.newBuilder()
                            .addIds(UUID.randomUUID().toString())
                            .addIds(malformed)
                            .build()));

            assertThat(refused.getStatus().getCode()).as(malformed).isEqualTo(Status.Code.INVALID_ARGUMENT);
            assertThat(refused.getStatus().getDescription()).isEqualTo("ids[1] is not a UUID.");
            assertThat(refused.getTrailers().keys())
                    .noneMatch(key -> key.contains("stack") || key.contains("exception"));
        }
    }

    @Test
    void a_hundred_entries_are_answered_and_more_are_an_invalid_argument() {
        assertThat(directory
                        .as(token)
                        .getUsers(GetUsersRequest.newBuilder()
                                .addAllIds(randomIds(100))
                                .build())
                        .getUsersList())
                .isEmpty();
        assertThat(directory
                        .as(token)
                        .findUsersByEmail(FindUsersByEmailRequest.newBuilder()
                                .addAllEmails(Collections.nCopies(100, Accounts.uniqueEmail()))
                                .build())
                        .getUsersList())
                .isEmpty();

        StatusRuntimeException tooManyIds = refusal(() -> directory
                .as(token)
                .getUsers(GetUsersRequest.newBuilder().addAllIds(randomIds(101)).build()));
        StatusRuntimeException tooManyEmails = refusal(() -> directory
                .as(token)
                .findUsersByEmail(FindUsersByEmailRequest.newBuilder()
                        .addAllEmails(Collections.nCopies(101, "a@b.test"))
                        .build()));

        assertThat(tooManyIds.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(tooManyIds.getStatus().getDescription()).isEqualTo("At most 100 ids per call, not 101.");
        assertThat(tooManyEmails.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(tooManyEmails.getStatus().getDescription()).isEqualTo("At most 100 emails per call, not 101.");
    }

    @Test
    void a_call_without_a_token_is_unauthenticated() {
        Accounts.Account ann = accounts.register();

        StatusRuntimeException refused = refusal(() -> directory
                .anonymous()
                .findUsersByEmail(FindUsersByEmailRequest.newBuilder()
                        .addEmails(ann.email())
                        .build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
    }

    @Test
    void a_call_with_a_token_identity_did_not_sign_or_not_as_bearer_is_unauthenticated() {
        GetUsersRequest request = GetUsersRequest.newBuilder()
                .addIds(UUID.randomUUID().toString())
                .build();
        List<String> badAuthorizations = List.of(
                "Bearer not.a.jwt",
                "Bearer " + TestJwks.get().tokenFor(UUID.randomUUID()), // well signed, but not by identity
                "Bearer " + token.substring(0, token.length() - 4) + "AAAA",
                "Basic " + token,
                token);

        for (String authorization : badAuthorizations) {
            StatusRuntimeException refused =
                    refusal(() -> directory.withAuthorization(authorization).getUsers(request));
            assertThat(refused.getStatus().getCode()).as(authorization).isEqualTo(Status.Code.UNAUTHENTICATED);
        }
    }

    @Test
    void an_end_user_access_token_is_permission_denied_even_an_admins() {
        Accounts.Account ann = accounts.register();
        String userToken = accounts.login(ann).accessToken();

        StatusRuntimeException refused = refusal(() -> directory
                .as(userToken)
                .findUsersByEmail(FindUsersByEmailRequest.newBuilder()
                        .addEmails(ann.email())
                        .build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(refused.getStatus().getDescription()).contains("services only");
    }

    @Test
    void a_service_token_without_the_directory_scope_is_permission_denied() {
        String noScope = serviceTokens.issue("reports", List.of()).value();

        StatusRuntimeException refused = refusal(() -> directory
                .as(noScope)
                .getUsers(GetUsersRequest.newBuilder()
                        .addIds(UUID.randomUUID().toString())
                        .build()));

        assertThat(refused.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void an_account_whose_email_is_not_verified_is_not_in_the_directory() {
        Accounts.Account unverified = accounts.registerUnverified();
        Accounts.Account verified = accounts.register();

        UsersReply byEmail = directory
                .as(token)
                .findUsersByEmail(FindUsersByEmailRequest.newBuilder()
                        .addEmails(unverified.email())
                        .addEmails(verified.email())
                        .build());
        UsersReply byId = directory
                .as(token)
                .getUsers(GetUsersRequest.newBuilder()
                        .addIds(unverified.id().toString())
                        .addIds(verified.id().toString())
                        .build());

        assertThat(byEmail.getUsersList())
                .extracting(DirectoryUser::getId)
                .containsExactly(verified.id().toString());
        assertThat(byId.getUsersList())
                .extracting(DirectoryUser::getId)
                .containsExactly(verified.id().toString());
    }

    @Test
    void a_call_with_a_valid_token_is_answered_whatever_the_case_of_bearer() {
        GetUsersRequest request = GetUsersRequest.newBuilder()
                .addIds(UUID.randomUUID().toString())
                .build();

        assertThat(directory.as(token).getUsers(request).getUsersList()).isEmpty();
        assertThat(directory
                        .withAuthorization("bearer " + token)
                        .getUsers(request)
                        .getUsersList())
                .isEmpty();
    }

    @Test
    void the_health_service_answers_probes_without_a_token_and_the_http_readiness_probe_still_works() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(directory
                            .health()
                            .check(HealthCheckRequest.getDefaultInstance())
                            .getStatus())
                    .isEqualTo(ServingStatus.SERVING);
            assertThat(directory
                            .health()
                            .check(HealthCheckRequest.newBuilder()
                                    .setService("readiness")
                                    .build())
                            .getStatus())
                    .isEqualTo(ServingStatus.SERVING);
        });

        Api.Response readiness = Api.fromOwnAddress(managementPort).get("/actuator/health/readiness", null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().get("status").asString()).isEqualTo("UP");
    }

    private static StatusRuntimeException refusal(Runnable call) {
        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class, call::run);
        assertThat(refused).as("the call should have been refused").isNotNull();
        return refused;
    }

    private static List<String> randomIds(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> UUID.randomUUID().toString())
                .toList();
    }
}
