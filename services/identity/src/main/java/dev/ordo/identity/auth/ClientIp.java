package dev.ordo.identity.auth;

import jakarta.servlet.http.HttpServletRequest;

import java.util.regex.Pattern;

/**
 * The address a request came from: the first X-Forwarded-For entry when present (the gateway sets it),
 * otherwise the connection's peer. Only something shaped like an IP address is taken from the header,
 * so it cannot smuggle arbitrary text into rate-limit keys or events.
 */
final class ClientIp {

    private static final Pattern IP_SHAPED = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientIp() {
    }

    static String of(HttpServletRequest request) {
        return of(request.getHeader("X-Forwarded-For"), request.getRemoteAddr());
    }

    static String of(String forwardedFor, String remoteAddress) {
        if (forwardedFor != null) {
            int comma = forwardedFor.indexOf(',');
            String first = (comma < 0 ? forwardedFor : forwardedFor.substring(0, comma)).strip();
            if (IP_SHAPED.matcher(first).matches()) {
                return first;
            }
        }
        return remoteAddress;
    }
}
