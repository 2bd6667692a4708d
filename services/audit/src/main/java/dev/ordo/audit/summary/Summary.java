package dev.ordo.audit.summary;

/**
 * An event told for people.
 *
 * @param action  the event type without its first segment ({@code completed} for {@code task.completed})
 * @param summary one sentence, e.g. "Ada completed 'Buy milk' in Garden"
 * @param actor   {@code null} when the system caused it
 * @param subject {@code null} only for an event whose subject audit cannot tell
 * @param project {@code null} when the event is not about something in a project
 */
public record Summary(String action, String summary, Actor actor, Subject subject, ProjectRef project) {}
