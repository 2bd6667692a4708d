package dev.ordo.audit.summary;

import static dev.ordo.audit.summary.NameKind.PROJECT;
import static dev.ordo.audit.summary.NameKind.SECTION;
import static dev.ordo.audit.summary.NameKind.TASK;
import static dev.ordo.audit.summary.NameKind.USER;

import dev.ordo.audit.trail.AuditEvent;
import dev.ordo.contracts.calendar.CalendarEvents;
import dev.ordo.contracts.comments.CommentEvents;
import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.contracts.notifications.ReminderEvents;
import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.contracts.projects.ProjectEvents.ProjectState;
import dev.ordo.contracts.tasks.TaskEvents;
import dev.ordo.contracts.tasks.TaskEvents.TaskState;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Tells events for people: one sentence and typed fields per event, in the words of its contracts record,
 * with the people and projects it names by id called what they were called when it happened. Each event
 * type of {@code contracts} has its sentence here ({@code SummariesTest} fails for one that has none); an
 * event type audit does not know yet gets a plain one ("Ada: widget frobbed").
 *
 * <p>Rendered when read, not stored when recorded: names come from other topics, which arrive in no
 * particular order, and the trail is append-only, so a sentence written before its names arrived could never
 * be corrected; rendered from the event and the names' histories it is right once everything has arrived,
 * and a better sentence applies to the whole trail.
 */
@Component
public class Summaries {

    private record Telling<T>(EventType<T> type, BiFunction<T, Scene, Told> tell) {}

    /** What a telling gives; the actor and action are the same for every event. */
    private record Told(String sentence, Subject subject, ProjectRef project) {}

    private final Map<String, Telling<?>> tellings = new HashMap<>();
    private final EventData data;
    private final Names names;

    Summaries(EventData data, Names names) {
        this.data = data;
        this.names = names;
        identity();
        projects();
        tasks();
        calendar();
        comments();
        reminders();
    }

    /** The summaries of {@code events}, in their order; names are read once for the whole page. */
    public List<Summary> of(List<AuditEvent> events) {
        Set<UUID> ids = new HashSet<>();
        for (AuditEvent event : events) {
            uuid(event.actor()).ifPresent(ids::add);
            collectIds(event.data(), ids);
        }
        NameBook book = names.of(ids);
        return events.stream().map(event -> of(event, book)).toList();
    }

    /** Whether events of {@code type} have a sentence of their own. */
    public boolean tells(EventType<?> type) {
        Telling<?> telling = tellings.get(type.name());
        return telling != null && telling.type().equals(type);
    }

    Summary of(AuditEvent event, NameBook book) {
        Scene scene = new Scene(event, book);
        Told told = Optional.ofNullable(tellings.get(event.type()))
                .flatMap(telling -> tell(telling, event, scene))
                .orElseGet(() -> plain(event, scene));
        return new Summary(
                action(event.type()), capitalized(told.sentence()), scene.actor(), told.subject(), told.project());
    }

    private <T> Optional<Told> tell(Telling<T> telling, AuditEvent event, Scene scene) {
        return data.as(event, telling.type()).flatMap(d -> {
            try {
                return Optional.of(telling.tell().apply(d, scene));
            } catch (NullPointerException e) {
                // Data that fits the record but lacks a part its sentence needs (a hand-made event):
                // the plain sentence still says who did what.
                return Optional.empty();
            }
        });
    }

    private static Told plain(AuditEvent event, Scene scene) {
        String type = event.type();
        int dot = type.indexOf('.');
        String thing = dot < 0 ? type : type.substring(0, dot);
        String words = (thing + " " + action(type)).replace('-', ' ').strip();
        Subject subject = event.subject() == null ? null : new Subject(thing, event.subject(), null);
        return new Told(scene.who() + ": " + words, subject, null);
    }

    private void identity() {
        on(
                IdentityEvents.USER_REGISTERED,
                (d, s) -> new Told(
                        userName(d.name(), d.email()) + " signed up",
                        user(d.userId(), userName(d.name(), d.email())),
                        null));
        on(
                IdentityEvents.USER_UPDATED,
                (d, s) -> new Told(
                        s.who() + " changed " + s.possessive(d.userId()) + " profile" + fields(d.changedFields()),
                        s.user(d.userId()),
                        null));
        on(
                IdentityEvents.USER_PASSWORD_CHANGED,
                (d, s) -> new Told(
                        s.who() + " changed " + s.possessive(d.userId()) + " password", s.user(d.userId()), null));
        on(IdentityEvents.USER_LOGGED_IN, (d, s) -> new Told(s.who() + " signed in", s.user(d.userId()), null));
        on(
                IdentityEvents.USER_LOGIN_FAILED,
                (d, s) -> new Told(
                        "A sign-in to " + s.userName(d.userId()) + "'s account failed"
                                + (d.reason() == null ? "" : " (" + words(d.reason()) + ")"),
                        s.user(d.userId()),
                        null));
        on(
                IdentityEvents.USER_EMAIL_VERIFIED,
                (d, s) -> new Told(
                        s.who() + " verified " + s.possessive(d.userId()) + " email address " + d.email(),
                        s.user(d.userId()),
                        null));
        on(
                IdentityEvents.USER_EMAIL_CHANGED,
                (d, s) -> new Told(
                        s.who() + " changed " + s.possessive(d.userId()) + " email address from " + d.previousEmail()
                                + " to " + d.email(),
                        s.user(d.userId()),
                        null));
        on(
                IdentityEvents.USER_ROLES_CHANGED,
                (d, s) -> new Told(
                        (s.actorId() == null ? "An operator" : s.who()) + " changed " + s.possessive(d.userId())
                                + " roles from " + roles(d.previousRoles()) + " to " + roles(d.roles()),
                        s.user(d.userId()),
                        null));
    }

    private void projects() {
        on(
                ProjectEvents.PROJECT_CREATED,
                (d, s) ->
                        project(s, d.project(), "created project " + d.project().name()));
        on(ProjectEvents.PROJECT_UPDATED, (d, s) -> {
            ProjectState project = d.project();
            String before = s.nameBefore(PROJECT, project.projectId());
            boolean renamed = d.changedFields() != null
                    && d.changedFields().contains("name")
                    && before != null
                    && !before.equals(project.name());
            List<String> others = d.changedFields() == null
                    ? List.of()
                    : d.changedFields().stream().filter(f -> !f.equals("name")).toList();
            String what = renamed
                    ? "renamed project " + before + " to " + project.name()
                            + (others.isEmpty() ? "" : " and changed its " + words(others))
                    : "changed project " + project.name() + fields(d.changedFields());
            return project(s, project, what);
        });
        on(
                ProjectEvents.PROJECT_ARCHIVED,
                (d, s) -> project(
                        s, d.project(), "archived project " + d.project().name()));
        on(
                ProjectEvents.PROJECT_UNARCHIVED,
                (d, s) -> project(
                        s, d.project(), "unarchived project " + d.project().name()));
        on(
                ProjectEvents.PROJECT_DELETED,
                (d, s) -> new Told(
                        s.who() + " deleted project " + s.projectName(d.projectId()),
                        new Subject("project", d.projectId().toString(), s.name(PROJECT, d.projectId())),
                        s.project(d.projectId())));
        on(
                ProjectEvents.MEMBER_ADDED,
                (d, s) -> new Told(
                        s.isActor(d.userId())
                                ? s.who() + " joined " + s.projectName(d.projectId()) + " as " + d.role()
                                : s.who() + " added " + s.userName(d.userId()) + " to " + s.projectName(d.projectId())
                                        + " as " + d.role(),
                        s.member(d.userId()),
                        s.project(d.projectId())));
        on(
                ProjectEvents.MEMBER_ROLE_CHANGED,
                (d, s) -> new Told(
                        s.who() + " changed " + s.possessive(d.userId()) + " role in " + s.projectName(d.projectId())
                                + " from " + d.previousRole() + " to " + d.role(),
                        s.member(d.userId()),
                        s.project(d.projectId())));
        on(ProjectEvents.MEMBER_REMOVED, (d, s) -> {
            String project = s.projectName(d.projectId());
            String sentence = switch (Objects.requireNonNullElse(d.reason(), "removed")) {
                case "left" -> s.userName(d.userId()) + " left " + project;
                case "project-deleted" ->
                    s.userName(d.userId()) + " lost access to " + project + " because it was deleted";
                default ->
                    s.isActor(d.userId())
                            ? s.who() + " left " + project
                            : s.who() + " removed " + s.userName(d.userId()) + " from " + project;
            };
            return new Told(sentence, s.member(d.userId()), s.project(d.projectId()));
        });
        on(
                ProjectEvents.INVITATION_CREATED,
                (d, s) -> new Told(
                        s.who() + " invited " + d.email() + " to " + s.projectName(d.projectId()) + " as " + d.role(),
                        invitation(d.invitationId(), d.email()),
                        s.project(d.projectId())));
        on(
                ProjectEvents.INVITATION_ACCEPTED,
                (d, s) -> new Told(
                        s.userName(d.userId()) + " accepted the invitation to " + s.projectName(d.projectId()) + " as "
                                + d.role(),
                        invitation(d.invitationId(), d.email()),
                        s.project(d.projectId())));
        on(
                ProjectEvents.INVITATION_REJECTED,
                (d, s) -> new Told(
                        (d.userId() == null ? d.email() : s.userName(d.userId())) + " declined the invitation to "
                                + s.projectName(d.projectId()),
                        invitation(d.invitationId(), d.email()),
                        s.project(d.projectId())));
        on(
                ProjectEvents.INVITATION_REVOKED,
                (d, s) -> new Told(
                        "replaced".equals(d.reason())
                                ? s.who() + " replaced the invitation of " + d.email() + " to "
                                        + s.projectName(d.projectId()) + " with a new one"
                                : s.who() + " revoked the invitation of " + d.email() + " to "
                                        + s.projectName(d.projectId()),
                        invitation(d.invitationId(), d.email()),
                        s.project(d.projectId())));
        on(
                ProjectEvents.INVITATION_EXPIRED,
                (d, s) -> new Told(
                        "The invitation of " + d.email() + " to " + s.projectName(d.projectId()) + " expired",
                        invitation(d.invitationId(), d.email()),
                        s.project(d.projectId())));
    }

    private void tasks() {
        on(
                TaskEvents.TASK_CREATED,
                (d, s) -> task(s, d.task(), "created " + quoted(d.task().title()) + " in"));
        on(TaskEvents.TASK_UPDATED, (d, s) -> {
            TaskState task = d.task();
            return new Told(
                    s.who() + " changed " + quoted(task.title()) + " in " + s.projectName(task.projectId())
                            + fields(d.changedFields()),
                    taskSubject(task),
                    s.project(task.projectId()));
        });
        on(
                TaskEvents.TASK_COMPLETED,
                (d, s) -> task(s, d.task(), "completed " + quoted(d.task().title()) + " in"));
        on(
                TaskEvents.TASK_REOPENED,
                (d, s) -> task(s, d.task(), "reopened " + quoted(d.task().title()) + " in"));
        on(
                TaskEvents.TASK_CANCELLED,
                (d, s) -> task(s, d.task(), "cancelled " + quoted(d.task().title()) + " in"));
        on(TaskEvents.TASK_DELETED, (d, s) -> {
            String title = s.name(TASK, d.taskId());
            String what = title == null ? "a task" : quoted(title);
            String project = s.projectName(d.projectId());
            return new Told(
                    "project-deleted".equals(d.reason())
                            ? capitalized(what) + " was deleted with project " + project
                            : s.who() + " deleted " + what + " from " + project,
                    new Subject("task", d.taskId().toString(), title),
                    s.project(d.projectId()));
        });
        on(TaskEvents.TASK_MOVED, (d, s) -> {
            TaskState task = d.task();
            boolean otherProject =
                    d.fromProjectId() != null && !d.fromProjectId().equals(task.projectId());
            String sentence = otherProject
                    ? s.who() + " moved " + quoted(task.title()) + " from " + s.projectName(d.fromProjectId()) + " to "
                            + s.projectName(task.projectId())
                    : s.who() + " moved " + quoted(task.title()) + " within " + s.projectName(task.projectId());
            return new Told(sentence, taskSubject(task), s.project(task.projectId()));
        });
        on(TaskEvents.TASK_ASSIGNED, (d, s) -> {
            TaskState task = d.task();
            String where = quoted(task.title()) + " in " + s.projectName(task.projectId());
            String sentence;
            if ("member-removed".equals(d.reason())) {
                sentence = capitalized(where) + " was unassigned from " + s.userName(d.previousAssigneeId())
                        + " because they left the project";
            } else if (task.assigneeId() == null) {
                sentence = s.who() + " unassigned " + where
                        + (d.previousAssigneeId() == null ? "" : " from " + s.userName(d.previousAssigneeId()));
            } else if (s.isActor(task.assigneeId())) {
                sentence = s.who() + " assigned " + where + " to themselves";
            } else {
                sentence = s.who() + " assigned " + where + " to " + s.userName(task.assigneeId());
            }
            return new Told(sentence, taskSubject(task), s.project(task.projectId()));
        });
        on(TaskEvents.TASK_PRIORITY_CHANGED, (d, s) -> {
            TaskState task = d.task();
            String change = " the priority of " + quoted(task.title()) + " in " + s.projectName(task.projectId())
                    + " from " + lower(d.previousPriority()) + " to " + lower(task.priority());
            return new Told(
                    (d.ruleId() == null ? s.who() + " changed" : "A priority rule changed") + change,
                    taskSubject(task),
                    s.project(task.projectId()));
        });
        on(
                TaskEvents.SECTION_CREATED,
                (d, s) -> new Told(
                        s.who() + " added section " + quoted(d.section().name()) + " to "
                                + s.projectName(d.section().projectId()),
                        section(d.section()),
                        s.project(d.section().projectId())));
        on(
                TaskEvents.SECTION_UPDATED,
                (d, s) -> new Told(
                        s.who() + " changed section " + quoted(d.section().name()) + " in "
                                + s.projectName(d.section().projectId()) + fields(d.changedFields()),
                        section(d.section()),
                        s.project(d.section().projectId())));
        on(TaskEvents.SECTION_DELETED, (d, s) -> {
            String name = s.name(SECTION, d.sectionId());
            return new Told(
                    s.who() + " deleted " + (name == null ? "a section" : "section " + quoted(name)) + " from "
                            + s.projectName(d.projectId()),
                    new Subject("section", d.sectionId().toString(), name),
                    s.project(d.projectId()));
        });
        on(
                TaskEvents.LABEL_CREATED,
                (d, s) -> new Told(
                        s.who() + " created label " + quoted(d.label().name()),
                        label(d.label().labelId(), d.label().name()),
                        null));
        on(
                TaskEvents.LABEL_UPDATED,
                (d, s) -> new Told(
                        d.previousName() != null
                                        && !d.previousName().equals(d.label().name())
                                ? s.who() + " renamed label " + quoted(d.previousName()) + " to "
                                        + quoted(d.label().name())
                                : s.who() + " changed label " + quoted(d.label().name()),
                        label(d.label().labelId(), d.label().name()),
                        null));
        on(
                TaskEvents.LABEL_DELETED,
                (d, s) -> new Told(s.who() + " deleted label " + quoted(d.name()), label(d.labelId(), d.name()), null));
    }

    private void calendar() {
        on(
                CalendarEvents.EVENT_CREATED,
                (d, s) -> calendarEvent(
                        s, d.event(), "created event " + quoted(d.event().title())));
        on(CalendarEvents.EVENT_UPDATED, (d, s) -> {
            String event = "event " + quoted(d.event().title());
            String what = switch (Objects.requireNonNullElse(d.scope(), "all")) {
                case "this" -> "changed one occurrence of " + event;
                case "following" -> "changed " + event + " from " + d.occurrence() + " on";
                default -> "changed " + event;
            };
            return calendarEvent(s, d.event(), what);
        });
        on(
                CalendarEvents.EVENT_DELETED,
                (d, s) -> new Told(
                        s.who() + " deleted event " + quoted(d.title())
                                + (d.projectId() == null ? "" : " in " + s.projectName(d.projectId())),
                        new Subject("event", d.eventId().toString(), d.title()),
                        s.project(d.projectId())));
    }

    /**
     * Comment events carry ids, not the task's title: the title is the one audit remembers from the task's own
     * events ("'Buy milk' in Garden"), else "a task in Garden"; a comment on the project itself is "on project
     * Garden".
     */
    private void comments() {
        on(
                CommentEvents.COMMENT_CREATED,
                (d, s) -> comment(
                        s,
                        d.comment(),
                        s.who() + " commented on "
                                + commentedOn(
                                        s, d.comment().projectId(), d.comment().taskId())
                                + mentioning(s, d.comment().mentions())));
        on(
                CommentEvents.COMMENT_UPDATED,
                (d, s) -> comment(
                        s,
                        d.comment(),
                        s.who() + " edited " + s.possessive(d.comment().authorId()) + " comment on "
                                + commentedOn(
                                        s, d.comment().projectId(), d.comment().taskId())
                                + mentioning(s, d.newMentions())));
        on(CommentEvents.COMMENT_DELETED, (d, s) -> {
            String on = commentedOn(s, d.projectId(), d.taskId());
            String sentence = d.deletedBy() == null
                    ? "A comment by " + s.userName(d.authorId()) + " on " + on + " was deleted with its "
                            + (d.taskId() == null ? "project" : "task")
                    : s.who() + " deleted " + s.possessive(d.authorId()) + " comment on " + on;
            return new Told(sentence, commentSubject(d.commentId()), s.project(d.projectId()));
        });
        on(
                CommentEvents.REACTION_ADDED,
                (d, s) -> new Told(
                        s.who() + " reacted " + d.emoji() + " to " + s.possessive(d.authorId()) + " comment on "
                                + commentedOn(s, d.projectId(), d.taskId()),
                        commentSubject(d.commentId()),
                        s.project(d.projectId())));
        on(
                CommentEvents.REACTION_REMOVED,
                (d, s) -> new Told(
                        s.who() + " took back " + d.emoji() + " on " + s.possessive(d.authorId()) + " comment on "
                                + commentedOn(s, d.projectId(), d.taskId()),
                        commentSubject(d.commentId()),
                        s.project(d.projectId())));
        on(
                CommentEvents.ATTACHMENT_ADDED,
                (d, s) -> new Told(
                        s.who() + " attached " + quoted(d.name()) + " to a comment on "
                                + commentedOn(s, d.projectId(), d.taskId()),
                        attachment(d.attachmentId(), d.name()),
                        s.project(d.projectId())));
        on(
                CommentEvents.ATTACHMENT_REMOVED,
                (d, s) -> new Told(
                        d.removedBy() == null
                                ? quoted(d.name()) + " went with its comment on "
                                        + commentedOn(s, d.projectId(), d.taskId())
                                : s.who() + " removed " + quoted(d.name()) + " from a comment on "
                                        + commentedOn(s, d.projectId(), d.taskId()),
                        attachment(d.attachmentId(), d.name()),
                        s.project(d.projectId())));
    }

    /**
     * Reminder events: whose reminder on which task ("'Buy milk' in Garden"), and when it fires. Its user set it
     * (the actor), or Ordo did: a default reminder, one that followed its task's due, one that went with its task.
     */
    private void reminders() {
        on(
                ReminderEvents.REMINDER_CREATED,
                (d, s) -> reminder(
                        s,
                        d.reminder(),
                        s.who() + " set " + whose(s, d.reminder().userId()) + " reminder " + when(d.reminder()) + " on "
                                + commentedOn(
                                        s,
                                        d.reminder().projectId(),
                                        d.reminder().taskId())));
        on(
                ReminderEvents.REMINDER_UPDATED,
                (d, s) -> reminder(
                        s,
                        d.reminder(),
                        "rescheduled".equals(d.reason())
                                ? capitalized(s.possessive(d.reminder().userId())) + " reminder on "
                                        + commentedOn(
                                                s,
                                                d.reminder().projectId(),
                                                d.reminder().taskId())
                                        + " followed its due, now " + when(d.reminder())
                                : s.who() + " changed " + whose(s, d.reminder().userId()) + " reminder on "
                                        + commentedOn(
                                                s,
                                                d.reminder().projectId(),
                                                d.reminder().taskId()) + " to "
                                        + when(d.reminder())));
        on(ReminderEvents.REMINDER_DELETED, (d, s) -> {
            String on = reminded(s, d.taskId());
            String sentence = "deleted".equals(d.reason())
                    ? s.who() + " deleted " + whose(s, d.userId()) + " reminder on " + on
                    : capitalized(s.possessive(d.userId())) + " reminder on " + on + " "
                            + switch (d.reason()) {
                                case "fired" -> "fired and is done";
                                case "task-completed" -> "went with the completed task";
                                case "task-cancelled" -> "went with the cancelled task";
                                case "task-deleted" -> "went with the deleted task";
                                case "member-removed" -> "went as they left the project";
                                default -> "went (" + words(d.reason()) + ")";
                            };
            return new Told(sentence, reminderSubject(d.reminderId()), null);
        });
        on(
                ReminderEvents.REMINDER_FIRED,
                (d, s) -> new Told(
                        s.userName(d.userId()) + " was reminded of " + reminded(s, d.taskId())
                                + (d.firedAt() == null || d.scheduledFor() == null
                                        ? ""
                                        : ", "
                                                + Math.max(
                                                        0,
                                                        d.firedAt().toEpochMilli()
                                                                - d.scheduledFor()
                                                                        .toEpochMilli())
                                                + " ms after its time"),
                        reminderSubject(d.reminderId()),
                        null));
    }

    private static Told reminder(Scene s, ReminderEvents.ReminderState reminder, String sentence) {
        return new Told(sentence, reminderSubject(reminder.reminderId()), s.project(reminder.projectId()));
    }

    /** "a" for the actor's own reminder, "Ada's" for someone else's (a default one Ordo set). */
    private static String whose(Scene s, UUID user) {
        return s.isActor(user) ? "a" : s.userName(user) + "'s";
    }

    /** "30 minutes before it is due" or "for 2026-11-30T08:00:00Z". */
    private static String when(ReminderEvents.ReminderState reminder) {
        if (reminder.minutesBefore() != null) {
            return reminder.minutesBefore() + " minutes before the due time";
        }
        return reminder.at() == null ? "with no time" : "for " + reminder.at();
    }

    /** "'Buy milk'", or "a task" for a title audit never saw (reminder.deleted and .fired name no project). */
    private static String reminded(Scene s, UUID taskId) {
        String title = s.name(TASK, taskId);
        return title == null ? "a task" : quoted(title);
    }

    private static Subject reminderSubject(UUID reminderId) {
        return new Subject("reminder", reminderId.toString(), null);
    }

    private static Told comment(Scene s, CommentEvents.CommentState comment, String sentence) {
        return new Told(sentence, commentSubject(comment.commentId()), s.project(comment.projectId()));
    }

    /** "'Buy milk' in Garden", "a task in Garden" (a title audit never saw), or "project Garden". */
    private static String commentedOn(Scene s, UUID projectId, UUID taskId) {
        if (taskId == null) {
            String project = s.name(PROJECT, projectId);
            return project == null ? "a project" : "project " + project;
        }
        String title = s.name(TASK, taskId);
        return (title == null ? "a task" : quoted(title)) + " in " + s.projectName(projectId);
    }

    /** " and mentioned Bob, Cy" for the users a text mentions; nothing when it mentions nobody. */
    private static String mentioning(Scene s, List<UUID> mentions) {
        return mentions == null || mentions.isEmpty()
                ? ""
                : " and mentioned " + mentions.stream().map(s::userName).collect(Collectors.joining(", "));
    }

    private static Subject commentSubject(UUID commentId) {
        return new Subject("comment", commentId.toString(), null);
    }

    private static Subject attachment(UUID id, String name) {
        return new Subject("attachment", id.toString(), name);
    }

    /** "Ada created event 'Standup' in Garden" (a project's event), "Ada created event 'Dentist'" (a personal one). */
    private static Told calendarEvent(Scene s, CalendarEvents.EventState event, String what) {
        return new Told(
                s.who() + " " + what + (event.projectId() == null ? "" : " in " + s.projectName(event.projectId())),
                new Subject("event", event.eventId().toString(), event.title()),
                s.project(event.projectId()));
    }

    private <T> void on(EventType<T> type, BiFunction<T, Scene, Told> tell) {
        if (tellings.putIfAbsent(type.name(), new Telling<>(type, tell)) != null) {
            throw new IllegalStateException("two sentences for " + type.name());
        }
    }

    private static Told project(Scene s, ProjectState project, String what) {
        return new Told(
                s.who() + " " + what,
                new Subject("project", project.projectId().toString(), project.name()),
                s.project(project.projectId()));
    }

    /** "Ada completed 'Buy milk' in Garden" from "completed 'Buy milk' in". */
    private static Told task(Scene s, TaskState task, String whatIn) {
        return new Told(
                s.who() + " " + whatIn + " " + s.projectName(task.projectId()),
                taskSubject(task),
                s.project(task.projectId()));
    }

    private static Subject taskSubject(TaskState task) {
        return new Subject("task", task.taskId().toString(), task.title());
    }

    private static Subject section(TaskEvents.SectionState section) {
        return new Subject("section", section.sectionId().toString(), section.name());
    }

    private static Subject label(UUID id, String name) {
        return new Subject("label", id.toString(), name);
    }

    private static Subject invitation(UUID id, String email) {
        return new Subject("invitation", id.toString(), email);
    }

    private static Subject user(UUID id, String name) {
        return new Subject("user", id.toString(), name);
    }

    private static String userName(String name, String email) {
        return name == null || name.isBlank() ? email : name;
    }

    /** {@code completed} for {@code task.completed}: the type without its first segment. */
    static String action(String type) {
        int dot = type.indexOf('.');
        return dot < 0 ? type : type.substring(dot + 1);
    }

    private static String quoted(String title) {
        return "'" + title + "'";
    }

    private static String lower(String value) {
        return value == null ? "none" : value.toLowerCase(Locale.ROOT);
    }

    private static String roles(List<String> roles) {
        return roles == null || roles.isEmpty() ? "none" : String.join(", ", roles);
    }

    /** " (title, due date)" for changed fields {@code [title, dueDate]}; nothing when none are named. */
    private static String fields(List<String> changed) {
        return changed == null || changed.isEmpty() ? "" : " (" + words(changed) + ")";
    }

    private static String words(List<String> fields) {
        return fields.stream().map(Summaries::words).collect(Collectors.joining(", "));
    }

    /** {@code dueDate} and {@code bad-password} as people write them: "due date", "bad password". */
    private static String words(String identifier) {
        return identifier
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .replace('-', ' ')
                .replace('_', ' ')
                .toLowerCase(Locale.ROOT);
    }

    private static String capitalized(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static Optional<UUID> uuid(String value) {
        if (value == null || value.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every id in an event's data: the names a page may need, fetched in one query. */
    private static void collectIds(JsonNode node, Set<UUID> ids) {
        if (node == null) {
            return;
        }
        if (node.isString()) {
            uuid(node.asString()).ifPresent(ids::add);
        } else if (node.isContainer()) {
            node.forEach(child -> collectIds(child, ids));
        }
    }

    /** One event being told: who did it, and the names of what it mentions as they were then. */
    private static final class Scene {

        private final AuditEvent event;
        private final NameBook book;
        private final UUID actorId;

        Scene(AuditEvent event, NameBook book) {
            this.event = event;
            this.book = book;
            this.actorId = uuid(event.actor()).orElse(null);
        }

        UUID actorId() {
            return actorId;
        }

        Actor actor() {
            if (event.actor() == null) {
                return null;
            }
            return new Actor(event.actor(), actorId == null ? null : name(USER, actorId));
        }

        /** The actor as a sentence starts: their name, "Someone" if unknown, "Ordo" when the system acted. */
        String who() {
            if (event.actor() == null) {
                return "Ordo";
            }
            String name = actorId == null ? null : name(USER, actorId);
            return name == null ? "Someone" : name;
        }

        boolean isActor(UUID user) {
            return user != null && user.equals(actorId);
        }

        /** "their" for the actor themselves, else "Bob's". */
        String possessive(UUID user) {
            return isActor(user) ? "their" : userName(user) + "'s";
        }

        String userName(UUID user) {
            return Objects.requireNonNullElse(name(USER, user), "someone");
        }

        Subject user(UUID user) {
            return new Subject("user", user.toString(), name(USER, user));
        }

        Subject member(UUID user) {
            return new Subject("member", user.toString(), name(USER, user));
        }

        String projectName(UUID project) {
            return Objects.requireNonNullElse(name(PROJECT, project), "a project");
        }

        ProjectRef project(UUID project) {
            return project == null ? null : new ProjectRef(project.toString(), name(PROJECT, project));
        }

        String name(NameKind kind, UUID id) {
            return book.nameAt(kind, id, event.occurredAt());
        }

        String nameBefore(NameKind kind, UUID id) {
            return book.nameBefore(kind, id, event.occurredAt());
        }
    }
}
