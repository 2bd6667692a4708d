package dev.ordo.projects.project;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every user's Inbox: one project, made when identity says the user registered. */
@Service
public class InboxService {

    private final Projects projects;
    private final Members members;
    private final ProjectEventLog events;
    private final Clock clock;

    InboxService(Projects projects, Members members, ProjectEventLog events, Clock clock) {
        this.projects = projects;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Makes the user's Inbox, unless it exists. Safe against a redelivered event and against two
     * instances handling the same user at once: the unique index lets one insert through, the other
     * waits for it and then does nothing (and publishes nothing).
     *
     * @return whether this call made it
     */
    @Transactional
    public boolean createFor(UUID userId) {
        Project inbox = Project.inboxOf(userId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!projects.addInboxIfAbsent(inbox)) {
            return false;
        }
        Membership owner = Membership.owner(inbox.id(), userId, false, inbox.createdAt());
        members.add(owner);
        events.created(inbox, userId);
        events.memberAdded(owner, ProjectEventLog.VIA_CREATED, userId);
        return true;
    }
}
