package dev.ordo.tasks.support;

import dev.ordo.testsupport.TestJwks;
import java.util.UUID;

/** A user of the tests: an id, an email, and an access token carrying both (as identity's do). */
public record TestUser(UUID id, String email, String token) {

    public static TestUser fresh() {
        UUID id = UUID.randomUUID();
        String email = "user-" + id.toString().substring(0, 12) + "@example.test";
        return new TestUser(
                id,
                email,
                TestJwks.get()
                        .sign(TestJwks.get()
                                .claims(id, "user")
                                .claim("email", email)
                                .build()));
    }
}
