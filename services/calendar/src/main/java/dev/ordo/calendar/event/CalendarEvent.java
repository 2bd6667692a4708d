package dev.ordo.calendar.event;

import dev.ordo.calendar.recurrence.Rule;
import dev.ordo.calendar.recurrence.Series;
import dev.ordo.contracts.calendar.CalendarEvents;
import dev.ordo.platform.problems.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A calendar event, or a recurring series of them, with the occurrences changed or cancelled one by one. Its
 * times are local ({@code start}, {@code end} in {@code zone}; dates when {@code allDay}, {@code end} then the
 * last day). It checks itself when made: end not before start, a rule that expands, UNTIL not before the start.
 */
public record CalendarEvent(
        UUID id,
        UUID projectId,
        String title,
        String description,
        String location,
        boolean allDay,
        Temporal start,
        Temporal end,
        ZoneId zone,
        Rule rule,
        List<String> attendees,
        UUID createdBy,
        Instant createdAt,
        Instant updatedAt,
        long version,
        List<Change> changes) {

    static final int MAX_TITLE = 500;
    static final int MAX_DESCRIPTION = 16_000;
    static final int MAX_LOCATION = 500;
    static final int MAX_ATTENDEES = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}");

    public CalendarEvent {
        title = text(title, "title", MAX_TITLE, true);
        description = text(description, "description", MAX_DESCRIPTION, false);
        location = text(location, "location", MAX_LOCATION, false);
        attendees = attendees(attendees);
        if (Series.compare(end, start) < 0) {
            throw new InvalidInput("'end' is before 'start'.").with("field", "end");
        }
        if (ChronoUnit.DAYS.between(Times.toDateTime(start), Times.toDateTime(end)) > 366) {
            throw new InvalidInput("An event lasts at most 366 days.").with("field", "end");
        }
        changes = changes == null
                ? List.of()
                : changes.stream()
                        .sorted(Comparator.comparing(c -> Times.toDateTime(c.occurrence())))
                        .toList();
        // checks UNTIL against the start
        new Series(start, rule, zone, "recurrence");
    }

    private static String text(String value, String field, int max, boolean required) {
        if (value == null || (!required && value.isEmpty())) {
            if (required) {
                throw new InvalidInput("'" + field + "' is required.").with("field", field);
            }
            return null;
        }
        if (required && value.isBlank()) {
            throw new InvalidInput("'" + field + "' may not be blank.").with("field", field);
        }
        if (value.length() > max) {
            throw new InvalidInput("'" + field + "' is longer than " + max + " characters.").with("field", field);
        }
        return value;
    }

    private static List<String> attendees(List<String> emails) {
        if (emails == null) {
            return List.of();
        }
        if (emails.size() > MAX_ATTENDEES) {
            throw new InvalidInput("At most " + MAX_ATTENDEES + " attendees.").with("field", "attendees");
        }
        List<String> result = new ArrayList<>();
        for (String email : emails) {
            if (email == null || !EMAIL.matcher(email.strip()).matches()) {
                throw new InvalidInput("'attendees' holds something that is not an email address.")
                        .with("field", "attendees");
            }
            String normal = email.strip().toLowerCase(Locale.ROOT);
            if (!result.contains(normal)) {
                result.add(normal);
            }
        }
        return List.copyOf(result);
    }

    public Series series() {
        return new Series(start, rule, zone, "recurrence");
    }

    public boolean recurring() {
        return rule != null;
    }

    /** How long each occurrence lasts: a timed one from start to end, an all-day one in days (0: one day). */
    public Duration length() {
        return Duration.between(Times.toDateTime(start), Times.toDateTime(end));
    }

    /** The end of an occurrence that starts at {@code occurrenceStart}. */
    public Temporal endOf(Temporal occurrenceStart) {
        return allDay ? ((LocalDate) occurrenceStart).plusDays(length().toDays()) : occurrenceStart.plus(length());
    }

    public Change changeAt(Temporal occurrence) {
        return changes.stream()
                .filter(c -> Series.compare(c.occurrence(), occurrence) == 0)
                .findFirst()
                .orElse(null);
    }

    public boolean isPersonal() {
        return projectId == null;
    }

    /** The same event, its changed occurrences these (an import reading RECURRENCE-IDs and EXDATEs). */
    public CalendarEvent withChanges(List<Change> newChanges) {
        return rebuilt(rule, newChanges, updatedAt, version);
    }

    CalendarEvent with(List<Change> newChanges, Instant now) {
        return rebuilt(rule, newChanges, now, version + 1);
    }

    CalendarEvent withRule(Rule newRule, List<Change> newChanges, Instant now) {
        return rebuilt(newRule, newChanges, now, version + 1);
    }

    private CalendarEvent rebuilt(Rule newRule, List<Change> newChanges, Instant at, long newVersion) {
        return new CalendarEvent(
                id,
                projectId,
                title,
                description,
                location,
                allDay,
                start,
                end,
                zone,
                newRule,
                attendees,
                createdBy,
                createdAt,
                at,
                newVersion,
                newChanges);
    }

    CalendarEvents.EventState state() {
        return new CalendarEvents.EventState(
                id,
                projectId,
                title,
                description,
                location,
                allDay,
                Times.format(start),
                Times.format(end),
                zone.getId(),
                rule == null ? null : rule.text(),
                attendees,
                changes.stream().map(c -> Times.format(c.occurrence())).toList(),
                createdBy,
                createdAt,
                updatedAt,
                version);
    }
}
