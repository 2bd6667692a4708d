package dev.ordo.gateway.routing;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The service-table routes, looked up first of all the gateway's handler mappings: a path of theirs goes
 * to {@link ServiceProxy} after one walk over its segments ({@link ServiceRoutes}); any other path goes on
 * to the next mapping (the merged docs, routes added by configuration, the web app, then the 404 problem).
 */
final class ServiceRouteMapping implements HandlerMapping, Ordered {

    private final ServiceRoutes routes;
    private final ServiceProxy proxy;

    ServiceRouteMapping(ServiceRoutes routes, ServiceProxy proxy) {
        this.routes = routes;
        this.proxy = proxy;
    }

    @Override
    public HandlerExecutionChain getHandler(HttpServletRequest request) {
        String path = request.getRequestURI();
        String contextPath = request.getContextPath();
        if (!contextPath.isEmpty()) {
            if (!path.startsWith(contextPath)) {
                return null;
            }
            path = path.substring(contextPath.length());
        }
        ServiceRoutes.Target target = routes.find(path);
        if (target == null) {
            return null;
        }
        request.setAttribute(ServiceProxy.TARGET, target);
        request.setAttribute(BEST_MATCHING_PATTERN_ATTRIBUTE, target.pattern());
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(target.pattern()));
        return new HandlerExecutionChain(proxy);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
