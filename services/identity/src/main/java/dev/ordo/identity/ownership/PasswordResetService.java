package dev.ordo.identity.ownership;

import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.identity.config.EmailProperties;
import dev.ordo.identity.mail.Letters;
import dev.ordo.identity.mail.MailOutbox;
import dev.ordo.identity.onetime.OneTimeTokens;
import dev.ordo.identity.onetime.Purpose;
import dev.ordo.identity.onetime.Redeemable;
import dev.ordo.identity.password.PasswordHasher;
import dev.ordo.identity.token.RefreshTokens;
import dev.ordo.identity.user.User;
import dev.ordo.identity.user.Users;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.RateLimited;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Forgot password": a reset-password link mailed to the account's address. Asking answers the same
 * whether or not an account has the address; following the link sets the password, ends every session
 * and, since only the address's owner can follow it, proves the address too.
 */
@Service
public class PasswordResetService {

    private static final String ASK_AGAIN = "Ask for a new link on the sign-in page.";

    private final Users users;
    private final OneTimeTokens tokens;
    private final MailOutbox mails;
    private final Letters letters;
    private final Outbox outbox;
    private final MailLimiter limiter;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final EmailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PasswordResetService(
            Users users,
            OneTimeTokens tokens,
            MailOutbox mails,
            Letters letters,
            Outbox outbox,
            MailLimiter limiter,
            PasswordHasher hasher,
            RefreshTokens refreshTokens,
            EmailProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.letters = letters;
        this.outbox = outbox;
        this.limiter = limiter;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Mails a reset link if an account has {@code normalisedEmail}; otherwise does nothing, and the caller
     * cannot tell which. Counted per client address and per address asked about, known or not.
     */
    public void request(String normalisedEmail, String clientIp) {
        EmailProperties.MailLimits limits = properties.mailLimits();
        limiter.count("password-reset-client", clientIp, limits.passwordResetPerClient(), limits.window())
                .or(() -> limiter.count(
                        "password-reset-email", normalisedEmail, limits.passwordResetPerEmail(), limits.window()))
                .ifPresent(retryAfter -> {
                    throw new RateLimited(retryAfter);
                });
        users.byEmail(normalisedEmail)
                .ifPresent(user -> transactions.executeWithoutResult(status -> {
                    String token = tokens.issue(
                            Purpose.RESET_PASSWORD,
                            user.id(),
                            user.email(),
                            properties.emailTokens().passwordResetTtl());
                    mails.add(letters.resetPassword(user.email(), user.name(), token));
                }));
    }

    /**
     * Sets the password. The token is looked at before Argon2 runs (a bad token costs no hash) and spent
     * in the transaction that stores the hash. Every refresh-token family of the account is revoked, and
     * every other reset link of it stops working.
     */
    public void confirm(String token, String newPassword) {
        tokens.peek(Purpose.RESET_PASSWORD, token).orElseThrow(() -> InvalidLinks.invalid(ASK_AGAIN));
        String hash = hasher.hash(newPassword);
        UUID userId = transactions.execute(status -> {
            Redeemable redeemed =
                    tokens.redeem(Purpose.RESET_PASSWORD, token).orElseThrow(() -> InvalidLinks.invalid(ASK_AGAIN));
            // a link mailed to an address the account no longer has does not count
            User user = users.byIdForUpdate(redeemed.userId())
                    .filter(u -> u.email().equals(redeemed.email()))
                    .orElseThrow(() -> InvalidLinks.invalid(ASK_AGAIN));
            String id = user.id().toString();
            Instant now = now();
            users.updatePasswordHash(user.id(), hash, now);
            outbox.append(
                    IdentityEvents.USER_PASSWORD_CHANGED, id, id, new IdentityEvents.UserPasswordChanged(user.id()));
            if (users.markEmailVerified(user.id(), now)) {
                outbox.append(
                        IdentityEvents.USER_EMAIL_VERIFIED,
                        id,
                        id,
                        new IdentityEvents.UserEmailVerified(user.id(), user.email()));
            }
            tokens.spendAll(user.id(), Purpose.RESET_PASSWORD);
            return user.id();
        });
        refreshTokens.revokeAllOf(userId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
