package dev.ordo.calendar.feed;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.parameter.Value;

/**
 * How a time is written in iCalendar: a date as {@code VALUE=DATE}, a local time in a zone as {@code TZID=} with
 * the zone's VTIMEZONE (from ical4j's zone data) in the calendar, and a time in a zone ical4j does not know
 * (UTC among them) as UTC ({@code ...Z}).
 */
final class IcsTimes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss");
    private static final TimeZoneRegistry REGISTRY =
            TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final Map<String, Boolean> KNOWN = new ConcurrentHashMap<>();

    private IcsTimes() {}

    /** The zone's definition, or null when its times are written in UTC. */
    static TimeZone timeZone(ZoneId zone) {
        if (zone.normalized() instanceof ZoneOffset) {
            return null;
        }
        TimeZone tz = KNOWN.computeIfAbsent(zone.getId(), id -> REGISTRY.getTimeZone(id) != null)
                ? REGISTRY.getTimeZone(zone.getId())
                : null;
        return tz;
    }

    static ParameterList params(Temporal t, ZoneId zone) {
        if (t instanceof LocalDate) {
            return new ParameterList(List.of(Value.DATE));
        }
        return timeZone(zone) == null ? new ParameterList() : new ParameterList(List.of(new TzId(zone.getId())));
    }

    static String value(Temporal t, ZoneId zone) {
        if (t instanceof LocalDate d) {
            return DATE.format(d);
        }
        LocalDateTime local = (LocalDateTime) t;
        if (timeZone(zone) == null) {
            return utc(ZonedDateTime.of(local, zone).toInstant());
        }
        return LOCAL.format(local);
    }

    static String utc(Instant at) {
        return LOCAL.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + "Z";
    }
}
