package dev.ordo.identity.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a new signing key when none signs or the signing one has served its rotation period: before
 * the service takes requests, and now and then while it runs. The previous key is retired, not
 * deleted, so the tokens it signed stay verifiable until they expire.
 */
@Component
public class KeyRotation implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);
    private static final int KEY_SIZE = 2048;

    private final SigningKeys keys;
    private final KeyRing ring;
    private final KeyRotationPolicy policy;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public KeyRotation(
            SigningKeys keys,
            KeyRing ring,
            KeyRotationPolicy policy,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.keys = keys;
        this.ring = ring;
        this.policy = policy;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Runs before the web server starts, so the first login finds a key; keys stored in plain text by an
     * earlier version are sealed first.
     */
    @Override
    public void afterSingletonsInstantiated() {
        transactions.executeWithoutResult(status -> {
            keys.lockForRotation();
            keys.sealPlaintextKeys();
        });
        rotateIfDue();
    }

    @Scheduled(
            fixedDelayString = "${ordo.identity.keys.check-interval:1h}",
            initialDelayString = "${ordo.identity.keys.check-interval:1h}")
    public void rotateIfDue() {
        transactions.executeWithoutResult(status -> {
            keys.lockForRotation();
            if (policy.needsNewKey(keys.newestActive(), clock.instant())) {
                replaceActiveKey();
            }
        });
        ring.reload();
    }

    /** Rotates whatever the age of the active key: for a suspected leak, and for tests. */
    public SigningKey rotateNow() {
        SigningKey key = transactions.execute(status -> {
            keys.lockForRotation();
            return replaceActiveKey();
        });
        ring.reload();
        return key;
    }

    private SigningKey replaceActiveKey() {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String kid = generateKid(now);
        SigningKey key = new SigningKey(kid, generate(kid), now, null);
        keys.retireAllActive(now);
        keys.add(key);
        log.info("New signing key {} now signs access tokens", key.kid());
        return key;
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyID(kid)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    private static String generateKid(Instant now) {
        return now.truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
