package dev.ordo.notifications.rule;

import dev.ordo.contracts.projects.ProjectEvents;
import dev.ordo.notifications.inbox.NotificationRequest;
import dev.ordo.notifications.inbox.NotificationTypes;
import dev.ordo.notifications.inbox.Notifier;
import dev.ordo.notifications.inbox.Subject;
import dev.ordo.notifications.intake.EventReaction;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Invitations: the invitee hears of one sent to them (when their address belongs to a user notifications knows of:
 * projects no longer names the invitee), the inviter of its acceptance or refusal (while
 * they are still a member of the project). invitation.created names the
 * inviter; the later events do not, so the rule remembers who sent each.
 */
@Configuration(proxyBeanMethods = false)
class InvitationRules {

    @Bean
    EventReaction invitationRule(Notifier notifier, Audience audience, RuleMemory memory) {
        return Reactions.on(
                Set.of(
                        ProjectEvents.INVITATION_CREATED,
                        ProjectEvents.INVITATION_ACCEPTED,
                        ProjectEvents.INVITATION_REJECTED),
                (data, event) -> {
                    String source = event.id().toString();
                    switch (data) {
                        case ProjectEvents.InvitationCreated created -> {
                            memory.invitationSent(created.invitationId(), created.projectId(), created.inviterId());
                            Optional.ofNullable(created.inviteeId())
                                    .or(() -> audience.userByEmail(created.email()))
                                    .ifPresent(invitee -> notifier.notify(request(
                                            invitee,
                                            NotificationTypes.INVITATION_RECEIVED,
                                            created.inviterId(),
                                            created.invitationId(),
                                            created.projectId(),
                                            audience,
                                            source)));
                        }
                        case ProjectEvents.InvitationAccepted accepted ->
                            memory.invitation(accepted.invitationId())
                                    .filter(sent -> audience.sees(sent.projectId(), sent.inviterId()))
                                    .ifPresent(sent -> notifier.notify(request(
                                            sent.inviterId(),
                                            NotificationTypes.INVITATION_ACCEPTED,
                                            accepted.userId(),
                                            accepted.invitationId(),
                                            accepted.projectId(),
                                            audience,
                                            source)));
                        case ProjectEvents.InvitationRejected rejected ->
                            memory.invitation(rejected.invitationId())
                                    .filter(sent -> audience.sees(sent.projectId(), sent.inviterId()))
                                    .ifPresent(sent -> notifier.notify(request(
                                            sent.inviterId(),
                                            NotificationTypes.INVITATION_REJECTED,
                                            rejected.userId(),
                                            rejected.invitationId(),
                                            rejected.projectId(),
                                            audience,
                                            source)));
                        default -> {}
                    }
                });
    }

    private static NotificationRequest request(
            UUID recipient,
            String type,
            UUID actor,
            UUID invitationId,
            UUID projectId,
            Audience audience,
            String source) {
        String project = audience.projectName(projectId);
        return new NotificationRequest(
                recipient,
                type,
                actor,
                new Subject("invitation", invitationId, project),
                source,
                Map.of("projectId", projectId.toString(), "projectName", project),
                null,
                projectId);
    }
}
