package dev.ordo.platform.grpc.client;

import java.net.URI;

/**
 * What a service presents at an OAuth 2.0 token endpoint to get its own token (client credentials, RFC 6749
 * 4.4): the endpoint, its client id and secret (sent with HTTP Basic), and the scope it asks for.
 *
 * @param clientSecret null or blank when the operator gave none: no token is ever asked for then
 * @param scope        null to ask for the client's default scope
 */
public record ClientCredentials(URI tokenUri, String clientId, String clientSecret, String scope) {

    public boolean hasSecret() {
        return clientSecret != null && !clientSecret.isBlank();
    }

    @Override
    public String toString() {
        return "ClientCredentials[tokenUri=" + tokenUri + ", clientId=" + clientId + ", clientSecret="
                + (hasSecret() ? "***" : "none") + ", scope=" + scope + "]";
    }
}
