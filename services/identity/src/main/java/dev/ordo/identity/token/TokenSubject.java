package dev.ordo.identity.token;

import java.util.List;
import java.util.UUID;

/** Whom an access token speaks for, and what it says about them. */
public record TokenSubject(UUID userId, String email, String name, List<String> roles) {
}
