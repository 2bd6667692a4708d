package dev.ordo.identity.admin;

import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.identity.user.Roles;
import dev.ordo.identity.user.User;
import dev.ordo.identity.user.Users;
import dev.ordo.platform.outbox.Outbox;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admin role, granted and revoked by an operator only ({@code ./ordo admin grant|revoke EMAIL}), never
 * by registering an address. Only an account that proved its address can be granted it. Each change is a
 * {@code user.roles-changed} event without an actor (the operator is not a user), which audit records.
 */
@Service
public class AdminService {

    private final Users users;
    private final Outbox outbox;
    private final Clock clock;

    AdminService(Users users, Outbox outbox, Clock clock) {
        this.users = users;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public RoleChange grant(String normalisedEmail) {
        return change(normalisedEmail, true);
    }

    @Transactional
    public RoleChange revoke(String normalisedEmail) {
        return change(normalisedEmail, false);
    }

    private RoleChange change(String email, boolean admin) {
        Optional<User> found = users.byEmail(email).flatMap(u -> users.byIdForUpdate(u.id()));
        if (found.isEmpty()) {
            return new RoleChange(RoleChange.Outcome.NO_SUCH_ACCOUNT, email, List.of());
        }
        User user = found.get();
        if (admin && !user.emailVerified()) {
            return new RoleChange(RoleChange.Outcome.NOT_VERIFIED, email, user.roles());
        }
        List<String> roles = Roles.with(user.roles(), Roles.ADMIN, admin);
        if (roles.equals(user.roles())) {
            return new RoleChange(RoleChange.Outcome.UNCHANGED, email, roles);
        }
        users.updateRoles(user.id(), roles, clock.instant().truncatedTo(ChronoUnit.MICROS));
        outbox.append(
                IdentityEvents.USER_ROLES_CHANGED,
                user.id().toString(),
                null,
                new IdentityEvents.UserRolesChanged(user.id(), user.email(), user.roles(), roles));
        return new RoleChange(RoleChange.Outcome.CHANGED, email, roles);
    }
}
