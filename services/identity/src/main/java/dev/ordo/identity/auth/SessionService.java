package dev.ordo.identity.auth;

import dev.ordo.contracts.events.EventType;
import dev.ordo.contracts.identity.IdentityEvents;
import dev.ordo.identity.ratelimit.Allowance;
import dev.ordo.identity.ratelimit.LoginAttempt;
import dev.ordo.identity.ratelimit.LoginRateLimiter;
import dev.ordo.identity.token.AccessToken;
import dev.ordo.identity.token.AccessTokens;
import dev.ordo.identity.token.RefreshTokens;
import dev.ordo.identity.token.TokenSubject;
import dev.ordo.identity.user.PasswordCheck;
import dev.ordo.identity.user.PasswordService;
import dev.ordo.identity.user.User;
import dev.ordo.identity.user.UserService;
import dev.ordo.platform.outbox.Outbox;
import dev.ordo.platform.problems.RateLimited;
import dev.ordo.platform.problems.Unauthenticated;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Logins, refreshes and logouts. A login is not one transaction: the rate limits and the password
 * check come first (no connection held during Argon2), then the event is stored in its own short one.
 */
@Service
class SessionService {

    static final String WRONG_CREDENTIALS = "The email address or the password is not correct.";
    static final String BAD_REFRESH_TOKEN = "The refresh token is not valid; log in again.";

    private final PasswordService passwords;
    private final UserService users;
    private final LoginRateLimiter rateLimiter;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Outbox outbox;
    private final TransactionTemplate transactions;

    SessionService(
            PasswordService passwords,
            UserService users,
            LoginRateLimiter rateLimiter,
            AccessTokens accessTokens,
            RefreshTokens refreshTokens,
            Outbox outbox,
            PlatformTransactionManager transactionManager) {
        this.passwords = passwords;
        this.users = users;
        this.rateLimiter = rateLimiter;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Throttled per client address, per (account, address) and, for addresses that never signed in to the
     * account, by the account's slowdown (see {@link LoginRateLimiter}). Every refusal is a 429 with Retry-After.
     */
    TokenResponse login(String email, String password, String clientIp) {
        refuseIfExceeded(rateLimiter.attemptFrom(clientIp));
        LoginAttempt attempt = rateLimiter.begin(email, clientIp);
        if (!attempt.allowance().allowed()) {
            // the owner should learn that someone keeps guessing, so this is an event too
            users.findIdByEmail(email).ifPresent(id -> loginFailed(id, clientIp, "too-many-attempts"));
            throw new RateLimited(attempt.allowance().retryAfter());
        }
        return switch (passwords.check(email, password)) {
            case PasswordCheck.Correct(User user) -> {
                rateLimiter.succeeded(attempt);
                TokenResponse tokens = issue(user, refreshTokens.startFamily(user.id()));
                record(IdentityEvents.USER_LOGGED_IN, user.id(), new IdentityEvents.UserLoggedIn(user.id(), clientIp));
                yield tokens;
            }
            case PasswordCheck.WrongPassword(UUID userId) -> {
                loginFailed(userId, clientIp, "wrong-password");
                throw new Unauthenticated(WRONG_CREDENTIALS);
            }
            case PasswordCheck.NoSuchAccount() -> throw new Unauthenticated(WRONG_CREDENTIALS);
        };
    }

    /** Spends the refresh token for a new pair; a token spent before revokes its whole family. */
    TokenResponse refresh(String refreshToken) {
        RefreshTokens.Rotation rotation = refreshTokens.rotate(refreshToken);
        if (rotation.outcome() != RefreshTokens.Rotation.Outcome.ROTATED) {
            throw new Unauthenticated(BAD_REFRESH_TOKEN);
        }
        User user = users.find(rotation.userId()).orElse(null);
        if (user == null) {
            refreshTokens.revokeFamilyOf(rotation.next());
            throw new Unauthenticated(BAD_REFRESH_TOKEN);
        }
        return issue(user, rotation.next());
    }

    void logout(String refreshToken) {
        refreshTokens.revokeFamilyOf(refreshToken);
    }

    private TokenResponse issue(User user, String refreshToken) {
        AccessToken access = accessTokens.issue(
                new TokenSubject(user.id(), user.email(), user.name(), user.roles(), user.emailVerified()));
        return TokenResponse.bearer(
                access.value(), refreshToken, access.expiresIn().toSeconds());
    }

    private void loginFailed(UUID userId, String clientIp, String reason) {
        record(IdentityEvents.USER_LOGIN_FAILED, userId, new IdentityEvents.UserLoginFailed(userId, clientIp, reason));
    }

    private <T> void record(EventType<T> type, UUID userId, T data) {
        transactions.executeWithoutResult(status -> outbox.append(type, userId.toString(), userId.toString(), data));
    }

    private static void refuseIfExceeded(Allowance allowance) {
        if (!allowance.allowed()) {
            throw new RateLimited(allowance.retryAfter());
        }
    }
}
