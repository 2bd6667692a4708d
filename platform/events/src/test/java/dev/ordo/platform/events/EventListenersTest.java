package dev.ordo.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.contracts.events.EventCodec;
import dev.ordo.contracts.events.Topics;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The containers a service's subscriptions become keep the names the hand-written listeners had. */
class EventListenersTest {

    private static final EventCodec CODEC = new EventCodec(JsonMapper.builder().build());

    @Test
    void one_container_per_subscribed_topic_in_the_services_group_named_after_service_and_topic() {
        List<SubscriptionEndpoint> endpoints = listeners(
                        "tasks",
                        new EventSubscriptions()
                                .on(ProjectEvents.PROJECT_CREATED, (data, event) -> {})
                                .on(ProjectEvents.MEMBER_REMOVED, (data, event) -> {}),
                        new EventSubscriptions().on(IdentityEvents.USER_REGISTERED, (data, event) -> {}))
                .endpoints();

        assertThat(endpoints)
                .extracting(SubscriptionEndpoint::id, SubscriptionEndpoint::groupId, SubscriptionEndpoint::topics)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "tasks-projects-project", "tasks", List.of(Topics.PROJECTS_PROJECT)),
                        org.assertj.core.groups.Tuple.tuple(
                                "tasks-identity-user", "tasks", List.of(Topics.IDENTITY_USER)));
        assertThat(EventListeners.consumerOf("tasks", Topics.PROJECTS_PROJECT)).isEqualTo("tasks.projects-project");
        assertThat(EventListeners.consumerOf("projects", Topics.IDENTITY_USER)).isEqualTo("projects.identity-user");
    }

    @Test
    void a_catch_all_reads_every_ordo_topic_through_one_container_named_after_the_service() {
        List<SubscriptionEndpoint> endpoints = listeners("audit", new EventSubscriptions().onAny((event, topic) -> {}))
                .endpoints();

        assertThat(endpoints).singleElement().satisfies(endpoint -> {
            assertThat(endpoint.id()).isEqualTo("audit");
            assertThat(endpoint.groupId()).isEqualTo("audit");
            assertThat(endpoint.topics()).isEmpty();
            assertThat(endpoint.topicPattern()).isEqualTo(Topics.ALL_EVENT_TOPICS);
        });
    }

    @Test
    void a_type_has_one_handler_even_across_beans() {
        assertThatThrownBy(() -> listeners(
                                "tasks",
                                new EventSubscriptions().on(ProjectEvents.PROJECT_CREATED, (data, event) -> {}),
                                new EventSubscriptions().on(ProjectEvents.PROJECT_CREATED, (data, event) -> {}))
                        .endpoints())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("project.created");
    }

    @Test
    void a_catch_all_does_not_mix_with_typed_subscriptions_that_would_split_a_topics_partitions() {
        assertThatThrownBy(() -> listeners(
                                "audit",
                                new EventSubscriptions().onAny((event, topic) -> {}),
                                new EventSubscriptions().on(ProjectEvents.PROJECT_CREATED, (data, event) -> {}))
                        .endpoints())
                .isInstanceOf(IllegalStateException.class);
    }

    private static EventListeners listeners(String group, EventSubscriptions... subscriptions) {
        return new EventListeners(group, List.of(subscriptions), CODEC, null, null);
    }
}
