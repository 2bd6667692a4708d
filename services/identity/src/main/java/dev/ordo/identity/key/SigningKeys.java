package dev.ordo.identity.key;

import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The signing keys, newest first. */
@Repository
public class SigningKeys {

    /** Arbitrary but fixed: serialises rotations when several instances start at once. */
    private static final long ROTATION_LOCK = 0x1d_e7_4e_75L;

    private final JdbcClient jdbc;

    public SigningKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits for other instances' rotations; released when the surrounding transaction ends. */
    public void lockForRotation() {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", ROTATION_LOCK).query(Object.class).single();
    }

    public void add(SigningKey key) {
        jdbc.sql("insert into signing_key (kid, jwk, created_at, retired_at) values (:kid, :jwk, :createdAt, null)")
                .param("kid", key.kid())
                .param("jwk", key.jwk().toJSONString())
                .param("createdAt", Timestamp.from(key.createdAt()))
                .update();
    }

    public Optional<SigningKey> newestActive() {
        return jdbc.sql("select * from signing_key where retired_at is null order by created_at desc limit 1")
                .query(SigningKeys::map).optional();
    }

    /** Every key still signing or retired after {@code retiredAfter}, newest first. */
    public List<SigningKey> publishedSince(Instant retiredAfter) {
        return jdbc.sql("""
                        select * from signing_key where retired_at is null or retired_at > :after
                        order by created_at desc""")
                .param("after", Timestamp.from(retiredAfter))
                .query(SigningKeys::map).list();
    }

    public void retireAllActive(Instant at) {
        jdbc.sql("update signing_key set retired_at = :at where retired_at is null")
                .param("at", Timestamp.from(at)).update();
    }

    private static SigningKey map(ResultSet rs, int row) throws SQLException {
        try {
            Timestamp retired = rs.getTimestamp("retired_at");
            return new SigningKey(rs.getString("kid"), RSAKey.parse(rs.getString("jwk")),
                    rs.getTimestamp("created_at").toInstant(), retired == null ? null : retired.toInstant());
        } catch (ParseException e) {
            throw new SQLException("signing key " + rs.getString("kid") + " is not a readable JWK", e);
        }
    }
}
