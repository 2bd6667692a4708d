package dev.ordo.identity.password;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Replaces a stored hash with a stronger hash of the same password. Not a change of the account: no
 * version, no event.
 */
@Repository
public class PasswordHashes {

    private final JdbcClient jdbc;

    public PasswordHashes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Only if the hash is still {@code expected}: a password changed meanwhile is not overwritten. */
    public boolean replace(UUID userId, String expected, String replacement) {
        return jdbc.sql("update users set password_hash = :replacement where id = :id and password_hash = :expected")
                        .param("id", userId)
                        .param("expected", expected)
                        .param("replacement", replacement)
                        .update()
                == 1;
    }
}
