package dev.ordo.notifications.support;

import dev.ordo.notifications.delivery.ChannelSender;
import dev.ordo.notifications.delivery.Delivery;
import dev.ordo.notifications.delivery.DeliveryFailure;
import dev.ordo.notifications.inbox.Channel;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Faults put between the delivery worker and the real email sender, for one recipient at a time (everyone else's
 * mails go through untouched): the SMTP side failing a number of times, or the process dying right after a mail left
 * (the sender returns by throwing {@link Crash}, an {@link Error}: the worker records nothing, as if it had died).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SenderFaults {

    /** What happened to the process right after the mail went out. */
    public static final class Crash extends Error {
        Crash() {
            super("the process died right after the mail left (simulated)");
        }
    }

    private static final Map<UUID, AtomicInteger> FAILURES = new ConcurrentHashMap<>();
    private static final Map<UUID, AtomicInteger> CRASHES = new ConcurrentHashMap<>();

    /** The recipient's next {@code times} email deliveries fail (temporarily) before reaching the server. */
    public static void failEmail(UUID recipient, int times) {
        FAILURES.put(recipient, new AtomicInteger(times));
    }

    /** The recipient's next email goes out, then the process "dies" before recording it. */
    public static void crashAfterNextEmail(UUID recipient) {
        CRASHES.put(recipient, new AtomicInteger(1));
    }

    @Bean
    static BeanPostProcessor faultyEmail() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof ChannelSender sender && sender.channel() == Channel.EMAIL) {
                    return new Faulty(sender);
                }
                return bean;
            }
        };
    }

    private record Faulty(ChannelSender real) implements ChannelSender {

        @Override
        public Channel channel() {
            return real.channel();
        }

        @Override
        public void send(Delivery delivery) throws DeliveryFailure {
            AtomicInteger failures = FAILURES.get(delivery.recipient());
            if (failures != null && failures.getAndDecrement() > 0) {
                throw new DeliveryFailure("the SMTP server refused (simulated)", false, null);
            }
            real.send(delivery);
            AtomicInteger crashes = CRASHES.get(delivery.recipient());
            if (crashes != null && crashes.getAndDecrement() > 0) {
                throw new Crash();
            }
        }
    }
}
