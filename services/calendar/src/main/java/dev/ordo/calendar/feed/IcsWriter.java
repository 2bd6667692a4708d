package dev.ordo.calendar.feed;

import dev.ordo.calendar.agenda.TaskEntry;
import dev.ordo.calendar.event.CalendarEvent;
import dev.ordo.calendar.event.Change;
import dev.ordo.calendar.recurrence.Rule;
import dev.ordo.calendar.recurrence.Series;
import dev.ordo.calendar.recurrence.TaskRecurrence;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A user's calendar as RFC 5545 text, built with ical4j: a VEVENT per event (its rule as RRULE, cancelled
 * occurrences as EXDATE, each changed occurrence a VEVENT of its own with RECURRENCE-ID), a VTODO per task with
 * a due (recurring ones with their rule), and a VEVENT for each task due at a time, so calendar apps that show no
 * to-dos show those too. Each zone used has its VTIMEZONE.
 */
final class IcsWriter {

    static final String PRODUCT = "-//Ordo//Calendar 1.0//EN";

    private final Calendar calendar = new Calendar();
    private final Map<String, TimeZone> zones = new LinkedHashMap<>();
    private final DtStamp stamp;

    IcsWriter(String name, Instant now) {
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", name));
        stamp = new DtStamp(IcsTimes.utc(now.truncatedTo(ChronoUnit.SECONDS)));
    }

    void event(CalendarEvent e) {
        VEvent master = new VEvent(false);
        common(master, uid(e), e.title(), e.description(), e.location());
        times(master, e.start(), icsEnd(e, e.end()), e.zone());
        if (e.rule() != null) {
            master.add(new RRule<>(ruleText(e.rule(), e.series(), e.zone())));
            for (Change c : e.changes()) {
                if (c.cancelled()) {
                    master.add(new ExDate<>(
                            IcsTimes.params(c.occurrence(), e.zone()), IcsTimes.value(c.occurrence(), e.zone())));
                }
            }
        }
        for (String email : e.attendees()) {
            master.add(new Attendee(URI.create("mailto:" + email)));
        }
        master.add(new Sequence((int) Math.min(Integer.MAX_VALUE, e.version() - 1)));
        calendar.add(master);
        for (Change c : e.changes()) {
            if (!c.cancelled()) {
                VEvent one = new VEvent(false);
                common(
                        one,
                        uid(e),
                        c.title() == null ? e.title() : c.title(),
                        c.description() == null ? e.description() : c.description(),
                        c.location() == null ? e.location() : c.location());
                Temporal start = c.start() == null ? c.occurrence() : c.start();
                Temporal end = c.end() == null ? e.endOf(start) : c.end();
                times(one, start, icsEnd(e, end), e.zone());
                one.add(new RecurrenceId<>(
                        IcsTimes.params(c.occurrence(), e.zone()), IcsTimes.value(c.occurrence(), e.zone())));
                one.add(new Sequence((int) Math.min(Integer.MAX_VALUE, e.version() - 1)));
                calendar.add(one);
            }
        }
    }

    /** A to-do for the task; a task due at a time is also an event, lasting its duration. */
    void task(TaskEntry t) {
        TaskRecurrence recurrence = t.rule().orElse(null);
        ZoneId zone = recurrence != null ? recurrence.zone() : t.zone();
        Temporal due =
                t.timed() ? LocalDateTime.ofInstant(t.dueAt(), zone).truncatedTo(ChronoUnit.SECONDS) : t.dueDate();
        String rule = null;
        if (recurrence != null && recurrence.series().allDay() == (due instanceof LocalDate)) {
            Temporal last = recurrence.series().last();
            if (last != null && Series.compare(last, due) < 0) {
                rule = null;
            } else {
                rule = last == null
                        ? recurrence.series().rule().text()
                        : untilText(recurrence.series().rule(), last, zone);
            }
        }
        VToDo todo = new VToDo(false);
        todo.add(stamp);
        todo.add(new Uid("task-" + t.id() + "@ordo"));
        todo.add(new Summary(t.title()));
        todo.add(new DtStart<>(IcsTimes.params(due, zone), IcsTimes.value(due, zone)));
        todo.add(new Due<>(IcsTimes.params(due, zone), IcsTimes.value(due, zone)));
        todo.add(new Status(Status.VALUE_NEEDS_ACTION));
        if (rule != null) {
            todo.add(new RRule<>(rule));
        }
        use(due, zone);
        calendar.add(todo);
        if (t.timed()) {
            VEvent event = new VEvent(false);
            common(event, "task-event-" + t.id() + "@ordo", t.title(), null, null);
            Temporal end = due.plus(t.durationMinutes() == null ? 0 : t.durationMinutes(), ChronoUnit.MINUTES);
            times(event, due, end, zone);
            if (rule != null) {
                event.add(new RRule<>(rule));
            }
            calendar.add(event);
        }
    }

    String text() {
        zones.values().forEach(tz -> calendar.add(tz.getVTimeZone()));
        return calendar.toString();
    }

    private void common(VEvent v, String uid, String title, String description, String location) {
        v.add(stamp);
        v.add(new Uid(uid));
        v.add(new Summary(title));
        if (description != null) {
            v.add(new Description(description));
        }
        if (location != null) {
            v.add(new Location(location));
        }
    }

    private void times(VEvent v, Temporal start, Temporal end, ZoneId zone) {
        v.add(new DtStart<>(IcsTimes.params(start, zone), IcsTimes.value(start, zone)));
        v.add(new DtEnd<>(IcsTimes.params(end, zone), IcsTimes.value(end, zone)));
        use(start, zone);
    }

    private void use(Temporal t, ZoneId zone) {
        if (!(t instanceof LocalDate)) {
            TimeZone tz = IcsTimes.timeZone(zone);
            if (tz != null) {
                zones.putIfAbsent(zone.getId(), tz);
            }
        }
    }

    /** iCalendar's DTEND of an all-day event is the day after its last. */
    private static Temporal icsEnd(CalendarEvent e, Temporal end) {
        return e.allDay() ? ((LocalDate) end).plusDays(1) : end;
    }

    /** The rule with an UNTIL as RFC 5545 wants it with this DTSTART: UTC with a zoned one, a date with a date. */
    private static String ruleText(Rule rule, Series series, ZoneId zone) {
        if (rule.count() != null || !rule.bounded()) {
            return rule.text();
        }
        Temporal last = series.last();
        return untilText(rule, last, zone);
    }

    private static String untilText(Rule rule, Temporal last, ZoneId zone) {
        if (last instanceof LocalDate d) {
            return rule.withDateUntil(d);
        }
        return rule.withUtcUntil(ZonedDateTime.of((LocalDateTime) last, zone).toInstant());
    }

    private static String uid(CalendarEvent e) {
        return e.id() + "@ordo";
    }
}
