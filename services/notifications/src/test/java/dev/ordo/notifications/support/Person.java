package dev.ordo.notifications.support;

import dev.ordo.testsupport.TestJwks;
import java.util.UUID;

/** Someone the service knows of (identity announced them) with an access token as identity issues them. */
public record Person(UUID id, String name, String email, String token) {

    static Person fresh(String name) {
        UUID id = UUID.randomUUID();
        return new Person(id, name, "u" + id + "@example.test", TestJwks.get().tokenFor(id, "user"));
    }

    /** How the web app writes a mention of this person in a comment. */
    public String mention() {
        return "@[" + name + "](user:" + id + ")";
    }
}
