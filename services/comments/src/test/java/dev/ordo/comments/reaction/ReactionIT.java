package dev.ordo.comments.reaction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.comments.support.IntegrationTestBase;
import dev.ordo.comments.support.Person;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.testsupport.Api;
import dev.ordo.testsupport.TopicProbe;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Reactions through the API: toggled, counted by emoji, members only, each real change an event. */
class ReactionIT extends IntegrationTestBase {

    private static final String THUMBS_UP = "👍";
    private static final String PARTY = "🎉";

    private Api.Response react(String method, Person p, String comment, String emoji) {
        String path = "/api/v1/comments/" + comment + "/reactions/"
                + URLEncoder.encode(emoji, StandardCharsets.UTF_8).replace("+", "%20");
        return api.send(method, path, p.token(), null, Map.of());
    }

    @Test
    void reactions_toggle_and_are_counted_by_emoji_with_who_reacted() {
        Person ann = others.user("Ann");
        Person bo = others.user("Bo");
        UUID project = others.project(ann);
        others.join(project, bo, ProjectEvents.MEMBER);
        UUID task = others.task(project, "T");
        String comment = commentOnTask(ann, task, "Ship it?").id();

        assertThat(react("PUT", ann, comment, THUMBS_UP).status()).isEqualTo(200);
        assertThat(react("PUT", bo, comment, PARTY).status()).isEqualTo(200);
        Api.Response bosThumb = react("PUT", bo, comment, THUMBS_UP);
        assertThat(react("PUT", bo, comment, THUMBS_UP).status())
                .as("a second time")
                .isEqualTo(200);
        JsonNode reactions = bosThumb.json();
        assertThat(reactions).hasSize(2);
        assertThat(reactions.get(0).get("emoji").asString()).isEqualTo(THUMBS_UP);
        assertThat(reactions.get(0).get("count").asInt()).isEqualTo(2);
        assertThat(reactions.get(0).get("userIds"))
                .extracting(JsonNode::asString)
                .containsExactly(ann.id().toString(), bo.id().toString());
        assertThat(reactions.get(0).get("mine").asBoolean()).isTrue();
        assertThat(reactions.get(1).get("emoji").asString()).isEqualTo(PARTY);
        assertThat(reactions.get(1).get("count").asInt()).isEqualTo(1);

        JsonNode seenByAnn = api.get("/api/v1/comments/" + comment, ann.token()).json();
        assertThat(seenByAnn.get("reactions").get(1).get("mine").asBoolean()).isFalse();
        assertThat(seenByAnn.get("version").asLong())
                .as("three changes, the repeated add none")
                .isEqualTo(4);

        assertThat(react("DELETE", bo, comment, THUMBS_UP)
                        .json()
                        .get(0)
                        .get("count")
                        .asInt())
                .isEqualTo(1);
        assertThat(react("DELETE", bo, comment, THUMBS_UP).status())
                .as("again: nothing to remove")
                .isEqualTo(200);
        assertThat(react("DELETE", bo, comment, PARTY).json()).hasSize(1);
        assertThat(api.get("/api/v1/comments/" + comment, ann.token())
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(6);

        try (TopicProbe probe = TopicProbe.of(broker.getBrokersAsString(), CommentEvents.REACTION_ADDED)) {
            probe.awaitEnvelope(
                    CommentEvents.REACTION_REMOVED, e -> e.subject().equals(comment) && e.aggregateVersion() == 6);
            assertThat(probe.eventsOf(CommentEvents.REACTION_ADDED).stream()
                            .filter(e -> e.subject().equals(comment))
                            .map(e -> e.data().emoji() + " " + e.data().userId() + " v" + e.aggregateVersion()))
                    .containsExactly(
                            THUMBS_UP + " " + ann.id() + " v2",
                            PARTY + " " + bo.id() + " v3",
                            THUMBS_UP + " " + bo.id() + " v4");
            var removed = probe.awaitEvent(
                    CommentEvents.REACTION_REMOVED,
                    e -> e.commentId().toString().equals(comment));
            assertThat(removed.authorId()).isEqualTo(ann.id());
            assertThat(removed.taskId()).isEqualTo(task);
        }
    }

    @Test
    void viewers_may_not_react_strangers_learn_nothing_and_only_one_emoji_is_a_reaction() {
        Person ann = others.user("Ann");
        Person viewer = others.user("Vi");
        Person stranger = others.user("Stan");
        UUID project = others.project(ann);
        others.join(project, viewer, ProjectEvents.VIEWER);
        UUID task = others.task(project, "T");
        String comment = commentOnTask(ann, task, "Thoughts?").id();

        assertThat(react("PUT", viewer, comment, THUMBS_UP).status()).isEqualTo(403);
        assertThat(react("PUT", stranger, comment, THUMBS_UP).status()).isEqualTo(404);
        assertThat(react("DELETE", stranger, comment, THUMBS_UP).status()).isEqualTo(404);
        assertThat(react("PUT", ann, UUID.randomUUID().toString(), THUMBS_UP).status())
                .isEqualTo(404);
        for (String notOne : new String[] {"ok", "1", "👍👍", "👍 ", "a👍"}) {
            Api.Response r = react("PUT", ann, comment, notOne);
            assertThat(r.status()).as("'%s' -> %s", notOne, r).isEqualTo(400);
            assertThat(r.problem()).isEqualTo("invalid-emoji");
        }
        for (String one : new String[] {"👍🏽", "🇫🇷", "👩‍💻", "❤️"}) {
            assertThat(react("PUT", ann, comment, one).status()).as(one).isEqualTo(200);
        }
        assertThat(api.get("/api/v1/comments/" + comment, viewer.token()).json().get("reactions"))
                .extracting(r -> r.get("emoji").asString())
                .containsExactly("👍🏽", "🇫🇷", "👩‍💻", "❤️");
    }
}
