package dev.ordo.tasks.quickadd;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.recur.Recurrence;
import dev.ordo.tasks.recur.RecurrenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The due an "every …" phrase makes: its recurrence starts on its "starting" date, else on a date said beside
 * it, else today; at its time, else at a time said beside it, else all day (an hourly one: from the next full
 * hour). With no start date said, a first occurrence earlier today than now moves on to the next one.
 */
final class RecurringDues {

    private RecurringDues() {}

    static Due due(Repeat r, Object dateBeside, LocalTime timeBeside, ZoneId zone, Instant now) {
        if (r.fromCompletion() && r.count() != null) {
            throw RecurrenceException.invalid(
                    "every! counts from each completion: it takes 'until <date>', not a number of times");
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate start = r.start();
        LocalTime time = r.time() != null ? r.time() : timeBeside;
        if (start == null && dateBeside instanceof Instant moment) {
            LocalDateTime local = LocalDateTime.ofInstant(moment, zone);
            start = local.toLocalDate();
            time = time != null ? time : local.toLocalTime().truncatedTo(ChronoUnit.MINUTES);
        } else if (start == null && dateBeside instanceof LocalDate date) {
            start = date;
        }
        boolean startSaid = start != null;
        if (start == null) {
            start = today;
        }
        if (time == null && r.rule().startsWith("FREQ=HOURLY")) {
            LocalDateTime next = start.equals(today)
                    ? LocalDateTime.ofInstant(now, zone)
                            .truncatedTo(ChronoUnit.HOURS)
                            .plusHours(1)
                    : start.atStartOfDay();
            start = next.toLocalDate();
            time = next.toLocalTime();
        }
        Recurrence recurrence = Recurrence.of(r.rrule(), start, time, zone);
        if (!startSaid
                && !recurrence.allDay()
                && recurrence.start().at(zone).toInstant().isBefore(now)) {
            Recurrence first = recurrence;
            recurrence = first.after(first.start()).map(first::from).orElse(first);
        }
        return recurrence.due(recurrence.start(), r.fromCompletion(), null);
    }
}
