package dev.ordo.calendar.feed;

import dev.ordo.calendar.event.CalendarEvent;
import dev.ordo.calendar.event.Change;
import dev.ordo.calendar.recurrence.Rule;
import dev.ordo.calendar.recurrence.Series;
import dev.ordo.platform.problems.DomainException;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.input.InputRules;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.ExDate;

/**
 * Reads the VEVENTs of a text/calendar body as personal events of the caller: DTSTART and DTEND (or DURATION)
 * as local times in their zone (a floating or UTC time in the caller's), SUMMARY, DESCRIPTION, LOCATION, RRULE,
 * EXDATE as cancelled occurrences, ATTENDEE's mailto addresses, and a VEVENT with RECURRENCE-ID as a changed
 * occurrence of the event of its UID. Anything it cannot read is a 400 that says which event.
 */
final class IcsImport {

    private IcsImport() {}

    static List<CalendarEvent> read(String body, UUID caller, ZoneId callerZone, int maxEvents, Instant now) {
        if (body == null || body.isBlank()) {
            throw new InvalidInput("The body is empty; send a text/calendar document (RFC 5545).");
        }
        String textProblem = InputRules.textProblem(body);
        if (textProblem != null) {
            throw new InvalidInput(textProblem);
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(body));
        } catch (ParserException | IOException | RuntimeException e) {
            throw new InvalidInput("The body is not an iCalendar document (RFC 5545): " + e.getMessage());
        }
        List<VEvent> vevents = calendar.getComponents(Component.VEVENT);
        if (vevents.isEmpty()) {
            throw new InvalidInput("The calendar holds no VEVENT.");
        }
        if (vevents.size() > maxEvents) {
            throw new InvalidInput("One import holds at most " + maxEvents + " events.");
        }
        Map<String, CalendarEvent> byUid = new LinkedHashMap<>();
        List<CalendarEvent> events = new ArrayList<>();
        List<VEvent> overrides = new ArrayList<>();
        int n = 0;
        for (VEvent v : vevents) {
            n++;
            if (v.getProperty(Property.RECURRENCE_ID).isPresent()) {
                overrides.add(v);
                continue;
            }
            try {
                CalendarEvent event = event(v, caller, callerZone, now);
                events.add(event);
                uid(v).ifPresent(uid -> byUid.put(uid, event));
            } catch (DomainException e) {
                throw new InvalidInput("VEVENT " + n + ": " + e.getMessage());
            } catch (RuntimeException e) {
                throw new InvalidInput("VEVENT " + n + " cannot be read: " + e.getMessage());
            }
        }
        for (VEvent v : overrides) {
            CalendarEvent master = uid(v).map(byUid::get).orElse(null);
            if (master == null || !master.recurring()) {
                continue;
            }
            try {
                Change change = change(v, master, callerZone);
                if (change != null) {
                    List<Change> changes = new ArrayList<>(master.changes());
                    changes.removeIf(c -> Series.compare(c.occurrence(), change.occurrence()) == 0);
                    changes.add(change);
                    CalendarEvent changed = master.withChanges(changes);
                    events.set(events.indexOf(master), changed);
                    uid(v).ifPresent(uid -> byUid.put(uid, changed));
                }
            } catch (RuntimeException e) {
                throw new InvalidInput("A VEVENT with RECURRENCE-ID cannot be read: " + e.getMessage());
            }
        }
        return events;
    }

    private static CalendarEvent event(VEvent v, UUID caller, ZoneId callerZone, Instant now) {
        DateProperty<Temporal> dtStart = v.getDateTimeStart();
        if (dtStart == null) {
            throw new InvalidInput("it has no DTSTART");
        }
        Temporal rawStart = dtStart.getDate();
        boolean allDay = rawStart instanceof LocalDate;
        ZoneId zone = rawStart instanceof ZonedDateTime ? zoneOf(dtStart, callerZone) : callerZone;
        Temporal start = local(rawStart, zone);
        Temporal end;
        DateProperty<Temporal> dtEnd = v.getDateTimeEnd();
        if (dtEnd != null) {
            end = local(dtEnd.getDate(), zone);
            if (allDay && end instanceof LocalDate d) {
                end = d.minusDays(1);
                if (d.minusDays(1).isBefore((LocalDate) start)) {
                    end = start;
                }
            }
        } else if (v.getDuration() != null) {
            TemporalAmount length = v.getDuration().getDuration();
            end = allDay ? ((LocalDate) start).plus(length).minusDays(1) : start.plus(length);
            if (allDay && Series.compare(end, start) < 0) {
                end = start;
            }
        } else {
            end = start;
        }
        if (!InputRules.isWithinYears(start) || !InputRules.isWithinYears(end)) {
            throw new InvalidInput(InputRules.DATE_RULE);
        }
        if (allDay != (end instanceof LocalDate)) {
            throw new InvalidInput("DTSTART and DTEND are not both dates or both date-times");
        }
        Rule rule = v.getProperty(Property.RRULE)
                .map(p -> Rule.parse(p.getValue(), "RRULE"))
                .orElse(null);
        List<String> attendees = new ArrayList<>();
        for (Property p : v.getProperties(Property.ATTENDEE)) {
            String value = p.getValue();
            if (value != null && value.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                attendees.add(value.substring(7));
            }
        }
        CalendarEvent event = new CalendarEvent(
                UUID.randomUUID(),
                null,
                text(v, Property.SUMMARY).filter(s -> !s.isBlank()).orElse("(no title)"),
                text(v, Property.DESCRIPTION).orElse(null),
                text(v, Property.LOCATION).orElse(null),
                allDay,
                start,
                end,
                zone,
                rule,
                attendees,
                caller,
                now,
                now,
                1,
                List.of());
        if (rule == null) {
            return event;
        }
        Series series = event.series();
        List<Change> cancelled = new ArrayList<>();
        for (Property p : v.getProperties(Property.EXDATE)) {
            for (Object date : ((ExDate<?>) p).getDates()) {
                Temporal occurrence = asKind(local((Temporal) date, zone), allDay);
                if (series.isStart(occurrence)
                        && cancelled.stream().noneMatch(c -> Series.compare(c.occurrence(), occurrence) == 0)) {
                    cancelled.add(new Change(occurrence, true, null, null, null, null, null));
                }
            }
        }
        return cancelled.isEmpty() ? event : event.withChanges(cancelled);
    }

    private static Change change(VEvent v, CalendarEvent master, ZoneId callerZone) {
        DateProperty<Temporal> recurrenceId = v.getProperty(Property.RECURRENCE_ID)
                .map(p -> (DateProperty<Temporal>) p)
                .orElseThrow();
        Temporal occurrence = asKind(local(recurrenceId.getDate(), master.zone()), master.allDay());
        if (!master.series().isStart(occurrence)) {
            return null;
        }
        DateProperty<Temporal> dtStart = v.getDateTimeStart();
        DateProperty<Temporal> dtEnd = v.getDateTimeEnd();
        Temporal start =
                dtStart == null ? occurrence : asKind(local(dtStart.getDate(), master.zone()), master.allDay());
        Temporal end =
                dtEnd == null ? master.endOf(start) : asKind(local(dtEnd.getDate(), master.zone()), master.allDay());
        if (master.allDay() && dtEnd != null) {
            end = ((LocalDate) end).minusDays(1);
        }
        if (Series.compare(end, start) < 0) {
            end = start;
        }
        return new Change(
                occurrence,
                false,
                text(v, Property.SUMMARY).orElse(null),
                text(v, Property.DESCRIPTION).orElse(null),
                text(v, Property.LOCATION).orElse(null),
                start,
                end);
    }

    /** A time as the event keeps it: a date, or a local date-time in {@code zone}. */
    private static Temporal local(Temporal t, ZoneId zone) {
        return switch (t) {
            case LocalDate d -> d;
            case LocalDateTime dt -> dt.truncatedTo(ChronoUnit.SECONDS);
            case ZonedDateTime z ->
                z.withZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
            case OffsetDateTime o -> o.atZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
            case Instant i -> LocalDateTime.ofInstant(i, zone).truncatedTo(ChronoUnit.SECONDS);
            default -> throw new InvalidInput("a time of a kind not supported: " + t);
        };
    }

    /** The zone DTSTART's TZID names (ical4j's own zone objects carry made-up ids), else the caller's. */
    private static ZoneId zoneOf(DateProperty<Temporal> property, ZoneId fallback) {
        return property.getParameter(Parameter.TZID)
                .map(Parameter::getValue)
                .flatMap(id -> {
                    try {
                        return Optional.of(ZoneId.of(id));
                    } catch (java.time.DateTimeException e) {
                        return Optional.empty();
                    }
                })
                .orElse(fallback);
    }

    private static Temporal asKind(Temporal t, boolean allDay) {
        if (allDay) {
            return t instanceof LocalDateTime dt ? dt.toLocalDate() : t;
        }
        return t instanceof LocalDate d ? d.atStartOfDay() : t;
    }

    private static Optional<String> text(VEvent v, String name) {
        return v.getProperty(name).map(Property::getValue);
    }

    private static Optional<String> uid(VEvent v) {
        return text(v, Property.UID);
    }
}
