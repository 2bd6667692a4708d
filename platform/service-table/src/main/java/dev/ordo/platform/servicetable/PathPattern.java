package dev.ordo.platform.servicetable;

import java.util.Arrays;
import java.util.List;

/**
 * The route patterns the table allows: literal segments, {@code *} for exactly one segment, and an
 * optional {@code /**} at the end for any rest of the path (none included). Small on purpose, so the
 * gateway's order of overlapping routes can be worked out here, without Spring, and the gateway's own
 * matcher (Spring's PathPattern) reads each one the same way.
 */
final class PathPattern {

    private final String text;
    private final List<String> segments;
    private final boolean rest;

    private PathPattern(String text, List<String> segments, boolean rest) {
        this.text = text;
        this.segments = segments;
        this.rest = rest;
    }

    static PathPattern parse(String text) {
        if (!text.startsWith("/") || text.length() < 2 || text.endsWith("/")) {
            throw new IllegalArgumentException(
                    "a route pattern starts with / and does not end with one: '" + text + "'");
        }
        List<String> segments = Arrays.asList(text.substring(1).split("/", -1));
        boolean rest = segments.getLast().equals("**");
        if (rest) {
            segments = segments.subList(0, segments.size() - 1);
        }
        for (String segment : segments) {
            boolean literal = segment.matches("[A-Za-z0-9._~-]+");
            if (!literal && !segment.equals("*")) {
                throw new IllegalArgumentException("route pattern '" + text + "': '" + segment
                        + "' is neither a literal segment nor *; ** only as the last segment");
            }
        }
        return new PathPattern(text, List.copyOf(segments), rest);
    }

    String text() {
        return text;
    }

    /** Does this pattern match every path that {@code other} matches? */
    boolean covers(PathPattern other) {
        if (other.segments.size() < segments.size()) {
            return false;
        }
        if (!rest && (other.rest || other.segments.size() != segments.size())) {
            return false;
        }
        for (int i = 0; i < segments.size(); i++) {
            String mine = segments.get(i);
            if (!mine.equals("*") && !mine.equals(other.segments.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Is there a path both patterns match? */
    boolean overlaps(PathPattern other) {
        int common = Math.min(segments.size(), other.segments.size());
        for (int i = 0; i < common; i++) {
            String mine = segments.get(i);
            String theirs = other.segments.get(i);
            if (!mine.equals("*") && !theirs.equals("*") && !mine.equals(theirs)) {
                return false;
            }
        }
        if (segments.size() == other.segments.size()) {
            return true;
        }
        // the shorter one must take the longer one's extra segments as its rest
        return segments.size() < other.segments.size() ? rest : other.rest;
    }

    @Override
    public String toString() {
        return text;
    }
}
