package dev.ordo.calendar.agenda;

import dev.ordo.calendar.access.UserZones;
import dev.ordo.calendar.event.CalendarEvent;
import dev.ordo.calendar.event.Change;
import dev.ordo.calendar.event.Events;
import dev.ordo.calendar.recurrence.Series;
import dev.ordo.calendar.recurrence.TaskRecurrence;
import dev.ordo.platform.problems.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agenda: the caller's open tasks due in a range of days (recurring ones expanded into their occurrences
 * from the current one on) and the events they see (recurring ones expanded, changed occurrences as changed,
 * cancelled ones left out), in the caller's time zone, sorted by time. Read from the replicas and the calendar's
 * own tables: no other service is called.
 */
@Service
public class AgendaService {

    /** The longest range one agenda covers. */
    public static final int MAX_DAYS = 366;

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::at)
            .thenComparing(e -> !e.item().allDay())
            .thenComparing(e -> e.item().type())
            .thenComparing(e -> e.item().title())
            .thenComparing(e -> e.item().id());

    private final Events events;
    private final AgendaTasks tasks;
    private final UserZones zones;

    AgendaService(Events events, AgendaTasks tasks, UserZones zones) {
        this.events = events;
        this.tasks = tasks;
        this.zones = zones;
    }

    /** @throws InvalidInput for a range that ends before it starts or is longer than {@value #MAX_DAYS} days */
    @Transactional(readOnly = true)
    public Agenda of(UUID caller, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInput("'from' and 'to' (dates, YYYY-MM-DD) are required.");
        }
        if (to.isBefore(from)) {
            throw new InvalidInput("'to' is before 'from'.").with("field", "to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidInput("An agenda covers at most " + MAX_DAYS + " days.").with("field", "to");
        }
        ZoneId zone = zones.of(caller);
        Window window = new Window(from, to, zone);
        List<Entry> entries = new ArrayList<>();
        for (CalendarEvent event : events.visibleBetween(
                caller, from.minusDays(2).atStartOfDay(), to.plusDays(3).atStartOfDay())) {
            eventEntries(event, window, entries);
        }
        for (TaskEntry task : tasks.dueBetween(caller, from.minusDays(2), to.plusDays(2))) {
            taskEntries(task, window, entries);
        }
        entries.sort(ORDER);
        return new Agenda(zone.getId(), entries.stream().map(Entry::item).toList());
    }

    /** The days asked for, in the caller's zone, as instants [start, end). */
    private record Window(LocalDate from, LocalDate to, ZoneId zone) {

        Instant start() {
            return from.atStartOfDay(zone).toInstant();
        }

        Instant end() {
            return to.plusDays(1).atStartOfDay(zone).toInstant();
        }

        boolean overlaps(Instant a, Instant b) {
            return a.equals(b) ? !a.isBefore(start()) && a.isBefore(end()) : a.isBefore(end()) && b.isAfter(start());
        }

        boolean overlaps(LocalDate a, LocalDate b) {
            return !a.isAfter(to) && !b.isBefore(from);
        }

        String local(Instant at) {
            return LocalDateTime.ofInstant(at, zone)
                    .truncatedTo(ChronoUnit.SECONDS)
                    .toString();
        }
    }

    /** An item and the instant it sorts by. */
    private record Entry(Instant at, AgendaItem item) {}

    private static void eventEntries(CalendarEvent e, Window w, List<Entry> out) {
        Series series = e.series();
        Set<String> changed = new HashSet<>();
        e.changes().forEach(c -> changed.add(c.occurrence().toString()));
        List<Temporal> starts;
        if (e.allDay()) {
            starts = series.starts(w.from().minusDays(e.length().toDays()), w.to());
        } else {
            LocalDateTime from = LocalDateTime.ofInstant(w.start(), e.zone()).minus(e.length());
            LocalDateTime to = LocalDateTime.ofInstant(w.end(), e.zone());
            starts = series.starts(from, to);
        }
        for (Temporal start : starts) {
            if (!changed.contains(start.toString())) {
                eventEntry(e, start, start, e.endOf(start), e.title(), w, out);
            }
        }
        for (Change c : e.changes()) {
            if (!c.cancelled()) {
                Temporal start = c.start() == null ? c.occurrence() : c.start();
                Temporal end = c.end() == null ? e.endOf(start) : c.end();
                eventEntry(e, c.occurrence(), start, end, c.title() == null ? e.title() : c.title(), w, out);
            }
        }
    }

    private static void eventEntry(
            CalendarEvent e,
            Temporal occurrence,
            Temporal start,
            Temporal end,
            String title,
            Window w,
            List<Entry> out) {
        String occurrenceText = e.recurring() ? occurrence.toString() : null;
        if (e.allDay()) {
            LocalDate first = (LocalDate) start;
            LocalDate last = (LocalDate) end;
            if (w.overlaps(first, last)) {
                out.add(new Entry(
                        first.atStartOfDay(w.zone()).toInstant(),
                        new AgendaItem(
                                "event",
                                e.id(),
                                title,
                                first.toString(),
                                null,
                                last.toString(),
                                true,
                                occurrenceText,
                                e.projectId(),
                                e.recurring())));
            }
            return;
        }
        Instant a = ZonedDateTime.of((LocalDateTime) start, e.zone()).toInstant();
        Instant b = ZonedDateTime.of((LocalDateTime) end, e.zone()).toInstant();
        if (w.overlaps(a, b)) {
            out.add(new Entry(
                    a,
                    new AgendaItem(
                            "event",
                            e.id(),
                            title,
                            null,
                            w.local(a),
                            w.local(b),
                            false,
                            occurrenceText,
                            e.projectId(),
                            e.recurring())));
        }
    }

    private static void taskEntries(TaskEntry t, Window w, List<Entry> out) {
        TaskRecurrence rule = t.rule().orElse(null);
        if (rule == null) {
            taskEntry(t, t.timed() ? t.dueAt() : null, t.dueDate(), false, w, out);
            return;
        }
        Series series = rule.series();
        Set<Instant> seen = new HashSet<>();
        if (series.allDay()) {
            LocalDate from = t.dueDate().isAfter(w.from()) ? t.dueDate() : w.from();
            taskEntry(t, null, t.dueDate(), true, w, out);
            for (Temporal start : series.starts(from, w.to())) {
                if (!start.equals(t.dueDate())) {
                    taskEntry(t, null, (LocalDate) start, true, w, out);
                }
            }
            return;
        }
        ZoneId zone = rule.zone();
        Instant current = t.timed() ? t.dueAt() : t.dueDate().atStartOfDay(zone).toInstant();
        if (t.timed()) {
            seen.add(current);
            taskEntry(t, current, t.dueDate(), true, w, out);
        }
        Instant from = current.isAfter(w.start()) ? current : w.start();
        for (Temporal start :
                series.starts(LocalDateTime.ofInstant(from, zone), LocalDateTime.ofInstant(w.end(), zone))) {
            Instant at = ZonedDateTime.of((LocalDateTime) start, zone).toInstant();
            if (!at.isBefore(current) && seen.add(at)) {
                taskEntry(t, at, ((LocalDateTime) start).toLocalDate(), true, w, out);
            }
        }
    }

    /** One occurrence of a task: at an instant, or on a date (in its own zone; a date is the same everywhere). */
    private static void taskEntry(
            TaskEntry t, Instant at, LocalDate date, boolean recurring, Window w, List<Entry> out) {
        String occurrence = recurring ? date.toString() : null;
        if (at == null) {
            if (w.overlaps(date, date)) {
                out.add(new Entry(
                        date.atStartOfDay(w.zone()).toInstant(),
                        new AgendaItem(
                                "task",
                                t.id(),
                                t.title(),
                                date.toString(),
                                null,
                                null,
                                true,
                                occurrence,
                                t.projectId(),
                                recurring)));
            }
            return;
        }
        Instant end = t.durationMinutes() == null ? at : at.plus(t.durationMinutes(), ChronoUnit.MINUTES);
        if (w.overlaps(at, at)) {
            out.add(new Entry(
                    at,
                    new AgendaItem(
                            "task",
                            t.id(),
                            t.title(),
                            null,
                            w.local(at),
                            t.durationMinutes() == null ? null : w.local(end),
                            false,
                            occurrence,
                            t.projectId(),
                            recurring)));
        }
    }
}
