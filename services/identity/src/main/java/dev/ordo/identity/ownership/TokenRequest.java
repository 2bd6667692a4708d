package dev.ordo.identity.ownership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The token from a mailed link ({@code ?token=…}). */
public record TokenRequest(@NotBlank @Size(max = 100) String token) {

    @Override
    public String toString() {
        return "TokenRequest[***]";
    }
}
