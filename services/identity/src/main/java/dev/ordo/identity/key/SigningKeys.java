package dev.ordo.identity.key;

import com.nimbusds.jose.jwk.RSAKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The signing keys, newest first. The public half is stored as a JWK, the private half only sealed by
 * {@link KeySealer}: a copy of the database alone cannot sign tokens.
 */
@Repository
public class SigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    /** Arbitrary but fixed: serialises rotations when several instances start at once. */
    private static final long ROTATION_LOCK = 0x1d_e7_4e_75L;

    private final JdbcClient jdbc;
    private final KeySealer sealer;

    public SigningKeys(JdbcClient jdbc, KeySealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    /** Waits for other instances' rotations; released when the surrounding transaction ends. */
    public void lockForRotation() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)")
                .param("lock", ROTATION_LOCK)
                .query(Object.class)
                .single();
    }

    public void add(SigningKey key) {
        jdbc.sql("""
                        insert into signing_key (kid, jwk, private_jwk, created_at, retired_at)
                        values (:kid, :jwk, :sealed, :createdAt, null)""")
                .param("kid", key.kid())
                .param("jwk", key.publicJwk().toJSONString())
                .param("sealed", sealer.seal(key.kid(), key.jwk().toJSONString()))
                .param("createdAt", Timestamp.from(key.createdAt()))
                .update();
    }

    public Optional<SigningKey> newestActive() {
        return jdbc.sql("select * from signing_key where retired_at is null order by created_at desc limit 1")
                .query(this::map)
                .optional();
    }

    /** Every key still signing or retired after {@code retiredAfter}, newest first. */
    public List<SigningKey> publishedSince(Instant retiredAfter) {
        return jdbc.sql("""
                        select * from signing_key where retired_at is null or retired_at > :after
                        order by created_at desc""")
                .param("after", Timestamp.from(retiredAfter))
                .query(this::map)
                .list();
    }

    public void retireAllActive(Instant at) {
        jdbc.sql("update signing_key set retired_at = :at where retired_at is null")
                .param("at", Timestamp.from(at))
                .update();
    }

    /**
     * Seals the private half of keys stored before keys were encrypted (they hold it in {@code jwk}) and
     * leaves only the public half there. Call with the rotation lock held. Answers how many were sealed.
     */
    public int sealPlaintextKeys() {
        List<PlaintextKey> plaintext = jdbc.sql("select kid, jwk from signing_key where private_jwk is null for update")
                .query((rs, row) -> new PlaintextKey(rs.getString("kid"), rs.getString("jwk")))
                .list();
        for (PlaintextKey key : plaintext) {
            RSAKey jwk = parse(key.kid(), key.jwk());
            if (!jwk.isPrivate()) {
                throw new IllegalStateException(
                        "signing key " + key.kid() + " has neither a private half nor a sealed one");
            }
            jdbc.sql("update signing_key set jwk = :jwk, private_jwk = :sealed where kid = :kid")
                    .param("kid", key.kid())
                    .param("jwk", jwk.toPublicJWK().toJSONString())
                    .param("sealed", sealer.seal(key.kid(), key.jwk()))
                    .update();
        }
        if (!plaintext.isEmpty()) {
            log.info("Sealed the private half of {} signing key(s) stored in plain text", plaintext.size());
        }
        return plaintext.size();
    }

    private SigningKey map(ResultSet rs, int row) throws SQLException {
        String kid = rs.getString("kid");
        byte[] sealed = rs.getBytes("private_jwk");
        Timestamp retired = rs.getTimestamp("retired_at");
        // a row not sealed yet (another instance has not migrated it) still holds its private half in jwk
        RSAKey jwk = parse(kid, sealed == null ? rs.getString("jwk") : sealer.open(kid, sealed));
        return new SigningKey(
                kid, jwk, rs.getTimestamp("created_at").toInstant(), retired == null ? null : retired.toInstant());
    }

    private static RSAKey parse(String kid, String json) {
        try {
            return RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("signing key " + kid + " is not a readable JWK", e);
        }
    }

    private record PlaintextKey(String kid, String jwk) {}
}
