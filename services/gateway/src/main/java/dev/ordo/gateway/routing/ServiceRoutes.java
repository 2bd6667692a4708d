package dev.ordo.gateway.routing;

import dev.ordo.platform.servicetable.Route;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.hc.core5.http.HttpHost;
import org.springframework.web.util.UriUtils;

/**
 * Which service a path goes to: the routes of services.table as a tree of their segments, a HashMap of
 * the literal segments at each level, so a path is resolved in one walk over its own segments instead of
 * trying every pattern. The patterns are those the table allows (literal segments, {@code *} for one
 * segment, {@code /**} at the end for any rest, none included) and they match as Spring's PathPattern
 * reads them: a segment is compared decoded, {@code *} needs a non-empty segment, {@code /a/**} also
 * matches {@code /a}. Where patterns overlap, the table orders the narrower first, and of every pattern a
 * path matches the one first in that order wins.
 */
final class ServiceRoutes {

    /** Where a matching request goes, and the pattern it matched (the observation's path pattern). */
    record Target(String service, String pattern, HttpHost host) {}

    private record Match(int rank, Target target) {}

    private static final class Node {
        private final Map<String, Node> literals = new HashMap<>();
        private Node anySegment;
        private Match exact;
        private Match rest;
    }

    private final Node root = new Node();

    /**
     * @param routes the table's routes, the ones to try first first
     * @param hosts  a service's name to where it listens
     */
    ServiceRoutes(List<Route> routes, Function<String, HttpHost> hosts) {
        Map<String, HttpHost> resolved = new HashMap<>();
        int rank = 0;
        for (Route route : routes) {
            HttpHost host = resolved.computeIfAbsent(route.service(), hosts);
            add(route.pattern(), new Match(rank++, new Target(route.service(), route.pattern(), host)));
        }
    }

    private void add(String pattern, Match match) {
        String[] segments = pattern.substring(1).split("/", -1);
        boolean rest = segments[segments.length - 1].equals("**");
        int literal = rest ? segments.length - 1 : segments.length;
        Node node = root;
        for (int i = 0; i < literal; i++) {
            if (segments[i].equals("*")) {
                if (node.anySegment == null) {
                    node.anySegment = new Node();
                }
                node = node.anySegment;
            } else {
                node = node.literals.computeIfAbsent(segments[i], segment -> new Node());
            }
        }
        if (rest) {
            node.rest = first(node.rest, match);
        } else {
            node.exact = first(node.exact, match);
        }
    }

    /** The route for this path (the request's, without context path and query), or null when none has it. */
    Target find(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return null;
        }
        Match match = match(root, path, 1, null);
        return match == null ? null : match.target();
    }

    /**
     * The best match below {@code node} for the path from {@code start} on (the first character of a
     * segment; past the end when the path is used up).
     */
    private static Match match(Node node, String path, int start, Match best) {
        best = first(best, node.rest);
        if (start > path.length()) {
            return first(best, node.exact);
        }
        int slash = path.indexOf('/', start);
        int end = slash < 0 ? path.length() : slash;
        if (!node.literals.isEmpty()) {
            Node literal = node.literals.get(segment(path, start, end));
            if (literal != null) {
                best = match(literal, path, end + 1, best);
            }
        }
        if (node.anySegment != null && end > start) {
            best = match(node.anySegment, path, end + 1, best);
        }
        return best;
    }

    /** A segment as a pattern sees it: decoded (a segment that does not decode matches no literal). */
    private static String segment(String path, int start, int end) {
        String segment = path.substring(start, end);
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        try {
            return UriUtils.decode(segment, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static Match first(Match a, Match b) {
        if (a == null) {
            return b;
        }
        return b == null || a.rank() <= b.rank() ? a : b;
    }
}
