package dev.ordo.contracts.events;

import java.util.List;
import java.util.regex.Pattern;

/** Topic names. One topic per aggregate: {@code ordo.<service>.<aggregate>}, keyed by aggregate id. */
public final class Topics {

    public static final String IDENTITY_USER = "ordo.identity.user";
    /** Projects with their members and invitations: one aggregate, so one order per project. */
    public static final String PROJECTS_PROJECT = "ordo.projects.project";

    public static final String TASKS_TASK = "ordo.tasks.task";
    public static final String TASKS_SECTION = "ordo.tasks.section";
    public static final String TASKS_LABEL = "ordo.tasks.label";

    /** Calendar events (meetings): one aggregate per event, recurring series included. */
    public static final String CALENDAR_EVENT = "ordo.calendar.event";

    /** Comments with their reactions and attachments: one aggregate per comment. */
    public static final String COMMENTS_COMMENT = "ordo.comments.comment";

    /** Reminders on tasks: one aggregate per reminder. */
    public static final String NOTIFICATIONS_REMINDER = "ordo.notifications.reminder";

    /** Every entity topic Ordo publishes today; kept whole (infinite retention, ADR 0011) so replicas can replay. */
    public static final List<String> ENTITY_TOPICS = List.of(
            IDENTITY_USER,
            PROJECTS_PROJECT,
            TASKS_TASK,
            TASKS_SECTION,
            TASKS_LABEL,
            CALENDAR_EVENT,
            COMMENTS_COMMENT,
            NOTIFICATIONS_REMINDER);

    /** Suffix of the dead-letter topics that park poison messages: {@code <topic>.<consumer group>.dlt}. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private static final Pattern GROUP = Pattern.compile("[A-Za-z0-9._-]+");

    /** Every Ordo event topic, present and future, but not the dead-letter topics. */
    public static final Pattern ALL_EVENT_TOPICS = Pattern.compile("ordo\\.[a-z0-9-]+\\.[a-z0-9-]+");

    private Topics() {}

    public static boolean isOrdoTopic(String topic) {
        return ALL_EVENT_TOPICS.matcher(topic).matches();
    }

    /**
     * Where consumer group {@code group} parks the messages of {@code topic} it can never process. One per
     * group, so replaying it reaches only the group that failed, and two services never mix their letters.
     */
    public static String deadLetterTopicOf(String topic, String group) {
        if (group == null || !GROUP.matcher(group).matches()) {
            throw new IllegalArgumentException("not a consumer group name: " + group);
        }
        return topic + "." + group + DEAD_LETTER_SUFFIX;
    }
}
