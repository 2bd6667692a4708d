package dev.ordo.identity.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Mails waiting to be sent ({@code mail_outbox}). A change that causes a mail writes it here in its own
 * transaction, so the mail is sent if and only if the change commits, and no SMTP server is ever waited for
 * while a transaction is open; {@link MailRelay} sends it afterwards.
 */
@Repository
public class MailOutbox {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Queues {@code mail}; call inside the transaction of the change the mail is about. */
    public void add(Mail mail) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into mail_outbox (id, recipient, subject, text_body, html_body, created_at, next_attempt_at)
                        values (:id, :to, :subject, :text, :html, :now, :now)""")
                .param("id", UUID.randomUUID())
                .param("to", mail.to())
                .param("subject", mail.subject())
                .param("text", mail.text())
                .param("html", mail.html())
                .param("now", now)
                .update();
        events.publishEvent(new MailQueued());
    }

    /**
     * Takes up to {@code limit} due mails for one sending attempt: they are not due again until
     * {@code lease} has passed, so another instance (or the next turn) does not send them at the same time,
     * and a mail whose sender died is retried after the lease. One statement, no transaction held.
     */
    List<Pending> claim(int limit, Duration lease) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        update mail_outbox set next_attempt_at = :leaseEnd, attempts = attempts + 1
                        where id in (select id from mail_outbox where next_attempt_at <= :now
                                     order by created_at limit :limit for update skip locked)
                        returning id, recipient, subject, text_body, html_body, created_at, attempts""")
                .param("leaseEnd", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((rs, n) -> new Pending(
                        rs.getObject("id", UUID.class),
                        new Mail(
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getString("text_body"),
                                rs.getString("html_body")),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getInt("attempts")))
                .list();
    }

    /** The server took it, or it is given up: the row (and any link in it) goes. */
    void remove(UUID id) {
        jdbc.sql("delete from mail_outbox where id = :id").param("id", id).update();
    }

    void retryLater(UUID id, String error, Instant at) {
        jdbc.sql("update mail_outbox set last_error = :error, next_attempt_at = :at where id = :id")
                .param("error", error)
                .param("at", Timestamp.from(at))
                .param("id", id)
                .update();
    }

    /** A claimed mail and how many attempts (this one included) it has had. */
    record Pending(UUID id, Mail mail, Instant createdAt, int attempts) {}
}
