package dev.ordo.gateway.client;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The address of the client that sent a request, as far as the gateway can vouch for it: the peer of
 * the connection, unless that peer is a trusted proxy, in which case the nearest address in its
 * X-Forwarded-For that is not itself a trusted proxy. What a client writes into X-Forwarded-For by
 * itself is never believed, so nobody can pick the address their rate limit is counted under.
 */
@Component
public class ClientAddresses {

    public static final String X_FORWARDED_FOR = "X-Forwarded-For";

    private final Pattern trustedProxies;

    public ClientAddresses(ClientProperties properties) {
        this.trustedProxies =
                properties.trustedProxies().isEmpty() ? null : Pattern.compile(properties.trustedProxies());
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        String forwarded = request.getHeader(X_FORWARDED_FOR);
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !isTrusted(hop)) {
                return hop;
            }
        }
        return hops[0].strip().isEmpty() ? peer : hops[0].strip();
    }

    private boolean isTrusted(String address) {
        return trustedProxies != null
                && address != null
                && trustedProxies.matcher(address).matches();
    }
}
