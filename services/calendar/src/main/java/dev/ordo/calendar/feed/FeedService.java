package dev.ordo.calendar.feed;

import dev.ordo.calendar.agenda.AgendaTasks;
import dev.ordo.calendar.agenda.TaskEntry;
import dev.ordo.calendar.event.CalendarEvent;
import dev.ordo.calendar.event.Events;
import dev.ordo.platform.problems.NotFound;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's iCalendar feed: a secret address (made on first read, replaced on reset, the old one then
 * unknown) and what it serves, the events they see and their open tasks with a due.
 */
@Service
public class FeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Events events;
    private final AgendaTasks tasks;
    private final Clock clock;

    FeedService(JdbcClient jdbc, Events events, AgendaTasks tasks, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The user's secret, made now if they have none. */
    @Transactional
    public String secret(UUID user) {
        jdbc.sql(
                        "insert into feed (user_id, secret, created_at) values (:u, :s, :now) on conflict (user_id) do nothing")
                .param("u", user)
                .param("s", newSecret())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("select secret from feed where user_id = :u")
                .param("u", user)
                .query(String.class)
                .single();
    }

    /** A new secret; the old one no longer reads the feed. */
    @Transactional
    public String reset(UUID user) {
        String secret = newSecret();
        jdbc.sql("""
                        insert into feed (user_id, secret, created_at) values (:u, :s, :now)
                        on conflict (user_id) do update set secret = excluded.secret, created_at = excluded.created_at""")
                .param("u", user)
                .param("s", secret)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        return secret;
    }

    /** @throws NotFound for a secret that is nobody's (any more) */
    @Transactional(readOnly = true)
    public String feed(String secret) {
        UUID user = jdbc.sql("select user_id from feed where secret = :s")
                .param("s", secret)
                .query(UUID.class)
                .optional()
                .orElseThrow(() -> new NotFound("There is no such feed."));
        Instant now = clock.instant();
        IcsWriter ics = new IcsWriter("Ordo", now);
        for (CalendarEvent e : events.visible(user)) {
            ics.event(e);
        }
        for (TaskEntry t : tasks.all(user)) {
            ics.task(t);
        }
        return ics.text();
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
