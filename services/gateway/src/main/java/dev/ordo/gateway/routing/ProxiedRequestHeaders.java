package dev.ordo.gateway.routing;

import dev.ordo.gateway.client.ClientAddresses;
import dev.ordo.platform.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.BiConsumer;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Headers every proxied request carries, whatever its route: the request id this gateway answers with
 * (the client's own when it was sane), and the client's address and the scheme, host and port it used.
 * The services believe these only because they come from the gateway's address (their
 * {@code ordo.trusted-proxies}); whatever a client sent in X-Forwarded-For is replaced, never passed on.
 * Runs last, after the gateway has dropped the X-Forwarded-* headers the client sent itself. The
 * service-table routes ({@link ServiceProxy}) add the same headers; this filter serves routes added by
 * configuration ({@code spring.cloud.gateway.server.webmvc.routes-map}).
 * The caller's Authorization header passes on untouched: every service checks the token again.
 */
class ProxiedRequestHeaders implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

    static final String X_FORWARDED_PROTO = "X-Forwarded-Proto";
    static final String X_FORWARDED_HOST = "X-Forwarded-Host";
    static final String X_FORWARDED_PORT = "X-Forwarded-Port";

    private final ClientAddresses clients;

    ProxiedRequestHeaders(ClientAddresses clients) {
        this.clients = clients;
    }

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        HttpHeaders headers = HttpHeaders.copyOf(input);
        added(request.servletRequest(), clients, headers::set);
        return headers;
    }

    /** The headers every proxied request gets, whatever it carried: each name once, to be set. */
    static void added(HttpServletRequest servlet, ClientAddresses clients, BiConsumer<String, String> header) {
        Object requestId = servlet.getAttribute(RequestIds.ATTRIBUTE);
        header.accept(RequestIds.HEADER, requestId instanceof String id ? id : RequestIds.acceptOrCreate(null));
        header.accept(ClientAddresses.X_FORWARDED_FOR, clients.of(servlet));
        header.accept(X_FORWARDED_PROTO, servlet.getScheme());
        header.accept(X_FORWARDED_PORT, Integer.toString(servlet.getServerPort()));
        String host = servlet.getHeader(HttpHeaders.HOST);
        if (host != null) {
            header.accept(X_FORWARDED_HOST, host);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
