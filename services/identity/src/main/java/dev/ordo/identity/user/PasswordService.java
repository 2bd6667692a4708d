package dev.ordo.identity.user;

import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.identity.password.PasswordHasher;
import dev.ordo.identity.ratelimit.Allowance;
import dev.ordo.identity.ratelimit.LoginRateLimiter;
import dev.ordo.identity.token.RefreshTokens;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.problems.RateLimited;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Checks and changes passwords. Hashing happens outside transactions; see {@link UserService#register}. */
@Service
public class PasswordService {

    private final Users users;
    private final PasswordHasher hasher;
    private final LoginRateLimiter rateLimiter;
    private final RefreshTokens refreshTokens;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public PasswordService(
            Users users,
            PasswordHasher hasher,
            LoginRateLimiter rateLimiter,
            RefreshTokens refreshTokens,
            Outbox outbox,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.rateLimiter = rateLimiter;
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    public PasswordCheck check(String normalisedEmail, String password) {
        Optional<User> user = users.byEmail(normalisedEmail);
        if (user.isEmpty()) {
            hasher.matchesNothing(password);
            return new PasswordCheck.NoSuchAccount();
        }
        String hash = users.passwordHashOf(user.get().id()).orElseThrow();
        if (!hasher.matches(password, hash)) {
            return new PasswordCheck.WrongPassword(user.get().id());
        }
        hasher.upgradeIfOutdated(user.get().id(), password, hash);
        return new PasswordCheck.Correct(user.get());
    }

    /**
     * Replaces the password and ends every session (refresh token family) of the user: whoever may
     * have known the old password is logged out. Guesses at the current password are limited per account
     * (only the signed-in owner's session can make them). The new password must satisfy the
     * {@link dev.ordo.identity.password.PasswordPolicy} (checked when it is hashed).
     */
    public void change(UUID userId, String currentPassword, String newPassword) {
        User user = users.byId(userId).orElseThrow(() -> new NotFound("There is no such user."));
        Allowance allowance = rateLimiter.attemptCurrentPassword(user.email());
        if (!allowance.allowed()) {
            throw new RateLimited(allowance.retryAfter());
        }
        String hash = users.passwordHashOf(userId).orElseThrow();
        if (!hasher.matches(currentPassword, hash)) {
            throw new InvalidInput("The current password is not correct.");
        }
        rateLimiter.currentPasswordProved(user.email());
        String newHash = hasher.hash(newPassword);
        transactions.executeWithoutResult(status -> {
            users.updatePasswordHash(userId, newHash, clock.instant().truncatedTo(ChronoUnit.MICROS));
            outbox.append(
                    IdentityEvents.USER_PASSWORD_CHANGED,
                    userId.toString(),
                    userId.toString(),
                    new IdentityEvents.UserPasswordChanged(userId));
        });
        refreshTokens.revokeAllOf(userId);
    }
}
