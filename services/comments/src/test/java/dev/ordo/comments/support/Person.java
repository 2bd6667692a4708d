package dev.ordo.comments.support;

import dev.ordo.testsupport.TestJwks;
import java.util.UUID;

/** Someone calling the API: an id, their name as identity announced it, and an access token as identity issues them. */
public record Person(UUID id, String name, String token) {

    static Person fresh(String name) {
        UUID id = UUID.randomUUID();
        return new Person(id, name, TestJwks.get().tokenFor(id, "user"));
    }

    /** How the web app's autocomplete writes a mention of this person. */
    public String mention() {
        return "@[" + name + "](user:" + id + ")";
    }
}
