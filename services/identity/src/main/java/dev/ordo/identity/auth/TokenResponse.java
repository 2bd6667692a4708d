package dev.ordo.identity.auth;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * @param expiresIn seconds until the access token expires
 */
public record TokenResponse(
        String accessToken,
        String refreshToken,
        @Schema(example = "Bearer") String tokenType,
        long expiresIn) {

    static TokenResponse bearer(String accessToken, String refreshToken, long expiresIn) {
        return new TokenResponse(accessToken, refreshToken, "Bearer", expiresIn);
    }

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + "]";
    }
}
