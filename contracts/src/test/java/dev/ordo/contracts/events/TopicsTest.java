package dev.ordo.contracts.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordo.contracts.identity.IdentityEvents;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void event_topics_match_the_pattern_but_dead_letter_topics_do_not() {
        assertThat(Topics.isOrdoTopic("ordo.identity.user")).isTrue();
        assertThat(Topics.isOrdoTopic("ordo.tasks.task")).isTrue();
        assertThat(Topics.isOrdoTopic(Topics.deadLetterTopicOf("ordo.identity.user", "tasks")))
                .isFalse();
        assertThat(Topics.isOrdoTopic("__consumer_offsets")).isFalse();
    }

    @Test
    void each_consumer_group_has_its_own_dead_letter_topic() {
        assertThat(Topics.deadLetterTopicOf("ordo.projects.project", "tasks"))
                .isEqualTo("ordo.projects.project.tasks.dlt");
        assertThat(Topics.deadLetterTopicOf("ordo.projects.project", "audit"))
                .isEqualTo("ordo.projects.project.audit.dlt");
        assertThatThrownBy(() -> Topics.deadLetterTopicOf("ordo.projects.project", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_event_type_refuses_a_topic_outside_the_naming_scheme() {
        assertThatThrownBy(() -> new EventType<>("x.y", 1, String.class, "users"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void every_projects_event_has_a_unique_name_on_the_project_topic() {
        assertThat(dev.ordo.contracts.projects.ProjectEvents.ALL)
                .extracting(EventType::name)
                .doesNotHaveDuplicates();
        assertThat(dev.ordo.contracts.projects.ProjectEvents.ALL)
                .extracting(EventType::topic)
                .containsOnly(Topics.PROJECTS_PROJECT);
    }

    @Test
    void every_identity_event_has_a_unique_name_on_the_user_topic() {
        assertThat(IdentityEvents.ALL).extracting(EventType::name).doesNotHaveDuplicates();
        assertThat(IdentityEvents.ALL).extracting(EventType::topic).containsOnly(Topics.IDENTITY_USER);
    }

    @Test
    void every_calendar_event_has_a_unique_name_on_the_calendar_event_topic() {
        assertThat(dev.ordo.contracts.calendar.CalendarEvents.ALL)
                .extracting(EventType::name)
                .containsExactly("calendar.event.created", "calendar.event.updated", "calendar.event.deleted");
        assertThat(dev.ordo.contracts.calendar.CalendarEvents.ALL)
                .extracting(EventType::topic)
                .containsOnly(Topics.CALENDAR_EVENT);
        assertThat(Topics.ENTITY_TOPICS).contains(Topics.CALENDAR_EVENT);
    }

    @Test
    void every_comment_event_has_a_unique_name_on_the_comment_topic() {
        assertThat(dev.ordo.contracts.comments.CommentEvents.ALL)
                .extracting(EventType::name)
                .doesNotHaveDuplicates();
        assertThat(dev.ordo.contracts.comments.CommentEvents.ALL)
                .extracting(EventType::topic)
                .containsOnly(Topics.COMMENTS_COMMENT);
        assertThat(Topics.ENTITY_TOPICS).contains(Topics.COMMENTS_COMMENT);
    }

    @Test
    void every_reminder_event_has_a_unique_name_on_the_reminder_topic() {
        assertThat(dev.ordo.contracts.notifications.ReminderEvents.ALL)
                .extracting(EventType::name)
                .doesNotHaveDuplicates();
        assertThat(dev.ordo.contracts.notifications.ReminderEvents.ALL)
                .extracting(EventType::topic)
                .containsOnly(Topics.NOTIFICATIONS_REMINDER);
        assertThat(Topics.ENTITY_TOPICS).contains(Topics.NOTIFICATIONS_REMINDER);
    }
}
