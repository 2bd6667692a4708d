package dev.ordo.calendar.feed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ordo.calendar.*}.
 *
 * @param feedBaseUrl      where feed addresses point (the gateway as users reach it); empty: the request's own
 * @param importMaxEvents  how many events one import may hold
 */
@ConfigurationProperties("ordo.calendar")
public record CalendarProperties(String feedBaseUrl, Integer importMaxEvents) {

    public CalendarProperties {
        feedBaseUrl = feedBaseUrl == null ? "" : feedBaseUrl.strip().replaceAll("/+$", "");
        importMaxEvents = importMaxEvents == null ? 500 : importMaxEvents;
    }
}
