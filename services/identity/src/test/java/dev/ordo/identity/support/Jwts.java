package dev.ordo.identity.support;

import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the claims of an access token (its signature is the service's business, checked elsewhere). */
public final class Jwts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Jwts() {}

    public static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }
}
