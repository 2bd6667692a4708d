package dev.ordo.identity.mail;

import dev.ordo.identity.config.EmailProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the mail outbox through the SMTP server ({@code spring.mail.*}). Right after a transaction that
 * queued a mail commits, and on every turn of the recurring job ({@link MailScheduling}) for what is left:
 * a mail the server did not take is retried with a growing pause (from {@code mail.relay-interval} up to
 * 15 minutes), so an SMTP outage delays mails but loses none. After {@code mail.give-up-after} a mail is
 * dropped with an error log: the links in it have expired by then.
 */
@Component
public class MailRelay {

    private static final Logger log = LoggerFactory.getLogger(MailRelay.class);
    private static final int BATCH = 20;
    /** Longer than an SMTP conversation with its timeouts; a mail claimed by a dead instance waits this long. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    private static final Duration MAX_PAUSE = Duration.ofMinutes(15);

    private final MailOutbox outbox;
    private final JavaMailSender sender;
    private final EmailProperties.Mail properties;
    private final Clock clock;
    private final Counter sent;
    private final Counter failed;
    private final Counter dropped;
    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();

    MailRelay(MailOutbox outbox, JavaMailSender sender, EmailProperties properties, Clock clock, MeterRegistry meters) {
        this.outbox = outbox;
        this.sender = sender;
        this.properties = properties.mail();
        this.clock = clock;
        this.sent = meters.counter("ordo.identity.mail", "outcome", "sent");
        this.failed = meters.counter("ordo.identity.mail", "outcome", "failed");
        this.dropped = meters.counter("ordo.identity.mail", "outcome", "dropped");
    }

    /** A transaction that queued a mail committed: send it now, off the request's thread. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(MailQueued queued) {
        again.set(true);
        Thread.ofVirtual().name("mail-relay").start(this::drain);
    }

    /** Sends every due mail. Concurrent calls in one instance do not overlap; the running one goes round again. */
    public void drain() {
        if (!draining.tryLock()) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                List<MailOutbox.Pending> batch;
                do {
                    batch = outbox.claim(BATCH, LEASE);
                    batch.forEach(this::send);
                } while (batch.size() == BATCH);
            } while (again.get());
        } finally {
            draining.unlock();
        }
    }

    private void send(MailOutbox.Pending pending) {
        Instant now = clock.instant();
        try {
            sender.send(message(pending.mail()));
            outbox.remove(pending.id());
            sent.increment();
        } catch (MailException | MessagingException e) {
            if (now.isAfter(pending.createdAt().plus(properties.giveUpAfter()))) {
                log.error(
                        "Dropping mail {} to {} after {} attempts since {}: {}",
                        pending.id(),
                        pending.mail().to(),
                        pending.attempts(),
                        pending.createdAt(),
                        e.toString());
                outbox.remove(pending.id());
                dropped.increment();
                return;
            }
            Duration pause = pause(pending.attempts());
            log.warn(
                    "Could not send mail {} (attempt {}), retrying in {} s: {}",
                    pending.id(),
                    pending.attempts(),
                    pause.toSeconds(),
                    e.toString());
            outbox.retryLater(pending.id(), e.toString(), now.plus(pause));
            failed.increment();
        }
    }

    /** relay-interval, doubling with every failed attempt, at most {@link #MAX_PAUSE}. */
    private Duration pause(int attempts) {
        Duration pause = properties.relayInterval().multipliedBy(1L << Math.min(attempts - 1, 16));
        return pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause;
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(mail.to());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        return message;
    }
}
