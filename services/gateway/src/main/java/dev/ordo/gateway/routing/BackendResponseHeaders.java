package dev.ordo.gateway.routing;

import dev.ordo.platform.web.RequestIds;
import java.util.Locale;
import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Drops the headers of a service's answer that the gateway already sets itself: the request id (the
 * same value, it would come twice) and any CORS header (the gateway alone decides CORS).
 */
class BackendResponseHeaders implements HttpHeadersFilter.ResponseHttpHeadersFilter, Ordered {

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerResponse response) {
        HttpHeaders headers = new HttpHeaders();
        input.headerSet().forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!name.equals(RequestIds.HEADER.toLowerCase(Locale.ROOT)) && !name.startsWith("access-control-")) {
                headers.addAll(header.getKey(), header.getValue());
            }
        });
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
