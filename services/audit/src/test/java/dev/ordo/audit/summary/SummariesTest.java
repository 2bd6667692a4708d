package dev.ordo.audit.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
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
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

class SummariesTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant NOW = Instant.parse("2026-11-29T14:30:00Z");

    final Summaries summaries = new Summaries(new EventData(JSON), null);

    final UUID ada = UUID.randomUUID();
    final UUID bob = UUID.randomUUID();
    final UUID garden = UUID.randomUUID();
    final UUID milk = UUID.randomUUID();

    /** Every event type declared anywhere in contracts, found by scanning it, so a new one cannot be forgotten. */
    static List<EventType<?>> everyEventTypeInContracts() throws IllegalAccessException {
        List<EventType<?>> types = new ArrayList<>();
        for (JavaClass declaring : new ClassFileImporter().importPackages("dev.ordo.contracts")) {
            for (Field field : declaring.reflect().getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == EventType.class) {
                    types.add((EventType<?>) field.get(null));
                }
            }
        }
        return types;
    }

    @Test
    void theScanFindsTheEventTypesOfEveryService() throws IllegalAccessException {
        assertThat(everyEventTypeInContracts())
                .containsAll(IdentityEvents.ALL)
                .containsAll(ProjectEvents.ALL)
                .containsAll(TaskEvents.ALL)
                .containsAll(CalendarEvents.ALL)
                .containsAll(CommentEvents.ALL)
                .containsAll(ReminderEvents.ALL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEventTypeInContracts")
    void everyEventTypeInContractsHasASentenceOfItsOwn(EventType<?> type) {
        assertThat(summaries.tells(type))
                .as("a sentence for %s in Summaries", type.name())
                .isTrue();

        Summary told = summaries.of(event(type, ada, sample(type.dataType())), names());

        assertThat(told.summary()).doesNotContain(": ", "null").isNotBlank();
        assertThat(told.action()).isEqualTo(type.name().substring(type.name().indexOf('.') + 1));
        assertThat(told.subject()).isNotNull();
        assertThat(told.subject().id()).isNotBlank();
        assertThat(told.actor().name()).isEqualTo("Ada");
    }

    @Test
    void aCalendarEventSaysWhoChangedWhichEventInWhichProject() {
        UUID standup = UUID.randomUUID();
        CalendarEvents.EventState event = new CalendarEvents.EventState(
                standup,
                garden,
                "Standup",
                null,
                null,
                false,
                "2026-12-01T09:00",
                "2026-12-01T09:15",
                "UTC",
                "FREQ=WEEKLY",
                List.of(),
                List.of(),
                ada,
                NOW,
                NOW,
                2);
        Summary told = summaries.of(
                event(
                        CalendarEvents.EVENT_UPDATED,
                        ada,
                        new CalendarEvents.EventUpdated(event, "this", "2026-12-08T09:00")),
                names());

        assertThat(told.summary()).isEqualTo("Ada changed one occurrence of event 'Standup' in Garden");
        assertThat(told.subject()).isEqualTo(new Subject("event", standup.toString(), "Standup"));
        assertThat(told.project()).isEqualTo(new ProjectRef(garden.toString(), "Garden"));
    }

    @Test
    void aCommentSaysWhoCommentedOnWhichTaskInWhichProjectAndWhomItMentions() {
        UUID comment = UUID.randomUUID();
        Summary told = summaries.of(
                event(
                        CommentEvents.COMMENT_CREATED,
                        ada,
                        new CommentEvents.CommentCreated(commentState(comment, milk, List.of(bob)))),
                names());

        assertThat(told.summary()).isEqualTo("Ada commented on 'Buy milk' in Garden and mentioned Bob");
        assertThat(told.action()).isEqualTo("created");
        assertThat(told.subject()).isEqualTo(new Subject("comment", comment.toString(), null));
        assertThat(told.project()).isEqualTo(new ProjectRef(garden.toString(), "Garden"));
    }

    @Test
    void aCommentOnATaskAuditNeverSawOrOnTheProjectItselfSaysOnlyWhatIsKnown() {
        Summary onUnknownTask = summaries.of(
                event(
                        CommentEvents.COMMENT_CREATED,
                        ada,
                        new CommentEvents.CommentCreated(
                                commentState(UUID.randomUUID(), UUID.randomUUID(), List.of()))),
                names());
        Summary onProject = summaries.of(
                event(
                        CommentEvents.COMMENT_CREATED,
                        ada,
                        new CommentEvents.CommentCreated(commentState(UUID.randomUUID(), null, List.of()))),
                names());

        assertThat(onUnknownTask.summary()).isEqualTo("Ada commented on a task in Garden");
        assertThat(onProject.summary()).isEqualTo("Ada commented on project Garden");
    }

    @Test
    void aCommentDeletedByAModeratorWithItsTaskOrReactedToNamesItsAuthor() {
        UUID comment = UUID.randomUUID();
        Summary moderated = summaries.of(
                event(
                        CommentEvents.COMMENT_DELETED,
                        ada,
                        new CommentEvents.CommentDeleted(comment, garden, milk, bob, ada)),
                names());
        Summary cascaded = summaries.of(
                event(
                        CommentEvents.COMMENT_DELETED,
                        ada,
                        new CommentEvents.CommentDeleted(comment, garden, milk, bob, null)),
                names());
        Summary reacted = summaries.of(
                event(
                        CommentEvents.REACTION_ADDED,
                        ada,
                        new CommentEvents.ReactionAdded(comment, garden, milk, bob, ada, "👍")),
                names());
        Summary ownDeleted = summaries.of(
                event(
                        CommentEvents.COMMENT_DELETED,
                        bob,
                        new CommentEvents.CommentDeleted(comment, garden, null, bob, bob)),
                names());

        assertThat(moderated.summary()).isEqualTo("Ada deleted Bob's comment on 'Buy milk' in Garden");
        assertThat(cascaded.summary()).isEqualTo("A comment by Bob on 'Buy milk' in Garden was deleted with its task");
        assertThat(reacted.summary()).isEqualTo("Ada reacted 👍 to Bob's comment on 'Buy milk' in Garden");
        assertThat(ownDeleted.summary()).isEqualTo("Bob deleted their comment on project Garden");
    }

    @Test
    void anAttachmentSaysWhichFileWentOnWhichComment() {
        UUID file = UUID.randomUUID();
        UUID comment = UUID.randomUUID();
        Summary added = summaries.of(
                event(
                        CommentEvents.ATTACHMENT_ADDED,
                        ada,
                        new CommentEvents.AttachmentAdded(
                                file, comment, garden, milk, ada, "receipt.pdf", "application/pdf", 1234)),
                names());
        Summary removedWithComment = summaries.of(
                event(
                        CommentEvents.ATTACHMENT_REMOVED,
                        ada,
                        new CommentEvents.AttachmentRemoved(file, comment, garden, milk, "receipt.pdf", null)),
                names());

        assertThat(added.summary()).isEqualTo("Ada attached 'receipt.pdf' to a comment on 'Buy milk' in Garden");
        assertThat(added.subject()).isEqualTo(new Subject("attachment", file.toString(), "receipt.pdf"));
        assertThat(removedWithComment.summary())
                .isEqualTo("'receipt.pdf' went with its comment on 'Buy milk' in Garden");
    }

    @Test
    void aReminderSaysWhoseReminderOnWhichTaskAndWhenAndWhyItWent() {
        UUID reminder = UUID.randomUUID();
        var state =
                new ReminderEvents.ReminderState(reminder, milk, garden, ada, 30, null, List.of("in_app"), NOW, NOW, 1);

        assertThat(told(ReminderEvents.REMINDER_CREATED, ada, new ReminderEvents.ReminderCreated(state)))
                .isEqualTo("Ada set a reminder 30 minutes before the due time on 'Buy milk' in Garden");
        assertThat(told(ReminderEvents.REMINDER_CREATED, null, new ReminderEvents.ReminderCreated(state)))
                .isEqualTo("Ordo set Ada's reminder 30 minutes before the due time on 'Buy milk' in Garden");
        assertThat(told(
                        ReminderEvents.REMINDER_UPDATED,
                        null,
                        new ReminderEvents.ReminderUpdated(state, "rescheduled")))
                .isEqualTo(
                        "Ada's reminder on 'Buy milk' in Garden followed its due, now 30 minutes before the due time");
        assertThat(told(
                        ReminderEvents.REMINDER_DELETED,
                        null,
                        new ReminderEvents.ReminderDeleted(reminder, milk, ada, "task-completed")))
                .isEqualTo("Ada's reminder on 'Buy milk' went with the completed task");
        assertThat(told(
                        ReminderEvents.REMINDER_FIRED,
                        null,
                        new ReminderEvents.ReminderFired(reminder, milk, ada, NOW, NOW.plusMillis(420))))
                .isEqualTo("Ada was reminded of 'Buy milk', 420 ms after its time");
    }

    private <T> String told(EventType<T> type, UUID actor, T data) {
        return summaries.of(event(type, actor, data), names()).summary();
    }

    @Test
    void aTaskEventSaysWhoDidWhatToWhichTaskInWhichProject() {
        Summary told = summaries.of(
                event(
                        TaskEvents.TASK_COMPLETED,
                        ada,
                        new TaskEvents.TaskCompleted(task("Buy milk"), null, null, false)),
                names());

        assertThat(told.summary()).isEqualTo("Ada completed 'Buy milk' in Garden");
        assertThat(told.action()).isEqualTo("completed");
        assertThat(told.actor()).isEqualTo(new Actor(ada.toString(), "Ada"));
        assertThat(told.subject()).isEqualTo(new Subject("task", milk.toString(), "Buy milk"));
        assertThat(told.project()).isEqualTo(new ProjectRef(garden.toString(), "Garden"));
    }

    @Test
    void namesAreThoseOfTheTimeOfTheEventSoALaterRenameChangesNothing() {
        NameBook book = new NameBook(List.of(
                new Naming(NameKind.USER, ada, NOW.minus(9, ChronoUnit.DAYS), "Ada"),
                new Naming(NameKind.USER, ada, NOW.plus(1, ChronoUnit.DAYS), "Ada Lovelace"),
                new Naming(NameKind.PROJECT, garden, NOW.minus(9, ChronoUnit.DAYS), "Garden"),
                new Naming(NameKind.PROJECT, garden, NOW.plus(2, ChronoUnit.DAYS), "Yard")));

        assertThat(summaries
                        .of(
                                event(
                                        TaskEvents.TASK_REOPENED,
                                        ada,
                                        new TaskEvents.TaskReopened(task("Buy milk"), null)),
                                book)
                        .summary())
                .isEqualTo("Ada reopened 'Buy milk' in Garden");
    }

    @Test
    void aProjectRenameNamesTheOldAndTheNewName() {
        NameBook book = new NameBook(List.of(
                new Naming(NameKind.USER, ada, NOW.minus(9, ChronoUnit.DAYS), "Ada"),
                new Naming(NameKind.PROJECT, garden, NOW.minus(9, ChronoUnit.DAYS), "Garden"),
                new Naming(NameKind.PROJECT, garden, NOW, "Yard")));
        ProjectState yard = new ProjectState(garden, "Yard", null, "green", null, false, false, ada);

        Summary told = summaries.of(
                event(
                        ProjectEvents.PROJECT_UPDATED,
                        ada,
                        new ProjectEvents.ProjectUpdated(yard, List.of("name", "color"))),
                book);

        assertThat(told.summary()).isEqualTo("Ada renamed project Garden to Yard and changed its color");
        assertThat(told.project()).isEqualTo(new ProjectRef(garden.toString(), "Yard"));
    }

    @Test
    void eventsThatNameThingsByIdAloneUseTheRememberedNames() {
        Summary deleted = summaries.of(
                event(TaskEvents.TASK_DELETED, ada, new TaskEvents.TaskDeleted(milk, garden, "deleted")), names());
        Summary added = summaries.of(
                event(
                        ProjectEvents.MEMBER_ADDED,
                        ada,
                        new ProjectEvents.MemberAdded(garden, bob, "member", "invitation")),
                names());
        Summary left = summaries.of(
                event(
                        ProjectEvents.MEMBER_REMOVED,
                        bob,
                        new ProjectEvents.MemberRemoved(garden, bob, "member", "left")),
                names());

        assertThat(deleted.summary()).isEqualTo("Ada deleted 'Buy milk' from Garden");
        assertThat(added.summary()).isEqualTo("Ada added Bob to Garden as member");
        assertThat(added.subject()).isEqualTo(new Subject("member", bob.toString(), "Bob"));
        assertThat(left.summary()).isEqualTo("Bob left Garden");
    }

    @Test
    void whatTheSystemDidIsToldWithoutAPerson() {
        UUID invitation = UUID.randomUUID();
        Summary expired = summaries.of(
                event(
                        ProjectEvents.INVITATION_EXPIRED,
                        null,
                        new ProjectEvents.InvitationExpired(invitation, garden, "bob@example.com")),
                names());
        Summary roles = summaries.of(
                event(
                        IdentityEvents.USER_ROLES_CHANGED,
                        null,
                        new IdentityEvents.UserRolesChanged(
                                ada, "ada@example.com", List.of("user"), List.of("user", "admin"))),
                names());

        assertThat(expired.summary()).isEqualTo("The invitation of bob@example.com to Garden expired");
        assertThat(expired.actor()).isNull();
        assertThat(expired.subject()).isEqualTo(new Subject("invitation", invitation.toString(), "bob@example.com"));
        assertThat(roles.summary()).isEqualTo("An operator changed Ada's roles from user to user, admin");
    }

    @Test
    void unknownNamesReadAsSomeoneAndAProject() {
        Summary told = summaries.of(
                event(TaskEvents.TASK_CREATED, ada, new TaskEvents.TaskCreated(task("Buy milk"))), NameBook.EMPTY);

        assertThat(told.summary()).isEqualTo("Someone created 'Buy milk' in a project");
        assertThat(told.actor()).isEqualTo(new Actor(ada.toString(), null));
        assertThat(told.project()).isEqualTo(new ProjectRef(garden.toString(), null));
    }

    @Test
    void anEventTypeAuditDoesNotKnowOrDataThatDoesNotFitGetsAPlainSentence() {
        AuditEvent unknown = new AuditEvent(
                UUID.randomUUID(),
                "widget.frobbed",
                "ordo/widgets",
                "ordo.widgets.widget",
                "w-1",
                ada.toString(),
                1,
                NOW,
                NOW,
                JSON.valueToTree(Map.of("widgetId", "w-1")));
        AuditEvent misfit = new AuditEvent(
                UUID.randomUUID(),
                "task.completed",
                "ordo/test",
                "ordo.tasks.task",
                "t-1",
                ada.toString(),
                1,
                NOW,
                NOW,
                JSON.valueToTree(Map.of("note", "made by hand")));
        AuditEvent newerSchema = new AuditEvent(
                UUID.randomUUID(),
                "task.completed",
                "ordo/tasks",
                "ordo.tasks.task",
                milk.toString(),
                ada.toString(),
                2,
                NOW,
                NOW,
                JSON.valueToTree(new TaskEvents.TaskCompleted(task("Buy milk"), null, null, false)));

        assertThat(summaries.of(unknown, names()).summary()).isEqualTo("Ada: widget frobbed");
        assertThat(summaries.of(unknown, names()).subject()).isEqualTo(new Subject("widget", "w-1", null));
        assertThat(summaries.of(misfit, names()).summary()).isEqualTo("Ada: task completed");
        assertThat(summaries.of(newerSchema, names()).summary()).isEqualTo("Ada: task completed");
    }

    private NameBook names() {
        Instant before = NOW.minus(30, ChronoUnit.DAYS);
        return new NameBook(List.of(
                new Naming(NameKind.USER, ada, before, "Ada"),
                new Naming(NameKind.USER, bob, before, "Bob"),
                new Naming(NameKind.PROJECT, garden, before, "Garden"),
                new Naming(NameKind.TASK, milk, before, "Buy milk"),
                // a sample's ids are all this one, so that every kind of name is known for it
                new Naming(NameKind.USER, SAMPLE_ID, before, "Ada"),
                new Naming(NameKind.PROJECT, SAMPLE_ID, before, "Garden"),
                new Naming(NameKind.TASK, SAMPLE_ID, before, "Buy milk"),
                new Naming(NameKind.SECTION, SAMPLE_ID, before, "Later")));
    }

    private CommentEvents.CommentState commentState(UUID comment, UUID task, List<UUID> mentions) {
        return new CommentEvents.CommentState(comment, garden, task, ada, "Ask Bob", mentions, NOW, null, 1);
    }

    private TaskState task(String title) {
        return new TaskState(
                milk,
                garden,
                null,
                null,
                title,
                "COMPLETED",
                "HIGH",
                null,
                null,
                null,
                null,
                null,
                List.of(),
                ada,
                NOW.minus(1, ChronoUnit.DAYS),
                NOW,
                3,
                null,
                null,
                false,
                null);
    }

    private AuditEvent event(EventType<?> type, UUID actor, Object data) {
        return new AuditEvent(
                UUID.randomUUID(),
                type.name(),
                "ordo/test",
                type.topic(),
                UUID.randomUUID().toString(),
                actor == null ? null : actor.toString(),
                type.version(),
                NOW,
                NOW,
                JSON.valueToTree(data));
    }

    static final UUID SAMPLE_ID = UUID.randomUUID();

    /** A record with every component set: ids all {@link #SAMPLE_ID}, texts their component's name. */
    static Object sample(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] classes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            classes[i] = components[i].getType();
            values[i] = value(components[i].getName(), components[i].getType(), components[i].getGenericType());
        }
        try {
            return type.getDeclaredConstructor(classes).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(String name, Class<?> type, Type generic) {
        if (type == UUID.class) {
            return SAMPLE_ID;
        } else if (type == String.class) {
            return name;
        } else if (type == boolean.class) {
            return false;
        } else if (type == long.class) {
            return 1L;
        } else if (type == int.class || type == Integer.class) {
            return 1;
        } else if (type == Instant.class) {
            return NOW;
        } else if (type == LocalDate.class) {
            return LocalDate.of(2026, 11, 30);
        } else if (type == List.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            return element == String.class ? List.of(name) : List.of();
        } else if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalArgumentException("no sample for " + type);
    }
}
