package dev.ordo.identity.token;

import java.time.Duration;

/** A signed JWT and how long it stays valid. */
public record AccessToken(String value, Duration expiresIn) {

    @Override
    public String toString() {
        return "AccessToken[expiresIn=" + expiresIn + "]";
    }
}
