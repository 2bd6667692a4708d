package dev.ordo.projects.project;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.projects.support.Fixtures;
import dev.ordo.projects.support.ProjectsIntegrationTest;
import dev.ordo.projects.support.TestUser;
import dev.ordo.testsupport.Api;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every action on a project, tried by every role and by a non-member, each on a fresh team: the answer
 * must be the one the matrix below (the same as the README's) gives.
 */
@ProjectsIntegrationTest
class PermissionMatrixIT {

    private static final String[] CALLERS = {"owner", "admin", "member", "viewer", "non-member"};

    /** Expected status per caller, in the order of {@link #CALLERS}. */
    enum Action {
        VIEW_PROJECT(200, 200, 200, 200, 404, (t, c) -> t.api.get(t.path(""), c.token())),
        VIEW_MEMBERS(200, 200, 200, 200, 404, (t, c) -> t.api.get(t.path("/members"), c.token())),
        SET_OWN_FAVORITE(
                200, 200, 200, 200, 404, (t, c) -> t.api.patch(t.path(""), c.token(), Map.of("favorite", true))),
        EDIT(
                200,
                200,
                403,
                403,
                404,
                (t, c) -> t.api.patch(
                        t.path(""), c.token(), Map.of("name", "Renamed", "description", "New words", "color", "teal"))),
        MOVE(
                200,
                200,
                403,
                403,
                404,
                (t, c) -> t.api.patch(
                        t.path(""),
                        c.token(),
                        Map.of("parentId", t.fixtures.createProject(c).toString()))),
        ARCHIVE(200, 200, 403, 403, 404, (t, c) -> t.api.post(t.path("/archive"), c.token())),
        UNARCHIVE(200, 200, 403, 403, 404, (t, c) -> {
            t.api.post(t.path("/archive"), t.owner.token());
            return t.api.post(t.path("/unarchive"), c.token());
        }),
        DELETE(204, 403, 403, 403, 404, (t, c) -> t.api.delete(t.path(""), c.token())),
        INVITE(
                201,
                201,
                403,
                403,
                404,
                (t, c) -> t.api.post(
                        t.path("/invitations"),
                        c.token(),
                        Map.of("email", "new-" + UUID.randomUUID() + "@example.test", "role", "member"))),
        LIST_INVITATIONS(200, 200, 403, 403, 404, (t, c) -> t.api.get(t.path("/invitations"), c.token())),
        REVOKE_INVITATION(
                204,
                204,
                403,
                403,
                404,
                (t, c) -> t.api.delete(t.path("/invitations/" + t.pendingInvitation), c.token())),
        CHANGE_A_MEMBERS_ROLE(
                200,
                200,
                403,
                403,
                404,
                (t, c) -> t.api.patch(t.path("/members/" + t.viewer.id()), c.token(), Map.of("role", "member"))),
        CHANGE_THE_OWNERS_ROLE(
                409,
                409,
                403,
                403,
                404,
                (t, c) -> t.api.patch(t.path("/members/" + t.owner.id()), c.token(), Map.of("role", "viewer"))),
        REMOVE_A_MEMBER(
                204, 204, 403, 403, 404, (t, c) -> t.api.delete(t.path("/members/" + t.viewer.id()), c.token())),
        REMOVE_THE_OWNER(
                409, 409, 403, 403, 404, (t, c) -> t.api.delete(t.path("/members/" + t.owner.id()), c.token())),
        LEAVE(409, 204, 204, 204, 404, (t, c) -> t.api.post(t.path("/leave"), c.token())),
        TRANSFER(
                200,
                403,
                403,
                403,
                404,
                (t, c) -> t.api.post(
                        t.path("/transfer"),
                        c.token(),
                        Map.of("userId", t.member.id().toString()))),
        CREATE_A_SUB_PROJECT(
                201,
                201,
                403,
                403,
                404,
                (t, c) -> t.api.post(
                        "/api/v1/projects", c.token(), Map.of("name", "Sub", "parentId", t.project.toString())));

        final int[] expected;
        final BiFunction<Team, TestUser, Api.Response> perform;

        Action(
                int owner,
                int admin,
                int member,
                int viewer,
                int nonMember,
                BiFunction<Team, TestUser, Api.Response> perform) {
            this.expected = new int[] {owner, admin, member, viewer, nonMember};
            this.perform = perform;
        }
    }

    @LocalServerPort
    int port;

    Api api;

    @BeforeEach
    void setUp() {
        api = Api.on(port);
    }

    static Stream<Arguments> everyActionByEveryCaller() {
        return Arrays.stream(Action.values())
                .flatMap(action ->
                        Stream.of(0, 1, 2, 3, 4).map(i -> Arguments.of(action, CALLERS[i], action.expected[i])));
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("everyActionByEveryCaller")
    void each_role_may_do_exactly_what_the_matrix_says(Action action, String caller, int expectedStatus) {
        Team team = new Team(api);

        Api.Response response = action.perform.apply(team, team.caller(caller));

        assertThat(response.status())
                .as("%s by %s: %s", action, caller, response)
                .isEqualTo(expectedStatus);
        if (expectedStatus >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    /** Invitations follow the address, verified: expected status per caller (verified, unverified, stranger). */
    enum InviteeAction {
        LIST_MINE(200, 403, 200, (t, c) -> t.api.get("/api/v1/invitations", c.token())),
        ACCEPT(
                200,
                403,
                404,
                (t, c) -> t.api.post("/api/v1/invitations/" + t.pendingInvitation + "/accept", c.token())),
        REJECT(
                204,
                403,
                404,
                (t, c) -> t.api.post("/api/v1/invitations/" + t.pendingInvitation + "/reject", c.token()));

        final int[] expected;
        final BiFunction<Team, TestUser, Api.Response> perform;

        InviteeAction(int verified, int unverified, int stranger, BiFunction<Team, TestUser, Api.Response> perform) {
            this.expected = new int[] {verified, unverified, stranger};
            this.perform = perform;
        }
    }

    static Stream<Arguments> everyInviteeActionByEveryCaller() {
        return Arrays.stream(InviteeAction.values())
                .flatMap(action -> Stream.of(0, 1, 2)
                        .map(i -> Arguments.of(
                                action,
                                List.of("verified invitee", "unverified invitee", "stranger")
                                        .get(i),
                                action.expected[i])));
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("everyInviteeActionByEveryCaller")
    void an_invitation_is_answered_only_by_its_verified_address(
            InviteeAction action, String caller, int expectedStatus) {
        Team team = new Team(api);
        TestUser invitee = team.invitee;
        TestUser who = switch (caller) {
            case "verified invitee" -> invitee;
            case "unverified invitee" -> invitee.unverified();
            default -> TestUser.fresh();
        };

        Api.Response response = action.perform.apply(team, who);

        assertThat(response.status())
                .as("%s by %s: %s", action, caller, response)
                .isEqualTo(expectedStatus);
        if (expectedStatus >= 400) {
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        if (action == InviteeAction.LIST_MINE && expectedStatus == 200) {
            assertThat(response.body().contains(team.pendingInvitation.toString()))
                    .isEqualTo(caller.equals("verified invitee"));
        }
    }

    /** A project with one member of each role and one pending invitation, made fresh for each cell. */
    static final class Team {
        final Api api;
        final Fixtures fixtures;
        final TestUser owner = TestUser.fresh();
        final TestUser invitee = TestUser.fresh();
        final UUID project;
        final TestUser admin;
        final TestUser member;
        final TestUser viewer;
        final UUID pendingInvitation;

        Team(Api api) {
            this.api = api;
            this.fixtures = new Fixtures(api);
            project = fixtures.createProject(owner);
            admin = fixtures.memberWithRole(project, owner, "admin");
            member = fixtures.memberWithRole(project, owner, "member");
            viewer = fixtures.memberWithRole(project, owner, "viewer");
            pendingInvitation = fixtures.invite(project, owner, invitee.email(), "viewer");
        }

        String path(String rest) {
            return "/api/v1/projects/" + project + rest;
        }

        TestUser caller(String role) {
            return switch (role) {
                case "owner" -> owner;
                case "admin" -> admin;
                case "member" -> member;
                case "viewer" -> viewer;
                default -> TestUser.fresh();
            };
        }
    }
}
