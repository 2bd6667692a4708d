package dev.ordo.calendar.event;

import dev.ordo.calendar.access.UserZones;
import dev.ordo.calendar.recurrence.Rule;
import dev.ordo.calendar.recurrence.Series;
import dev.ordo.contracts.calendar.CalendarEvents;
import dev.ordo.platform.memberships.ProjectMemberships;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.Forbidden;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.etag.ETags;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import dev.ordo.platform.web.patch.Patch;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events: who may see and change them (a personal event is its creator's alone; a project's is seen by its
 * members and changed by all but viewers), and what a change of a recurring one does to its occurrences. Each
 * change is stored with its {@code calendar.event.*} event, in one transaction.
 */
@Service
public class EventService {

    private static final String NO_SUCH_EVENT = "There is no such event.";
    private static final String NO_SUCH_PROJECT = "There is no such project.";
    private static final String VIEWERS_READ_ONLY = "Viewers of a project cannot change its calendar.";

    private final Events events;
    private final ProjectMemberships access;
    private final UserZones zones;
    private final Outbox outbox;
    private final Clock clock;

    EventService(Events events, ProjectMemberships access, UserZones zones, Outbox outbox, Clock clock) {
        this.events = events;
        this.access = access;
        this.zones = zones;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public CalendarEvent create(UUID caller, CreateEventRequest r) {
        if (r.projectId() != null) {
            access.requireWrite(r.projectId(), caller, NO_SUCH_PROJECT, VIEWERS_READ_ONLY);
        }
        boolean allDay = Boolean.TRUE.equals(r.allDay());
        ZoneId zone = r.timezone() == null ? zones.of(caller) : Times.zone(r.timezone(), "timezone");
        Temporal start = Times.parse(r.start(), allDay, "start");
        Temporal end = r.end() == null ? defaultEnd(start) : Times.parse(r.end(), allDay, "end");
        Instant now = now();
        CalendarEvent event = new CalendarEvent(
                UUID.randomUUID(),
                r.projectId(),
                r.title(),
                r.description(),
                r.location(),
                allDay,
                start,
                end,
                zone,
                r.recurrence() == null ? null : Rule.parse(r.recurrence(), "recurrence"),
                r.attendees(),
                caller,
                now,
                now,
                1,
                List.of());
        return add(event, caller);
    }

    /** Stores a new event, checked already, and announces it. */
    @Transactional
    public CalendarEvent add(CalendarEvent event, UUID caller) {
        events.insert(event);
        outbox.append(
                CalendarEvents.EVENT_CREATED,
                event.id().toString(),
                caller.toString(),
                new CalendarEvents.EventCreated(event.state()));
        return event;
    }

    @Transactional(readOnly = true)
    public CalendarEvent get(UUID caller, UUID id) {
        CalendarEvent event = events.byId(id, false).orElseThrow(EventService::noSuchEvent);
        requireView(caller, event);
        return event;
    }

    @Transactional(readOnly = true)
    public Page<CalendarEvent> list(UUID caller, UUID projectId, PageQuery query) {
        return Page.of(
                events.page(caller, projectId, query.after("timestamptz", "uuid"), query.fetchSize()),
                query,
                e -> Cursor.of(e.createdAt(), e.id()));
    }

    /**
     * Changes the series ({@code all}), one occurrence ({@code this}) or the occurrence and those after it
     * ({@code following}: the series ends before it and a new series, the changed one answered, goes on).
     */
    @Transactional
    public CalendarEvent update(
            UUID caller, UUID id, UpdateEventRequest r, Scope scope, String occurrenceText, Long expectedVersion) {
        CalendarEvent before = lockForWrite(caller, id, expectedVersion);
        if (r.projectId().isPresent()) {
            UUID target = r.projectId().valueOrNull();
            if (target == null && !before.createdBy().equals(caller)) {
                throw new Forbidden("Only its creator may make a project's event personal.");
            }
            if (target != null && !target.equals(before.projectId())) {
                access.requireWrite(target, caller, NO_SUCH_PROJECT, VIEWERS_READ_ONLY);
            }
        }
        Temporal occurrence = occurrence(before, scope, occurrenceText);
        if (scope == Scope.THIS && before.recurring()) {
            return changeOne(caller, before, occurrence, r);
        }
        if (scope == Scope.FOLLOWING && before.recurring() && Series.compare(occurrence, before.start()) > 0) {
            return changeFollowing(caller, before, occurrence, r);
        }
        CalendarEvent after = applied(before, r, before.id(), before.createdAt(), before.version() + 1, now());
        events.update(after);
        updated(after, caller, Scope.ALL, null);
        return after;
    }

    @Transactional
    public void delete(UUID caller, UUID id, Scope scope, String occurrenceText, Long expectedVersion) {
        CalendarEvent before = lockForWrite(caller, id, expectedVersion);
        Temporal occurrence = occurrence(before, scope, occurrenceText);
        if (scope == Scope.THIS && before.recurring()) {
            List<Change> changes = new ArrayList<>(before.changes());
            changes.removeIf(c -> Series.compare(c.occurrence(), occurrence) == 0);
            changes.add(Change.cancelled(occurrence));
            CalendarEvent after = before.with(changes, now());
            events.update(after);
            updated(after, caller, Scope.THIS, occurrence);
            return;
        }
        if (scope == Scope.FOLLOWING && before.recurring() && Series.compare(occurrence, before.start()) > 0) {
            CalendarEvent after = endedBefore(before, occurrence);
            events.update(after);
            updated(after, caller, Scope.FOLLOWING, occurrence);
            return;
        }
        events.delete(id);
        outbox.append(
                CalendarEvents.EVENT_DELETED,
                id.toString(),
                caller.toString(),
                new CalendarEvents.EventDeleted(id, before.projectId(), before.title(), before.createdBy()));
    }

    private CalendarEvent changeOne(UUID caller, CalendarEvent series, Temporal occurrence, UpdateEventRequest r) {
        if (!r.onlyOccurrenceFields()) {
            throw new InvalidInput("One occurrence may change only its title, description, location, start and end.");
        }
        Change was = series.changeAt(occurrence);
        Temporal start = r.start().isPresent()
                ? Times.parse(r.start().valueOrNull(), series.allDay(), "start")
                : was != null && was.start() != null ? was.start() : occurrence;
        Temporal end = r.end().isPresent()
                ? Times.parse(r.end().valueOrNull(), series.allDay(), "end")
                : was != null && was.end() != null ? was.end() : series.endOf(start);
        if (Series.compare(end, start) < 0) {
            throw new InvalidInput("'end' is before 'start'.").with("field", "end");
        }
        String title = r.title().orElse(was == null ? null : was.title());
        if (title != null && (title.isBlank() || title.length() > CalendarEvent.MAX_TITLE)) {
            throw new InvalidInput("'title' must be 1 to " + CalendarEvent.MAX_TITLE + " characters.");
        }
        Change change = new Change(
                occurrence,
                false,
                title,
                r.description().orElse(was == null ? null : was.description()),
                r.location().orElse(was == null ? null : was.location()),
                Series.compare(start, occurrence) == 0 && Series.compare(end, series.endOf(occurrence)) == 0
                        ? null
                        : start,
                Series.compare(start, occurrence) == 0 && Series.compare(end, series.endOf(occurrence)) == 0
                        ? null
                        : end);
        List<Change> changes = new ArrayList<>(series.changes());
        changes.removeIf(c -> Series.compare(c.occurrence(), occurrence) == 0);
        changes.add(change);
        CalendarEvent after = series.with(changes, now());
        events.update(after);
        updated(after, caller, Scope.THIS, occurrence);
        return after;
    }

    private CalendarEvent changeFollowing(
            UUID caller, CalendarEvent series, Temporal occurrence, UpdateEventRequest r) {
        Series old = series.series();
        Rule rest = series.rule().count() == null
                ? series.rule()
                : series.rule().withCount(series.rule().count() - old.countBefore(occurrence));
        Instant now = now();
        CalendarEvent ended = endedBefore(series, occurrence);
        CalendarEvent from = new CalendarEvent(
                UUID.randomUUID(),
                series.projectId(),
                series.title(),
                series.description(),
                series.location(),
                series.allDay(),
                occurrence,
                series.endOf(occurrence),
                series.zone(),
                rest,
                series.attendees(),
                series.createdBy(),
                now,
                now,
                1,
                List.of());
        CalendarEvent next = applied(from, r, from.id(), now, 1, now);
        events.update(ended);
        updated(ended, caller, Scope.FOLLOWING, occurrence);
        return add(next, caller);
    }

    /** The series with its occurrences from {@code occurrence} on gone (and their changes). */
    private CalendarEvent endedBefore(CalendarEvent series, Temporal occurrence) {
        int before = series.series().countBefore(occurrence);
        List<Change> kept = series.changes().stream()
                .filter(c -> Series.compare(c.occurrence(), occurrence) < 0)
                .toList();
        return series.withRule(series.rule().withCount(before), kept, now());
    }

    /** The event with the change applied; a new time, zone or rule drops the changes of single occurrences. */
    private static CalendarEvent applied(
            CalendarEvent e, UpdateEventRequest r, UUID id, Instant createdAt, long version, Instant now) {
        boolean allDay = r.allDay().orElse(e.allDay());
        boolean kindChanged = allDay != e.allDay();
        Temporal start = r.start().isPresent()
                ? Times.parse(r.start().valueOrNull(), allDay, "start")
                : Times.asKind(e.start(), allDay);
        Temporal end;
        if (r.end().isPresent()) {
            end = Times.parse(r.end().valueOrNull(), allDay, "end");
        } else if (kindChanged) {
            end = allDay ? start : start.plus(1, ChronoUnit.HOURS);
        } else if (r.start().isPresent()) {
            end = e.endOf(start);
        } else {
            end = e.end();
        }
        ZoneId zone = r.timezone().isPresent() ? Times.zone(r.timezone().valueOrNull(), "timezone") : e.zone();
        Rule rule = switch (r.recurrence()) {
            case Patch.Absent<String> unchanged -> e.rule();
            case Patch.Cleared<String> cleared -> null;
            case Patch.Value<String>(String text) -> Rule.parse(text, "recurrence");
        };
        boolean timing = r.start().isPresent()
                || r.allDay().isPresent()
                || r.timezone().isPresent()
                || r.recurrence().isPresent();
        return new CalendarEvent(
                id,
                r.projectId().orElse(e.projectId()),
                r.title().orElse(e.title()),
                r.description().orElse(e.description()),
                r.location().orElse(e.location()),
                allDay,
                start,
                end,
                zone,
                rule,
                r.attendees().isPresent() ? r.attendees().valueOrNull() : e.attendees(),
                e.createdBy(),
                createdAt,
                now,
                version,
                timing ? List.of() : e.changes());
    }

    private void updated(CalendarEvent e, UUID caller, Scope scope, Temporal occurrence) {
        outbox.append(
                CalendarEvents.EVENT_UPDATED,
                e.id().toString(),
                caller.toString(),
                new CalendarEvents.EventUpdated(e.state(), scope.wire(), Times.format(occurrence)));
    }

    /** The occurrence a {@code this} or {@code following} change names, checked to be one of the series'. */
    private static Temporal occurrence(CalendarEvent e, Scope scope, String text) {
        if (scope == Scope.ALL || !e.recurring()) {
            return null;
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInput("'occurrence' (the original start of the occurrence) is required with scope "
                            + scope.wire() + ".")
                    .with("field", "occurrence");
        }
        Temporal occurrence = Times.parse(text, e.allDay(), "occurrence");
        if (!e.series().isStart(occurrence)) {
            throw new InvalidInput("'occurrence' is not an occurrence of this event.").with("field", "occurrence");
        }
        return occurrence;
    }

    private CalendarEvent lockForWrite(UUID caller, UUID id, Long expectedVersion) {
        CalendarEvent event = events.byId(id, true).orElseThrow(EventService::noSuchEvent);
        requireView(caller, event);
        if (!event.isPersonal()) {
            access.requireWrite(event.projectId(), caller, NO_SUCH_EVENT, VIEWERS_READ_ONLY);
        }
        ETags.check(expectedVersion, event.version());
        return event;
    }

    private void requireView(UUID caller, CalendarEvent event) {
        if (event.isPersonal()) {
            if (!event.createdBy().equals(caller)) {
                throw noSuchEvent();
            }
        } else {
            access.requireRead(event.projectId(), caller, NO_SUCH_EVENT);
        }
    }

    private static Temporal defaultEnd(Temporal start) {
        return start instanceof LocalDate ? start : start.plus(1, ChronoUnit.HOURS);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static NotFound noSuchEvent() {
        return new NotFound(NO_SUCH_EVENT);
    }
}
