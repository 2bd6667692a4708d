package dev.ordo.notifications.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordo.notifications.inbox.NotificationTypes;
import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every language is complete: the same mail templates with the same placeholders as English, the same message keys
 * with the same arguments, and nothing left in English. A type or a text added to English only fails here.
 */
class LanguagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\{?[a-zA-Z]+\\}?\\}\\}");
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    private static final Pattern BUNDLE_FILE = Pattern.compile("notifications(?:_([a-zA-Z_]+))?\\.properties");

    private final Texts texts = new Texts();

    @Test
    void a_users_locale_chooses_its_language_when_there_is_one_else_english() {
        for (String locale : new String[] {"de", "de-DE", "de-CH", "de_AT", "DE-de", " de-AT "}) {
            assertThat(Languages.of(locale)).as(locale).isEqualTo("de");
        }
        for (String locale : new String[] {"en", "en-GB", "en_US", "pt_BR", "fr-CA", "xx", "", "not a locale"}) {
            assertThat(Languages.of(locale)).as(locale).isEqualTo("en");
        }
        assertThat(Languages.of(null)).isEqualTo("en");
    }

    @Test
    void dates_are_written_in_the_users_own_locale_when_they_get_its_language() {
        assertThat(Languages.formatting("de_AT")).isEqualTo(Locale.forLanguageTag("de-AT"));
        assertThat(Languages.formatting("en-GB")).isEqualTo(Locale.forLanguageTag("en-GB"));
        assertThat(Languages.formatting("de")).isEqualTo(Locale.GERMAN);
        assertThat(Languages.formatting("fr-CA")).as("an English mail").isEqualTo(Locale.ENGLISH);
        assertThat(Languages.formatting(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void there_are_templates_and_a_bundle_for_exactly_the_supported_languages() throws Exception {
        assertThat(Languages.SUPPORTED).startsWith(Languages.FALLBACK).doesNotHaveDuplicates();
        Set<String> folders = new TreeSet<>();
        try (Stream<Path> all = Files.list(resource("mail"))) {
            all.filter(Files::isDirectory)
                    .forEach(p -> folders.add(p.getFileName().toString()));
        }
        assertThat(folders).containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED);

        Set<String> bundles = new TreeSet<>();
        try (Stream<Path> all = Files.list(resource("messages"))) {
            all.map(p -> BUNDLE_FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .forEach(m -> bundles.add(m.group(1) == null ? Languages.FALLBACK : m.group(1)));
        }
        assertThat(bundles).containsExactlyInAnyOrderElementsOf(Languages.SUPPORTED);
    }

    @Test
    void every_language_has_englishs_template_files_with_the_same_placeholders_and_none_in_english() throws Exception {
        TreeMap<String, Set<String>> english = templates(Languages.FALLBACK);
        for (String type : NotificationTypes.ALL) {
            assertThat(english).containsKeys(type + ".txt", type + ".html");
        }
        assertThat(english).containsKeys("layout.txt", "layout.html");
        for (String language : Languages.SUPPORTED) {
            TreeMap<String, Set<String>> theirs = templates(language);
            assertThat(theirs.keySet()).as("the templates of %s", language).isEqualTo(english.keySet());
            for (String file : english.keySet()) {
                assertThat(theirs.get(file))
                        .as("the placeholders of %s/%s", language, file)
                        .isEqualTo(english.get(file));
                if (!language.equals(Languages.FALLBACK)) {
                    assertThat(read(resource("mail/" + language + "/" + file)))
                            .as("%s/%s is translated", language, file)
                            .isNotEqualTo(read(resource("mail/en/" + file)));
                }
            }
        }
    }

    @Test
    void every_language_has_englishs_message_keys_with_the_same_arguments_and_none_in_english() throws Exception {
        Properties english = bundle("notifications.properties");
        for (String type : NotificationTypes.ALL) {
            assertThat(english.stringPropertyNames())
                    .as("the texts of %s", type)
                    .contains("subject." + type, "push." + type, "unsubscribe.type." + type);
        }
        for (String language : Languages.SUPPORTED) {
            Properties theirs =
                    language.equals(Languages.FALLBACK) ? english : bundle("notifications_" + language + ".properties");
            assertThat(theirs.stringPropertyNames())
                    .as("the keys of %s", language)
                    .isEqualTo(english.stringPropertyNames());
            for (String key : english.stringPropertyNames()) {
                String text = theirs.getProperty(key);
                assertThat(arguments(text))
                        .as("the arguments of %s in %s", key, language)
                        .isEqualTo(arguments(english.getProperty(key)));
                assertThat(texts.get(language, key, "A", "B", 3))
                        .as("%s in %s is a valid pattern", key, language)
                        .isNotBlank();
                if (key.startsWith("unsubscribe.")) {
                    assertThat(text)
                            .as("%s: no markup in the page's texts", key)
                            .doesNotContain("<", ">", "&");
                }
                if (!language.equals(Languages.FALLBACK)) {
                    assertThat(text).as("%s in %s is translated", key, language).isNotEqualTo(english.getProperty(key));
                }
            }
        }
    }

    @Test
    void texts_are_resolved_in_the_language_asked_never_in_the_machines() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(new Texts().get("en", "push.task.assigned", "Ada")).isEqualTo("Ada assigned you a task");
            assertThat(new Texts().get("de", "push.task.assigned", "Ada"))
                    .isEqualTo("Ada hat dir eine Aufgabe zugewiesen");
            assertThat(new Texts().get("de", "subject.digest.more", "x", "Milch kaufen", 2))
                    .isEqualTo("Heute: „Milch kaufen“ und 2 weitere");
        } finally {
            Locale.setDefault(before);
        }
    }

    private static TreeMap<String, Set<String>> templates(String language) throws IOException, URISyntaxException {
        TreeMap<String, Set<String>> files = new TreeMap<>();
        try (Stream<Path> all = Files.list(resource("mail/" + language))) {
            for (Path file : all.toList()) {
                Set<String> placeholders = new TreeSet<>();
                PLACEHOLDER.matcher(read(file)).results().forEach(r -> placeholders.add(r.group()));
                files.put(file.getFileName().toString(), placeholders);
            }
        }
        return files;
    }

    private static Set<String> arguments(String text) {
        Set<String> arguments = new TreeSet<>();
        ARGUMENT.matcher(text).results().forEach(r -> arguments.add(r.group(1)));
        return arguments;
    }

    private static Properties bundle(String name) throws IOException, URISyntaxException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(resource("messages/" + name), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Path resource(String path) throws URISyntaxException {
        URL url = LanguagesTest.class.getResource("/" + path);
        assertThat(url).as("resource %s", path).isNotNull();
        return Path.of(url.toURI());
    }
}
