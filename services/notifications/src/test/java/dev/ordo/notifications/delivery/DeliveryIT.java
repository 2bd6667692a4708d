package dev.ordo.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.support.IntegrationTestBase;
import dev.ordo.notifications.support.Mailbox;
import dev.ordo.notifications.support.Person;
import dev.ordo.notifications.support.SenderFaults;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The worker of the test configuration: 3 attempts, 100 ms doubling to 400 ms, a 3 s lease. */
class DeliveryIT extends IntegrationTestBase {

    @Autowired
    MeterRegistry meters;

    @Test
    void a_mail_goes_out_once_on_the_first_attempt() {
        Person ada = assignedSomething();

        awaitDelivery(notificationOf(ada, "task.assigned"), "email", "sent");

        assertThat(attempts(ada)).isEqualTo(1);
        assertThat(Mailbox.mailsTo(ada.email())).hasSize(1);
    }

    @Test
    void a_failed_delivery_is_retried_with_backoff_until_it_goes_out_once() {
        Person ada = others.user("Ada");
        SenderFaults.failEmail(ada.id(), 2);

        assign(ada);
        awaitDelivery(notificationOf(ada, "task.assigned"), "email", "sent");

        assertThat(attempts(ada)).isEqualTo(3);
        assertThat(Mailbox.mailsTo(ada.email())).hasSize(1);
    }

    @Test
    void a_delivery_that_keeps_failing_is_parked_after_the_last_attempt_and_counted() {
        Person ada = others.user("Ada");
        SenderFaults.failEmail(ada.id(), 1000);
        double parkedBefore =
                meters.get("ordo.notifications.deliveries.parked").gauge().value();

        assign(ada);
        awaitDelivery(notificationOf(ada, "task.assigned"), "email", "parked");

        assertThat(attempts(ada)).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select last_error from delivery d join notification n on n.id = d.notification_id
                        where n.recipient = :r and d.channel = 'email'""").param("r", ada.id()).query(String.class).single())
                .contains("simulated");
        assertThat(meters.get("ordo.notifications.deliveries.parked").gauge().value())
                .isGreaterThanOrEqualTo(parkedBefore + 1);
        assertThat(meters.get("ordo.notifications.deliveries")
                        .tags("channel", "email", "outcome", "parked")
                        .counter()
                        .count())
                .isGreaterThanOrEqualTo(1);
        assertThat(Mailbox.mailsTo(ada.email())).isEmpty();
    }

    @Test
    void a_crash_after_the_mail_left_sends_it_once_more_when_the_lease_runs_out_and_never_again() {
        Person ada = others.user("Ada");
        SenderFaults.crashAfterNextEmail(ada.id());

        assign(ada);
        UUID notification = notificationOfWhenMade(ada);
        Mailbox.awaitMails(ada.email(), 1);
        awaitDelivery(notification, "email", "sent");

        assertThat(attempts(ada)).as("claimed again after the lease").isEqualTo(2);
        assertThat(Mailbox.mailsTo(ada.email())).as("at most once more").hasSize(2);
    }

    private Person assignedSomething() {
        Person ada = others.user("Ada");
        assign(ada);
        return ada;
    }

    private void assign(Person ada) {
        Person bob = others.user("Bob");
        UUID project = others.project("Home", bob, ada);
        others.send(others.assignment(others.task(project, bob, "Buy milk"), bob, ada, "assigned"));
        awaitNotifications(ada, "task.assigned", 1);
    }

    private UUID notificationOfWhenMade(Person ada) {
        return notificationOf(ada, "task.assigned");
    }

    private int attempts(Person ada) {
        return jdbc.sql("""
                        select attempts from delivery d join notification n on n.id = d.notification_id
                        where n.recipient = :r and d.channel = 'email'""").param("r", ada.id()).query(Integer.class).single();
    }
}
