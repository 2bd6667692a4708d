package dev.ordo.calendar.support;

import dev.ordo.testsupport.TestJwks;
import java.util.UUID;

/** Someone calling the API: an id and an access token as identity issues them. */
public record Person(UUID id, String token) {

    static Person fresh() {
        UUID id = UUID.randomUUID();
        return new Person(id, TestJwks.get().tokenFor(id, "user"));
    }
}
