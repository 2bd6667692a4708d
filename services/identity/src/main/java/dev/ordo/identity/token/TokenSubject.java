package dev.ordo.identity.token;

import java.util.List;
import java.util.UUID;

/**
 * Whom an access token speaks for, and what it says about them.
 *
 * @param emailVerified whether they proved they own {@code email}; services decide on it without asking identity
 */
public record TokenSubject(UUID userId, String email, String name, List<String> roles, boolean emailVerified) {}
