package dev.ordo.search.support;

import dev.ordo.testsupport.TestJwks;
import java.util.UUID;

/** Someone calling the API: an id and an access token as identity issues them. */
public record Person(UUID id, String name, String token) {

    static Person fresh(String name) {
        UUID id = UUID.randomUUID();
        return new Person(id, name, TestJwks.get().tokenFor(id, "user"));
    }
}
