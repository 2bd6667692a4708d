package dev.ordo.identity.ownership;

import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.identity.config.EmailProperties;
import dev.ordo.identity.mail.Letters;
import dev.ordo.identity.mail.MailOutbox;
import dev.ordo.identity.onetime.OneTimeTokens;
import dev.ordo.identity.onetime.Purpose;
import dev.ordo.identity.onetime.Redeemable;
import dev.ordo.identity.user.EmailAlreadyRegistered;
import dev.ordo.identity.user.PasswordCheck;
import dev.ordo.identity.user.PasswordService;
import dev.ordo.identity.user.User;
import dev.ordo.identity.user.Users;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.problems.RateLimited;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proving that a person owns an address: the verify-email link (mailed at registration, again on request)
 * and changing the address, which happens only once the link mailed to the new address is followed.
 * Mails are queued with the change that causes them and sent after it commits ({@link MailOutbox}).
 */
@Service
public class EmailOwnershipService {

    private final Users users;
    private final OneTimeTokens tokens;
    private final MailOutbox mails;
    private final Letters letters;
    private final Outbox outbox;
    private final MailLimiter limiter;
    private final PasswordService passwords;
    private final EmailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EmailOwnershipService(
            Users users,
            OneTimeTokens tokens,
            MailOutbox mails,
            Letters letters,
            Outbox outbox,
            MailLimiter limiter,
            PasswordService passwords,
            EmailProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.mails = mails;
        this.letters = letters;
        this.outbox = outbox;
        this.limiter = limiter;
        this.passwords = passwords;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Marks the address the link was mailed to as proved. A link mailed to an address the account no
     * longer has does not count.
     */
    @Transactional
    public void verify(String token) {
        Redeemable redeemed = tokens.redeem(Purpose.VERIFY_EMAIL, token)
                .orElseThrow(() -> InvalidLinks.invalid("Sign in and ask for a new verification email."));
        User user = users.byIdForUpdate(redeemed.userId())
                .filter(u -> u.email().equals(redeemed.email()))
                .orElseThrow(() -> InvalidLinks.invalid("Sign in and ask for a new verification email."));
        if (users.markEmailVerified(user.id(), now())) {
            String id = user.id().toString();
            outbox.append(
                    IdentityEvents.USER_EMAIL_VERIFIED,
                    id,
                    id,
                    new IdentityEvents.UserEmailVerified(user.id(), user.email()));
        }
    }

    /** Mails a new verify-email link (earlier ones keep working until they expire). */
    public void resendVerification(UUID userId) {
        User user = users.byId(userId).orElseThrow(() -> new NotFound("There is no such user."));
        if (user.emailVerified()) {
            throw new Conflict(
                    "email-already-verified", "Your email address " + user.email() + " is already verified.");
        }
        EmailProperties.MailLimits limits = properties.mailLimits();
        limiter.count("resend-verification", userId.toString(), limits.resendVerification(), limits.window())
                .ifPresent(retryAfter -> {
                    throw new RateLimited(retryAfter);
                });
        transactions.executeWithoutResult(status -> {
            String token = tokens.issue(
                    Purpose.VERIFY_EMAIL,
                    user.id(),
                    user.email(),
                    properties.emailTokens().verificationTtl());
            mails.add(letters.verifyEmail(user.email(), user.name(), token));
        });
    }

    /**
     * Mails a confirm-email link to {@code newEmail} once the password is proved. Nothing changes until the
     * link is followed. Counted per account (wrong passwords too), so this is neither a way to mail-bomb an
     * address nor to guess a password.
     */
    public void requestEmailChange(UUID userId, String newEmail, String password) {
        User user = users.byId(userId).orElseThrow(() -> new NotFound("There is no such user."));
        EmailProperties.MailLimits limits = properties.mailLimits();
        limiter.count("email-change", userId.toString(), limits.emailChange(), limits.window())
                .ifPresent(retryAfter -> {
                    throw new RateLimited(retryAfter);
                });
        if (!(passwords.check(user.email(), password) instanceof PasswordCheck.Correct)) {
            throw new InvalidInput("The password is not correct.");
        }
        if (newEmail.equals(user.email())) {
            throw new InvalidInput("That is already your email address.");
        }
        if (users.byEmail(newEmail).isPresent()) {
            throw new Conflict("An account with this email address already exists.");
        }
        transactions.executeWithoutResult(status -> {
            String token = tokens.issue(
                    Purpose.CHANGE_EMAIL,
                    user.id(),
                    newEmail,
                    properties.emailTokens().emailChangeTtl());
            mails.add(letters.confirmNewEmail(newEmail, user.name(), token));
        });
    }

    /**
     * Changes the address to the one the link was mailed to (so it is proved) and tells the old address.
     * Links mailed to the old address (to verify it or reset the password) stop working.
     */
    @Transactional
    public void confirmEmailChange(String token) {
        Redeemable redeemed = tokens.redeem(Purpose.CHANGE_EMAIL, token)
                .orElseThrow(() -> InvalidLinks.invalid("Ask for the change again in Settings."));
        User user = users.byIdForUpdate(redeemed.userId())
                .orElseThrow(() -> InvalidLinks.invalid("Ask for the change again in Settings."));
        String previous = user.email();
        if (previous.equals(redeemed.email())) {
            return;
        }
        try {
            users.changeEmail(user.id(), redeemed.email(), now());
        } catch (EmailAlreadyRegistered e) {
            throw new Conflict("Another account has this email address by now.");
        }
        String id = user.id().toString();
        outbox.append(
                IdentityEvents.USER_EMAIL_CHANGED,
                id,
                id,
                new IdentityEvents.UserEmailChanged(user.id(), previous, redeemed.email()));
        mails.add(letters.emailChanged(previous, user.name(), redeemed.email()));
        tokens.spendAll(user.id(), Purpose.VERIFY_EMAIL);
        tokens.spendAll(user.id(), Purpose.RESET_PASSWORD);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
