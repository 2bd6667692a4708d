package dev.ordo.calendar;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Calendar events (meetings) with their recurrence, the agenda of the caller's tasks and events, iCalendar feeds. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CalendarApplication {

    public static void main(String[] args) {
        SpringApplication.run(CalendarApplication.class, args);
    }
}
