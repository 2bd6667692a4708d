package dev.ordo.projects.support;

import dev.ordo.testsupport.TestJwks;
import java.util.UUID;

/** A user of the tests: an id, an email, and an access token carrying both (as identity's do). */
public record TestUser(UUID id, String email, String token) {

    public static TestUser fresh() {
        UUID id = UUID.randomUUID();
        String email = "user-" + id.toString().substring(0, 12) + "@example.test";
        return new TestUser(id, email, tokenFor(id, email));
    }

    /** The same user with a token that has no email claim. */
    public TestUser withoutEmailInToken() {
        return new TestUser(
                id,
                email,
                TestJwks.get()
                        .sign(TestJwks.get()
                                .claims(id, "user")
                                .claim("email_verified", true)
                                .build()));
    }

    /** The same user before they proved they own their email (claim {@code email_verified} false). */
    public TestUser unverified() {
        return new TestUser(
                id,
                email,
                TestJwks.get()
                        .sign(TestJwks.get()
                                .claims(id, "user")
                                .claim("email", email)
                                .claim("email_verified", false)
                                .build()));
    }

    /** A token as identity issues it to a verified account. */
    static String tokenFor(UUID id, String email) {
        return TestJwks.get()
                .sign(TestJwks.get()
                        .claims(id, "user")
                        .claim("email", email)
                        .claim("email_verified", true)
                        .build());
    }
}
