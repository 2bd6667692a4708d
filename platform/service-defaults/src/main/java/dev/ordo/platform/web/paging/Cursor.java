package dev.ordo.platform.web.paging;

import dev.ordo.platform.problems.InvalidInput;
import dev.ordo.platform.web.input.InputRules;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The opaque {@code cursor} of a page: the sort keys of its last item (and whatever else the list needs to
 * continue exactly where it stopped), each base64url-encoded, joined by dots. Clients only hand it back; its
 * inside may change without notice. Reading a part checks that it is a value this service could have
 * written, so a forged cursor is a 400 ({@code invalid-cursor}) and never a failed cast in the database.
 *
 * <pre>{@code
 * Cursor.of(row.createdAt(), row.id())                       // the next page's cursor
 * query.after(2, c -> new Position(c.instant(0), c.uuid(1)))  // reading it back
 * }</pre>
 */
public final class Cursor {

    /** The problem name of a cursor this service did not give out. */
    public static final String INVALID = "invalid-cursor";

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOUBLE = Pattern.compile(
            "-?(\\d{1,20}(\\.\\d{0,20})?|\\.\\d{1,20})(e[+-]?\\d{1,3})?|NaN|-?Infinity", Pattern.CASE_INSENSITIVE);
    /** PostgreSQL's text of a timestamptz: 2026-03-01 10:00:00.123456+00, or ±infinity. */
    private static final Pattern TIMESTAMPTZ = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?[+-]\\d{2}(:\\d{2}){0,2}|-?infinity");

    private final List<String> parts;

    private Cursor(List<String> parts) {
        this.parts = List.copyOf(parts);
    }

    /** A cursor of these values, each written as its {@code toString()} ({@code null} as the empty text). */
    public static Cursor of(Object... values) {
        List<String> parts = new ArrayList<>(values.length);
        for (Object value : values) {
            parts.add(value == null ? "" : value.toString());
        }
        return new Cursor(parts);
    }

    public static Cursor of(List<String> parts) {
        return new Cursor(parts);
    }

    /** @throws InvalidInput ({@value #INVALID}) when the text is not a cursor this service gave out */
    public static Cursor decode(String cursor) {
        try {
            List<String> parts = new ArrayList<>();
            for (String part : cursor.strip().split("\\.", -1)) {
                parts.add(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
            }
            return new Cursor(parts);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    /** The text a client hands back. */
    public String encode() {
        List<String> encoded = new ArrayList<>(parts.size());
        for (String part : parts) {
            encoded.add(Base64.getUrlEncoder().withoutPadding().encodeToString(part.getBytes(StandardCharsets.UTF_8)));
        }
        return String.join(".", encoded);
    }

    public int size() {
        return parts.size();
    }

    public List<String> parts() {
        return parts;
    }

    /** Part {@code index} as written, checked to be text PostgreSQL can hold. */
    public String text(int index) {
        return sql(index, "text");
    }

    public UUID uuid(int index) {
        return UUID.fromString(sql(index, "uuid"));
    }

    public long number(int index) {
        return Long.parseLong(sql(index, "bigint"));
    }

    /** Part {@code index} as an instant in the years 1–9999, written by {@link #of(Object...)}. */
    public Instant instant(int index) {
        try {
            Instant at = Instant.parse(part(index));
            if (!InputRules.isWithinYears(at)) {
                throw invalid();
            }
            return at;
        } catch (DateTimeParseException e) {
            throw invalid();
        }
    }

    /**
     * Part {@code index}, checked to be a value of the SQL {@code type} (bigint, smallint, double precision,
     * timestamptz, uuid, text), for lists that bind cursor parts into SQL as text.
     */
    public String sql(int index, String type) {
        String value = part(index);
        boolean valid = switch (type) {
            case "bigint", "smallint" ->
                INTEGER.matcher(value).matches()
                        && (type.equals("bigint") || Math.abs(Long.parseLong(value)) <= Short.MAX_VALUE);
            case "double precision" -> DOUBLE.matcher(value).matches();
            case "timestamptz" -> TIMESTAMPTZ.matcher(value).matches();
            case "uuid" -> UUID_TEXT.matcher(value).matches();
            case "text" -> InputRules.textProblem(value) == null;
            default -> throw new IllegalArgumentException("no check for SQL type " + type);
        };
        if (!valid) {
            throw invalid();
        }
        return value;
    }

    private String part(int index) {
        if (index < 0 || index >= parts.size()) {
            throw invalid();
        }
        return parts.get(index);
    }

    public static InvalidInput invalid() {
        return new InvalidInput(INVALID, "'cursor' is not a cursor this service gave out.");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cursor cursor && cursor.parts.equals(parts);
    }

    @Override
    public int hashCode() {
        return parts.hashCode();
    }

    /** The encoded cursor, as a client sees it. */
    @Override
    public String toString() {
        return encode();
    }
}
