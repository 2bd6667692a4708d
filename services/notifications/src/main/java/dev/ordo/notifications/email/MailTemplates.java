package dev.ordo.notifications.email;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The mail templates in {@code resources/mail/<language>/} (a language of {@link dev.ordo.notifications.language.Languages#SUPPORTED}): per type a
 * {@code .txt} and an {@code .html} body, each put into the language's {@code layout}. {@code {{name}}} is a value
 * (HTML-escaped in the HTML part: every value may come from a person), {@code {{{name}}}} markup this service wrote
 * itself. Every language has the same files with the same placeholders (LanguagesTest).
 */
final class MailTemplates {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\{?)([a-zA-Z]+)\\}?\\}\\}");

    /** The mail is UTF-8: only what HTML needs escaped is (a name's "ä" stays "ä"). */
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    String text(String language, String type, Map<String, String> values) {
        String body = render(template(language, type + ".txt"), values, false);
        return render(template(language, "layout.txt"), with(values, "body", body), false);
    }

    String html(String language, String type, Map<String, String> values) {
        String body = render(template(language, type + ".html"), values, true);
        return render(template(language, "layout.html"), with(values, "body", body), true);
    }

    private static Map<String, String> with(Map<String, String> values, String key, String value) {
        Map<String, String> all = new java.util.HashMap<>(values);
        all.put(key, value);
        return all;
    }

    static String render(String template, Map<String, String> values, boolean html) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.getOrDefault(m.group(2), "");
            boolean raw = !m.group(1).isEmpty();
            m.appendReplacement(
                    out, Matcher.quoteReplacement(html && !raw ? HtmlUtils.htmlEscape(value, UTF_8) : value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String template(String language, String name) {
        return cache.computeIfAbsent(language + "/" + name, path -> {
            try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + path)) {
                if (in == null) {
                    throw new IllegalStateException("no mail template " + path);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
