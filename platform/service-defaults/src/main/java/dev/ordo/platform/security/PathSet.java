package dev.ordo.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.util.Assert;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.WebUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Whether a request's path is one of a list of path patterns (the public paths, say), with the answers of
 * one {@code PathPatternRequestMatcher} per pattern, but the request's path read once and the common
 * patterns precompiled: an exact path ({@code /api/v1/auth/login}) is looked up in a set, a prefix
 * ({@code /assets/**}) is one {@code startsWith}; only other patterns ({@code /a/{id}/b}, {@code /*.js}) are
 * matched as patterns. A path with a percent-escape or a {@code ;} (whose segments are decoded before
 * matching) is matched against every pattern, as before. When only exact paths and prefixes are listed,
 * a plain path is not even parsed.
 */
public final class PathSet implements RequestMatcher {

    private final List<String> patterns;
    private final Set<String> exact;
    /** {@code /x} for each {@code /x/**}. */
    private final String[] prefixes;
    /** The patterns that are neither exact nor a prefix. */
    private final PathPattern[] others;
    /** Every pattern, for a path whose text is not what is matched (escapes, path parameters). */
    private final PathPattern[] all;

    private PathSet(Collection<String> patterns) {
        this.patterns = List.copyOf(patterns);
        Set<String> exact = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        List<PathPattern> others = new ArrayList<>();
        List<PathPattern> all = new ArrayList<>();
        for (String pattern : this.patterns) {
            Assert.isTrue(pattern.startsWith("/"), () -> "path pattern must start with a /: " + pattern);
            PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
            all.add(parsed);
            if (isPlain(pattern)) {
                exact.add(pattern);
            } else if (isPlainPrefix(pattern)) {
                prefixes.add(pattern.substring(0, pattern.length() - 3));
            } else {
                others.add(parsed);
            }
        }
        this.exact = Set.copyOf(exact);
        this.prefixes = prefixes.toArray(String[]::new);
        this.others = others.toArray(PathPattern[]::new);
        this.all = all.toArray(PathPattern[]::new);
    }

    /** Patterns as {@code ordo.security.public-paths} takes them (each starts with {@code /}). */
    public static PathSet of(Collection<String> patterns) {
        return new PathSet(patterns);
    }

    public List<String> patterns() {
        return patterns;
    }

    public boolean isEmpty() {
        return all.length == 0;
    }

    @Override
    public boolean matches(HttpServletRequest request) {
        if (all.length == 0) {
            return false;
        }
        if (others.length == 0
                && !ServletRequestPathUtils.hasParsedRequestPath(request)
                && request.getAttribute(WebUtils.INCLUDE_REQUEST_URI_ATTRIBUTE) == null
                && request.getContextPath().isEmpty()) {
            // the parsed path's text would be the request URI
            String uri = request.getRequestURI();
            if (isPlainText(uri)) {
                return matchesPlain(uri);
            }
        }
        return matches(pathOf(request));
    }

    /** Whether the path within the application (encoded, as the request carries it) is one of the patterns. */
    public boolean matches(PathContainer path) {
        String value = path.value();
        if (!isPlainText(value)) {
            for (PathPattern pattern : all) {
                if (pattern.matches(path)) {
                    return true;
                }
            }
            return false;
        }
        if (matchesPlain(value)) {
            return true;
        }
        for (PathPattern pattern : others) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a path whose text is what is matched is one of the exact paths or under one of the prefixes. */
    private boolean matchesPlain(String path) {
        if (exact.contains(path)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return true;
            }
        }
        return false;
    }

    /** Whether a path's segments are matched as they are written: no percent-escape, no path parameter. */
    private static boolean isPlainText(String path) {
        return path.indexOf('%') < 0 && path.indexOf(';') < 0;
    }

    /** The path a {@code PathPatternRequestMatcher} matches: the one parsed before, or parsed now and not kept. */
    private static PathContainer pathOf(HttpServletRequest request) {
        RequestPath path;
        if (ServletRequestPathUtils.hasParsedRequestPath(request)) {
            path = ServletRequestPathUtils.getParsedRequestPath(request);
        } else {
            path = ServletRequestPathUtils.parseAndCache(request);
            ServletRequestPathUtils.clearParsedRequestPath(request);
        }
        return path.subPath(path.contextPath().elements().size());
    }

    /** {@code /x/**} with a plain {@code /x} other than {@code /}. */
    private static boolean isPlainPrefix(String pattern) {
        if (!pattern.endsWith("/**") || pattern.length() <= 3) {
            return false;
        }
        String base = pattern.substring(0, pattern.length() - 3);
        return !base.equals("/") && isPlain(base);
    }

    /**
     * {@code /} or segments of unreserved characters only ({@code /a/b-c/d.json}): a pattern that matches
     * exactly this text, and a path segment whose text is what is matched.
     */
    private static boolean isPlain(String pattern) {
        if (pattern.equals("/")) {
            return true;
        }
        if (pattern.isEmpty() || pattern.charAt(0) != '/' || pattern.endsWith("/")) {
            return false;
        }
        char previous = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            boolean unreserved = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~';
            if (!unreserved && c != '/') {
                return false;
            }
            if (c == '/' && previous == '/') {
                return false;
            }
            previous = c;
        }
        return true;
    }

    @Override
    public String toString() {
        return "PathSet " + patterns;
    }
}
