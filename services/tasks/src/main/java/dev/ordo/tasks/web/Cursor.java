package dev.ordo.tasks.web;

import dev.ordo.platform.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The opaque {@code cursor} of a page: the sort keys of its last item (and whatever else the list needs
 * to continue exactly where it stopped), each base64url-encoded, joined by dots. Clients only hand it
 * back; its inside may change without notice.
 */
public final class Cursor {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern DOUBLE = Pattern.compile(
            "-?(\\d{1,20}(\\.\\d{0,20})?|\\.\\d{1,20})(e[+-]?\\d{1,3})?|NaN|-?Infinity", Pattern.CASE_INSENSITIVE);
    /** PostgreSQL's text of a timestamptz: 2026-03-01 10:00:00.123456+00, or ±infinity. */
    private static final Pattern TIMESTAMPTZ = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?[+-]\\d{2}(:\\d{2}){0,2}|-?infinity");

    private Cursor() {}

    public static String encode(List<String> parts) {
        List<String> encoded = new ArrayList<>();
        for (String part : parts) {
            encoded.add(Base64.getUrlEncoder().withoutPadding().encodeToString(part.getBytes(StandardCharsets.UTF_8)));
        }
        return String.join(".", encoded);
    }

    /** @throws ApiException 400 when the text is not a cursor this service gave out */
    public static List<String> decode(String cursor) {
        try {
            List<String> parts = new ArrayList<>();
            for (String part : cursor.strip().split("\\.", -1)) {
                parts.add(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
            }
            return parts;
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    /** @throws ApiException 400 unless {@code value} is a value of the SQL {@code type} this service wrote */
    public static String check(String value, String type) {
        boolean valid = switch (type) {
            case "bigint", "smallint" ->
                value.matches("-?\\d{1,18}")
                        && (type.equals("bigint") || Math.abs(Long.parseLong(value)) <= Short.MAX_VALUE);
            case "double precision" -> DOUBLE.matcher(value).matches();
            case "timestamptz" -> TIMESTAMPTZ.matcher(value).matches();
            case "uuid" -> UUID.matcher(value).matches();
            case "text" -> value.indexOf('\u0000') < 0;
            default -> throw new IllegalArgumentException("no check for SQL type " + type);
        };
        if (!valid) {
            throw invalid();
        }
        return value;
    }

    public static ApiException invalid() {
        return ApiException.badRequest("'cursor' is not a cursor this service gave out.");
    }
}
