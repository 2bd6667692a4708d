package dev.ordo.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * Malformed and boundary values, chosen by what the document says a value is (type, format, enum) and,
 * for text that holds dates without saying so, by its name. Each value is a name (for the report) and its
 * raw form: JSON text for a body field, the characters as written on the wire for a path segment, a query
 * value or a header. Fixed lists and a seeded random, so every run sends the same requests.
 */
final class Mutations {

    static final String KB10 = "x".repeat(10 * 1024);

    private final Random random;

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    /** JSON values for a body field of this schema. */
    Map<String, String> json(String name, JsonNode schema) {
        Map<String, String> m = new LinkedHashMap<>();
        String type = schema == null ? "" : schema.path("type").asString("");
        String format = schema == null ? "" : schema.path("format").asString("");
        m.put("null", "null");
        if (schema != null && schema.has("enum")) {
            String first = schema.get("enum").get(0).asString();
            m.put("unknown enum value", "\"NO_SUCH_" + first.toUpperCase(Locale.ROOT) + "\"");
            m.put("enum value in other case", quote(swapCase(first)));
            m.put("empty string", "\"\"");
            m.put("NUL", "\"" + first + "\\u0000\"");
            m.put("number instead of text", "42");
            return m;
        }
        switch (type) {
            case "integer", "number" -> {
                m.put("Long.MAX_VALUE", Long.toString(Long.MAX_VALUE));
                m.put("Long.MIN_VALUE", Long.toString(Long.MIN_VALUE));
                m.put("2^63", "9223372036854775808");
                m.put("1e400", "1e400");
                m.put("int overflow", "2147483648");
                m.put("negative", "-1");
                m.put("fraction", "1.5");
                m.put("text instead of number", "\"12\"");
                m.put("boolean instead of number", "true");
            }
            case "boolean" -> {
                m.put("text instead of boolean", "\"yes\"");
                m.put("number instead of boolean", "2");
                m.put("array instead of boolean", "[]");
            }
            case "array" -> {
                m.put("[null]", "[null]");
                m.put("scalar instead of array", "\"text\"");
                m.put("object instead of array", "{}");
                m.put("nested array", "[[]]");
                m.put("[NUL]", "[\"a\\u0000b\"]");
                m.put("[lone surrogate]", "[\"a\\ud800\"]");
                m.put("[10 KB string]", "[\"" + KB10 + "\"]");
                m.put("[object]", "[{}]");
                m.put("1000 items", "[" + String.join(",", java.util.Collections.nCopies(1000, "\"i\"")) + "]");
            }
            case "object" -> {
                m.put("array instead of object", "[]");
                m.put("text instead of object", "\"text\"");
                m.put("unknown field", "{\"noSuchField\":1}");
            }
            default -> {
                m.putAll(strings());
                switch (format) {
                    case "uuid" -> {
                        m.put("bad UUID", "\"not-a-uuid\"");
                        m.put("nil UUID", "\"00000000-0000-0000-0000-000000000000\"");
                        m.put("unknown UUID", quote(uuid().toString()));
                        m.put("UUID with extra digits", "\"" + uuid() + "0\"");
                    }
                    case "date" -> m.putAll(dates(false));
                    case "date-time" -> m.putAll(dates(true));
                    case "email" -> {
                        m.put("email with NUL", "\"a\\u0000@example.com\"");
                        m.put("email without domain", "\"a@\"");
                    }
                    default -> {
                        if (looksLikeTime(name)) {
                            m.putAll(dates(false));
                            m.putAll(dates(true));
                        }
                    }
                }
            }
        }
        return m;
    }

    /** Query values, percent-encoded as a client would (or would not). */
    Map<String, String> query(JsonNode schema) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("NUL", "a%00b");
        m.put("malformed %zz", "%zz");
        m.put("malformed %%%", "%%%");
        m.put("truncated %4", "%4");
        m.put("lone surrogate (UTF-8 of U+D800)", "%ED%A0%80");
        m.put("invalid UTF-8", "%C3%28%FF");
        m.put("control characters", "%01%1B%7F");
        m.put("10 KB", KB10);
        m.put("empty", "");
        m.put("Long.MAX_VALUE", Long.toString(Long.MAX_VALUE));
        m.put("2^63", "9223372036854775808");
        m.put("negative", "-1");
        m.put("far date", "%2B999999-01-01T00:00:00Z");
        m.put("year 0", "0000-01-01T00:00:00Z");
        m.put("bad UUID", "not-a-uuid");
        m.put("unknown enum value", "NO_SUCH_VALUE");
        m.put("SQL and wildcards", "%27%22%25_%5C");
        m.put("forged cursor (base64url of abc.xyz)", "YWJj.eHl6");
        return m;
    }

    /** Path segments in place of an id. */
    Map<String, String> path() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("bad UUID", "not-a-uuid");
        m.put("nil UUID", "00000000-0000-0000-0000-000000000000");
        m.put("unknown UUID", uuid().toString());
        m.put("NUL", "%00");
        m.put("encoded slash", "a%2Fb");
        m.put("malformed %zz", "%zz");
        m.put("lone surrogate (UTF-8 of U+D800)", "%ED%A0%80");
        m.put("encoded dot-dot", "%2E%2E");
        m.put("semicolon", "x;y=z");
        m.put("2 KB", "a".repeat(2048));
        return m;
    }

    /** Header values, written as they stand (ISO-8859-1). */
    Map<String, String> header() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("control characters", "a\u0001b\u007f");
        m.put("10 KB", KB10);
        m.put("empty", "");
        m.put("negative version", "\"-1\"");
        m.put("huge version", "W/\"99999999999999999999\"");
        m.put("unquoted", "abc");
        m.put("Latin-1 byte", "\u00ff\u00fe");
        return m;
    }

    private static Map<String, String> strings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("NUL", "\"fuzz\\u0000fuzz\"");
        m.put("lone high surrogate", "\"fuzz\\ud800\"");
        m.put("lone low surrogate", "\"\\udc00fuzz\"");
        m.put("10 KB string", "\"" + KB10 + "\"");
        m.put("control and bidi characters", "\"\\u0001\\u001b[31m\\u202e\\ufeff\"");
        m.put("whitespace only", "\" \\t \"");
        m.put("number instead of text", "42");
        m.put("object instead of text", "{\"a\":1}");
        m.put("array instead of text", "[\"a\"]");
        return m;
    }

    private static Map<String, String> dates(boolean withTime) {
        String time = withTime ? "T00:00:00Z" : "";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("year +999999" + time, quote("+999999-01-01" + time));
        m.put("year 0" + time, quote("0000-01-01" + time));
        m.put("year -1" + time, quote("-0001-01-01" + time));
        m.put("year 9999 last day" + time, quote("9999-12-31" + (withTime ? "T23:59:59Z" : "")));
        m.put("year 1 first day" + time, quote("0001-01-01" + time));
        m.put("30 February" + time, quote("2026-02-30" + time));
        return m;
    }

    /** Text fields that hold a date or time without a format in the document (due.datetime, from, to). */
    private static boolean looksLikeTime(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.contains("date")
                || n.contains("time")
                || n.equals("from")
                || n.equals("to")
                || n.contains("due")
                || n.contains("deadline")
                || n.endsWith("at");
    }

    private static String swapCase(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return upper.equals(value) ? value.toLowerCase(Locale.ROOT) : upper;
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static List<String> names(Map<String, String> values) {
        return new ArrayList<>(values.keySet());
    }
}
