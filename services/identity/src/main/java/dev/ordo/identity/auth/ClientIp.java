package dev.ordo.identity.auth;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The address a request came from: the connection's peer, as the servlet container reports it. Identity
 * reads no forwarding header itself: the container replaces the peer with the X-Forwarded-For client only
 * when the connection comes from a trusted proxy (the gateway; Tomcat's RemoteIpValve, configured by the
 * platform), so a client cannot choose the address its login attempts are counted against.
 */
final class ClientIp {

    private ClientIp() {}

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
