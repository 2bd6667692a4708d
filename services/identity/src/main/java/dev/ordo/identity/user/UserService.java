package dev.ordo.identity.user;

import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.identity.config.EmailProperties;
import dev.ordo.identity.mail.Letters;
import dev.ordo.identity.mail.MailOutbox;
import dev.ordo.identity.onetime.OneTimeTokens;
import dev.ordo.identity.onetime.Purpose;
import dev.ordo.identity.password.PasswordHasher;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.Conflict;
import dev.ordo.platform.problems.NotFound;
import dev.ordo.platform.problems.VersionMismatch;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** Registration and profiles. Every change is stored with its event, in one transaction. */
@Service
public class UserService {

    private final Users users;
    private final PasswordHasher passwords;
    private final Outbox outbox;
    private final OneTimeTokens tokens;
    private final MailOutbox mails;
    private final Letters letters;
    private final EmailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public UserService(
            Users users,
            PasswordHasher passwords,
            Outbox outbox,
            OneTimeTokens tokens,
            MailOutbox mails,
            Letters letters,
            EmailProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.outbox = outbox;
        this.tokens = tokens;
        this.mails = mails;
        this.letters = letters;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Creates the account, unverified and a plain user, and mails it a verify-email link. The password is
     * hashed before the transaction starts: Argon2 takes tens of milliseconds, and a database connection
     * should not wait for it. The mail is queued in the same transaction and sent after it commits, so an
     * SMTP server that is slow or away never fails or holds up a registration.
     */
    public User register(NewAccount account) {
        String hash = passwords.hash(account.password());
        User user = User.register(UUID.randomUUID(), account.email(), account.name(), now());
        try {
            transactions.executeWithoutResult(status -> {
                users.add(user, hash);
                outbox.append(
                        IdentityEvents.USER_REGISTERED,
                        user.id().toString(),
                        user.id().toString(),
                        new IdentityEvents.UserRegistered(
                                user.id(),
                                user.email(),
                                user.name(),
                                user.timezone(),
                                user.locale(),
                                user.roles(),
                                user.emailVerified()));
                String token = tokens.issue(
                        Purpose.VERIFY_EMAIL,
                        user.id(),
                        user.email(),
                        properties.emailTokens().verificationTtl());
                mails.add(letters.verifyEmail(user.email(), user.name(), token));
            });
        } catch (EmailAlreadyRegistered e) {
            throw new Conflict("An account with this email address already exists.");
        }
        return user;
    }

    /** The account, or 404: a token can outlive its account. */
    @Transactional(readOnly = true)
    public User get(UUID id) {
        return users.byId(id).orElseThrow(() -> new NotFound("There is no such user."));
    }

    @Transactional(readOnly = true)
    public Optional<User> find(UUID id) {
        return users.byId(id);
    }

    @Transactional(readOnly = true)
    public Optional<UUID> findIdByEmail(String normalisedEmail) {
        return users.byEmail(normalisedEmail).map(User::id);
    }

    /**
     * The verified accounts among {@code ids}, in the order asked for; unknown ids and accounts that have not
     * proved their address are left out (the user directory: nobody is found by an address they may not own).
     */
    @Transactional(readOnly = true)
    public List<User> findAll(List<UUID> ids) {
        return inOrder(ids, verified(users.byIds(ids)), User::id);
    }

    /** The verified accounts with these (normalised) emails, in the order asked for; others are left out. */
    @Transactional(readOnly = true)
    public List<User> findAllByEmail(List<String> normalisedEmails) {
        return inOrder(normalisedEmails, verified(users.byEmails(normalisedEmails)), User::email);
    }

    private static List<User> verified(List<User> found) {
        return found.stream().filter(User::emailVerified).toList();
    }

    private static <K> List<User> inOrder(List<K> asked, List<User> found, Function<User, K> key) {
        Map<K, User> byKey = found.stream().collect(Collectors.toMap(key, Function.identity()));
        return asked.stream()
                .distinct()
                .map(byKey::get)
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * Applies the changes. With {@code expectedVersion} (from If-Match) the change is refused when
     * someone changed the profile since the client read it.
     */
    @Transactional
    public User updateProfile(UUID id, ProfileChanges changes, Long expectedVersion) {
        User current = users.byIdForUpdate(id).orElseThrow(() -> new NotFound("There is no such user."));
        if (expectedVersion != null && !current.hasVersion(expectedVersion)) {
            throw new VersionMismatch("The profile has changed since you read it; read it again and retry.");
        }
        User.Changed changed = current.apply(changes, now());
        if (!changed.anything()) {
            return current;
        }
        User user = changed.user();
        users.updateProfile(user);
        outbox.append(
                IdentityEvents.USER_UPDATED,
                id.toString(),
                id.toString(),
                new IdentityEvents.UserUpdated(
                        id,
                        user.email(),
                        user.name(),
                        user.timezone(),
                        user.locale(),
                        user.theme(),
                        user.defaultTaskSort(),
                        notificationSettings(user.notificationPreferences()),
                        changed.fields(),
                        user.emailVerified()));
        return user;
    }

    private static IdentityEvents.NotificationSettings notificationSettings(NotificationPreferences p) {
        return new IdentityEvents.NotificationSettings(p.email(), p.push(), p.inApp(), p.dailyDigest());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
