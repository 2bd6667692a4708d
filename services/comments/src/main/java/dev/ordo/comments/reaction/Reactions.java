package dev.ordo.comments.reaction;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who reacted to which comment with which emoji: one row each, so adding twice or removing twice changes nothing. */
@Repository
class Reactions {

    private final JdbcClient jdbc;

    Reactions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether the reaction is new */
    boolean add(UUID commentId, UUID userId, Emoji emoji, Instant at) {
        return jdbc.sql("""
                        insert into reaction (comment_id, user_id, emoji, created_at) values (:c, :u, :e, :at)
                        on conflict do nothing""")
                        .param("c", commentId)
                        .param("u", userId)
                        .param("e", emoji.text())
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /** @return whether there was such a reaction */
    boolean remove(UUID commentId, UUID userId, Emoji emoji) {
        return jdbc.sql("delete from reaction where comment_id = :c and user_id = :u and emoji = :e")
                        .param("c", commentId)
                        .param("u", userId)
                        .param("e", emoji.text())
                        .update()
                > 0;
    }
}
