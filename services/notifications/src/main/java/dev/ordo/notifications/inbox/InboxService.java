package dev.ordo.notifications.inbox;

import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.web.paging.Cursor;
import dev.ordo.platform.web.paging.Page;
import dev.ordo.platform.web.paging.PageQuery;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's inbox: only the recipient sees or changes a notification; anyone else is told there is none. */
@Service
public class InboxService {

    private static final String NO_SUCH_NOTIFICATION = "There is no such notification.";

    private final Notifications notifications;
    private final Clock clock;

    private final ApplicationEventPublisher events;

    InboxService(Notifications notifications, Clock clock, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.clock = clock;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<NotificationResponse> list(UUID me, @Nullable Boolean unread, boolean archived, PageQuery query) {
        Notifications.Position after = query.after(2, c -> new Notifications.Position(c.instant(0), c.uuid(1)));
        return Page.of(
                        notifications.page(me, unread, archived, after, query.fetchSize()),
                        query,
                        n -> Cursor.of(n.createdAt(), n.id()))
                .map(NotificationResponse::of);
    }

    /** The recipient's notification as the API shows it (the live stream sends it so). */
    @Transactional(readOnly = true)
    public NotificationResponse get(UUID me, UUID id) {
        return notifications.inbox(me, id).map(NotificationResponse::of).orElseThrow(InboxService::noSuch);
    }

    @Transactional(readOnly = true)
    public long unreadCount(UUID me) {
        return notifications.unreadCount(me);
    }

    @Transactional
    public void read(UUID me, UUID id) {
        if (!notifications.markRead(me, id, clock.instant())) {
            throw noSuch();
        }
        events.publishEvent(new UnreadCountChanged(me));
    }

    @Transactional
    public void unread(UUID me, UUID id) {
        if (!notifications.markUnread(me, id)) {
            throw noSuch();
        }
        events.publishEvent(new UnreadCountChanged(me));
    }

    @Transactional
    public void readAll(UUID me) {
        notifications.markAllRead(me, clock.instant());
        events.publishEvent(new UnreadCountChanged(me));
    }

    @Transactional
    public void archive(UUID me, UUID id) {
        if (!notifications.archive(me, id, clock.instant())) {
            throw noSuch();
        }
        events.publishEvent(new UnreadCountChanged(me));
    }

    private static NotFound noSuch() {
        return new NotFound(NO_SUCH_NOTIFICATION);
    }
}
