package dev.ordo.calendar.feed;

import dev.ordo.calendar.access.UserZones;
import dev.ordo.calendar.event.CalendarEvent;
import dev.ordo.calendar.event.EventService;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Imports of iCalendar documents: the document read, its events stored, all or none. */
@Service
public class ImportService {

    private final EventService events;
    private final UserZones zones;
    private final CalendarProperties properties;
    private final Clock clock;

    ImportService(EventService events, UserZones zones, CalendarProperties properties, Clock clock) {
        this.events = events;
        this.zones = zones;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public List<CalendarEvent> importCalendar(UUID caller, String body) {
        List<CalendarEvent> read = IcsImport.read(
                body,
                caller,
                zones.of(caller),
                properties.importMaxEvents(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        return read.stream().map(e -> events.add(e, caller)).toList();
    }
}
