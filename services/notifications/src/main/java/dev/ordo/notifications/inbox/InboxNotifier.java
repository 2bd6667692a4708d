package dev.ordo.notifications.inbox;

import dev.ordo.notifications.replica.Replicas;
import dev.ordo.notifications.replica.User;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Notifier}: one notification per (source, recipient, type), never to the actor, on the channels the
 * recipient wants the type on (or the request's own), with its email and push deliveries in the same transaction,
 * due at once or at the end of the recipient's quiet hours.
 */
@Service
class InboxNotifier implements Notifier {

    private final Notifications notifications;
    private final RecipientPreferences preferences;
    private final DeliveryQueue deliveries;
    private final Replicas replicas;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    InboxNotifier(
            Notifications notifications,
            RecipientPreferences preferences,
            DeliveryQueue deliveries,
            Replicas replicas,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.deliveries = deliveries;
        this.replicas = replicas;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public Optional<UUID> notify(NotificationRequest request) {
        if (request.recipient().equals(request.actor()) || !NotificationTypes.known(request.type())) {
            return Optional.empty();
        }
        Set<Channel> channels = request.channels() != null
                ? EnumSet.copyOf(request.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : request.channels())
                : preferences.channels(request.recipient(), request.type());
        if (channels.isEmpty()) {
            return Optional.empty();
        }
        // microseconds: what PostgreSQL keeps, so the inbox's cursor holds exactly the stored instant
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actorName = request.actor() == null
                ? null
                : replicas.user(request.actor()).map(User::name).orElse(null);
        Notification notification = new Notification(
                UUID.randomUUID(),
                request.recipient(),
                request.type(),
                request.actor(),
                actorName,
                request.subject(),
                request.projectId(),
                taskOf(request),
                Map.copyOf(request.details()),
                false,
                false,
                now);
        boolean inApp = channels.contains(Channel.IN_APP);
        if (!notifications.insert(notification, request.sourceId(), inApp)) {
            return Optional.empty();
        }
        Instant due = channels.contains(Channel.EMAIL) || channels.contains(Channel.PUSH)
                ? preferences.outsideQuietHours(request.recipient(), now)
                : now;
        for (Channel channel : channels) {
            if (channel != Channel.IN_APP) {
                deliveries.enqueue(notification.id(), channel, due);
            }
        }
        if (inApp) {
            events.publishEvent(new NotificationAdded(request.recipient(), notification.id()));
        }
        return Optional.of(notification.id());
    }

    /** The task it is about: its subject when that is a task, else the one its details name. */
    private static UUID taskOf(NotificationRequest request) {
        if ("task".equals(request.subject().type())) {
            return request.subject().id();
        }
        String task = request.details().get("taskId");
        return task == null ? null : UUID.fromString(task);
    }
}
