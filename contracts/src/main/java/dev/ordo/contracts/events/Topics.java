package dev.ordo.contracts.events;

import java.util.regex.Pattern;

/** Topic names. One topic per aggregate: {@code ordo.<service>.<aggregate>}, keyed by aggregate id. */
public final class Topics {

    public static final String IDENTITY_USER = "ordo.identity.user";
    /** Projects with their members and invitations: one aggregate, so one order per project. */
    public static final String PROJECTS_PROJECT = "ordo.projects.project";
    public static final String TASKS_TASK = "ordo.tasks.task";
    public static final String TASKS_SECTION = "ordo.tasks.section";
    public static final String TASKS_LABEL = "ordo.tasks.label";

    /** Suffix of the dead-letter topic that parks poison messages of a topic. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    /** Every Ordo event topic, present and future, but not the dead-letter topics. */
    public static final Pattern ALL_EVENT_TOPICS = Pattern.compile("ordo\\.[a-z0-9-]+\\.[a-z0-9-]+");

    private Topics() {
    }

    public static boolean isOrdoTopic(String topic) {
        return ALL_EVENT_TOPICS.matcher(topic).matches();
    }

    public static String deadLetterTopicOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
