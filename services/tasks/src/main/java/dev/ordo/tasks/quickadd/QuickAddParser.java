package dev.ordo.tasks.quickadd;

import dev.ordo.tasks.query.Due;
import dev.ordo.tasks.query.Priority;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a one-line task such as {@code Call Bob tomorrow 5pm p1 #Work /Calls @phone +ada@example.com}.
 *
 * <p>Tokens are only recognised at the start of a word (the text's start or after whitespace) and must end
 * at a word end (the text's end, whitespace, or a comma/semicolon followed by either), so {@code C#},
 * {@code bob@example.com} or {@code and/or} inside a title stay text. Everything not recognised is the
 * title, with whitespace collapsed; a comma or semicolon right after a token goes with it.
 * <ul>
 * <li>{@code p1}..{@code p4}: priority (p1 is URGENT).
 * <li>{@code #Work}, {@code /Calls}, {@code @phone}: project, section, label. An unquoted name is one word
 *     (up to the next whitespace) and starts with a letter; a name with spaces is quoted:
 *     {@code #"My Work"}. Labels may repeat; the others take one value.
 * <li>{@code +ada@example.com}: assignee (only a word that is an email).
 * <li>dates: {@code today}, {@code tomorrow}, weekdays ({@code friday}, {@code on fri}, {@code next fri}:
 *     the first such day after today, so on a Friday "friday" is a week later; abbreviations only after
 *     "on" or "next", so "sun" and "sat" stay words), {@code next week} (next
 *     Monday), {@code in 3 days}, {@code in 2 weeks}, {@code in a month}, {@code Dec 5}, {@code 5 Dec},
 *     {@code Dec 5th}, {@code Dec 5 2027} (without a year: the next Dec 5, today included),
 *     {@code 2026-12-05}; an optional {@code on} before a date belongs to it.
 * <li>times: {@code 5pm}, {@code 5:30pm}, {@code 12am} (midnight), {@code 12pm} (noon), {@code 17:30},
 *     {@code at 9} (09:00), {@code noon}; an optional {@code at} belongs to it. {@code in 3 hours},
 *     {@code in 30 min} give both a date and a time (one token of kind "date"; a time token is then
 *     not taken).
 * </ul>
 * A time without a date is today's if it is still ahead, else tomorrow's. Dates and times are in the
 * given zone and DST-correct: a time that does not exist that day (skipped by a spring-forward) moves
 * forward by the gap; one that happens twice takes the earlier. When a kind that takes one value appears
 * twice, the last one counts and the earlier ones stay in the title. A line with nothing left for a title
 * is a {@link QuickAddSyntaxException}, as is an unclosed quote or a date that does not exist.
 */
public final class QuickAddParser {

    private static final Pattern PRIORITY = Pattern.compile("[pP]([1-4])(?=$|\\s|[,;](?:\\s|$))");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"]+@[^\\s@\"]+\\.[^\\s@\"]+");
    private static final Pattern DURATION = Pattern.compile(
            "for\\s+(\\d{1,6})\\s?(minutes?|mins?|m|hours?|hrs?|h|days?|d)" + DatePhrases.END,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEADLINE = Pattern.compile("\\{([^{}]*)}");
    private static final int MAX_DURATION = 100_000;
    private static final Set<String> DUE_KINDS = Set.of("date", "time", "recurrence");

    private record Phrase(String kind, int start, int end, Object value) {}

    private final String text;
    private final Predicate<String> knownProject;
    private final ZoneId zone;
    private final Instant now;
    private final LocalDate today;

    private QuickAddParser(String text, Predicate<String> knownProject, ZoneId zone, Instant now) {
        this.text = text;
        this.knownProject = knownProject;
        this.zone = zone;
        this.now = now;
        this.today = LocalDate.ofInstant(now, zone);
    }

    public static QuickAddParse parse(String text, ZoneId zone, Instant now) {
        return parse(text, zone, now, name -> true);
    }

    /**
     * As {@link #parse(String, ZoneId, Instant)}, where a {@code #Name} that {@code knownProject} does not know is
     * no project but a word of the title (token kind {@code unknown-project}).
     */
    public static QuickAddParse parse(String text, ZoneId zone, Instant now, Predicate<String> knownProject) {
        if (text == null || text.isBlank()) {
            throw new QuickAddSyntaxException("expected a task title", 0);
        }
        return new QuickAddParser(text, knownProject, zone, now).parse();
    }

    /**
     * A due in words ("tomorrow 5pm", "every other monday at 9am", "every! 3 days until dec 31"), {@code string}
     * being the words: nothing but dates, times and one recurrence.
     */
    public static Due parseDue(String words, ZoneId zone, Instant now) {
        if (words == null || words.isBlank()) {
            throw new DueWordsException("expected a date, a time or a recurrence", 0);
        }
        QuickAddParser parser = new QuickAddParser(words, name -> true, zone, now);
        List<Phrase> kept;
        try {
            kept = choose(parser.scan());
        } catch (DueWordsException e) {
            throw e;
        } catch (QuickAddSyntaxException e) {
            throw new DueWordsException(e.problem(), e.position());
        }
        int covered = 0;
        for (Phrase phrase : kept) {
            if (!DUE_KINDS.contains(phrase.kind())
                    || !words.substring(covered, phrase.start()).matches("[\\s,;]*")) {
                throw new DueWordsException(
                        "expected a date, a time or a recurrence (e.g. 'every monday at 9am')",
                        !DUE_KINDS.contains(phrase.kind()) ? phrase.start() : firstWord(words, covered));
            }
            covered = phrase.end();
        }
        if (kept.isEmpty() || !words.substring(covered).matches("[\\s,;]*")) {
            throw new DueWordsException(
                    "expected a date, a time or a recurrence (e.g. 'every monday at 9am')", firstWord(words, covered));
        }
        Map<String, Phrase> single = new LinkedHashMap<>();
        kept.forEach(p -> single.put(p.kind(), p));
        return parser.due(single.get("date"), single.get("time"), single.get("recurrence"))
                .withString(words.strip());
    }

    private static int firstWord(String text, int from) {
        int at = from;
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == ',')) {
            at++;
        }
        return at;
    }

    private QuickAddParse parse() {
        List<Phrase> kept = choose(scan());
        Map<String, Phrase> single = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        for (Phrase phrase : kept) {
            if (phrase.kind().equals("unknown-project")) {
                continue;
            }
            if (phrase.kind().equals("label")) {
                String label = (String) phrase.value();
                if (labels.stream().noneMatch(label::equalsIgnoreCase)) {
                    labels.add(label);
                }
            } else {
                single.put(phrase.kind(), phrase);
            }
        }
        String title = title(kept);
        if (title.isEmpty()) {
            throw new QuickAddSyntaxException(
                    "expected a task title besides the date, priority, project, " + "section, labels and assignee", 0);
        }
        Phrase unknown = kept.stream()
                .filter(p -> p.kind().equals("unknown-project"))
                .findFirst()
                .orElse(null);
        Due due = due(single.get("date"), single.get("time"), single.get("recurrence"));
        return new QuickAddParse(
                title,
                due == null || !due.recurring() ? due : due.withString(dueWords(kept)),
                (Priority) value(single.get("priority")),
                (String) value(single.get("project")),
                (String) value(single.get("section")),
                labels,
                (String) value(single.get("assignee")),
                (LocalDate) value(single.get("deadline")),
                (QuickAddParse.Length) value(single.get("duration")),
                (String) value(unknown),
                kept.stream()
                        .map(p -> new QuickAddToken(p.kind(), p.start(), p.end(), text.substring(p.start(), p.end())))
                        .toList());
    }

    /** Every phrase, left to right, tried at each word start. */
    private List<Phrase> scan() {
        List<Phrase> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            boolean wordStart =
                    !Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            Phrase phrase = wordStart ? phraseAt(i) : null;
            if (phrase != null) {
                found.add(phrase);
                i = phrase.end();
            } else {
                i++;
            }
        }
        return found;
    }

    private Phrase phraseAt(int i) {
        switch (text.charAt(i)) {
            case '#' -> {
                Phrase project = named("project", i);
                return project == null || knownProject.test((String) project.value())
                        ? project
                        : new Phrase("unknown-project", project.start(), project.end(), project.value());
            }
            case '{' -> {
                return deadline(i);
            }
            case '/' -> {
                return named("section", i);
            }
            case '@' -> {
                return named("label", i);
            }
            case '+' -> {
                int end = wordEnd(i + 1);
                String email = text.substring(i + 1, end);
                return EMAIL.matcher(email).matches() ? new Phrase("assignee", i, end, email) : null;
            }
            default -> {}
        }
        var priority = PRIORITY.matcher(text).region(i, text.length());
        if (priority.lookingAt()) {
            return new Phrase("priority", i, priority.end(), Priority.fromP(Integer.parseInt(priority.group(1))));
        }
        var duration = DURATION.matcher(text).region(i, text.length());
        if (duration.lookingAt()) {
            return duration(duration, i);
        }
        DatePhrases.Found found = RecurrencePhrases.at(text, i, today, now);
        if (found == null) {
            found = DatePhrases.at(text, i, today, now);
        }
        return found == null ? null : new Phrase(found.kind(), i, found.end(), found.value());
    }

    /** {@code {Dec 20}}: a deadline, one date. */
    private Phrase deadline(int at) {
        Matcher m = DEADLINE.matcher(text).region(at, text.length());
        if (!m.lookingAt() || !atWordEnd(m.end())) {
            return null;
        }
        String inner = m.group(1).strip();
        DatePhrases.Found found = inner.isEmpty() ? null : DatePhrases.at(inner, 0, today, now);
        if (found == null || found.end() != inner.length() || !(found.value() instanceof LocalDate date)) {
            throw new QuickAddSyntaxException(
                    "expected a date between '{' and '}' (a deadline, e.g. {Dec 20})", at + 1);
        }
        return new Phrase("deadline", at, m.end(), date);
    }

    /** {@code for 45 min}, {@code for 2h}, {@code for 3 days}. */
    private static Phrase duration(Matcher m, int at) {
        long amount = Long.parseLong(m.group(1));
        char unit = Character.toLowerCase(m.group(2).charAt(0));
        String kind = unit == 'd' ? "day" : "minute";
        long value = unit == 'h' ? amount * 60 : amount;
        if (value < 1 || value > MAX_DURATION) {
            throw new QuickAddSyntaxException("expected a duration of 1 to " + MAX_DURATION + " " + kind + "s", at);
        }
        return new Phrase("duration", at, m.end(), new QuickAddParse.Length((int) value, kind));
    }

    /** {@code #Name} or {@code #"Name with spaces"}. */
    private Phrase named(String kind, int marker) {
        int from = marker + 1;
        if (from < text.length() && text.charAt(from) == '"') {
            int close = text.indexOf('"', from + 1);
            if (close < 0) {
                throw new QuickAddSyntaxException("expected a closing '\"' for the " + kind + " name", from);
            }
            String name = text.substring(from + 1, close).strip().replaceAll("\\s+", " ");
            if (name.isEmpty()) {
                throw new QuickAddSyntaxException("expected a " + kind + " name between the quotes", from);
            }
            return atWordEnd(close + 1) ? new Phrase(kind, marker, close + 1, name) : null;
        }
        if (from == text.length() || !Character.isLetter(text.charAt(from))) {
            return null;
        }
        int end = wordEnd(from);
        return new Phrase(kind, marker, end, text.substring(from, end));
    }

    /** The end of the word starting at {@code from}, not counting a trailing comma or semicolon. */
    private int wordEnd(int from) {
        int end = from;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        while (end > from && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';')) {
            end--;
        }
        return end;
    }

    private boolean atWordEnd(int at) {
        return at == text.length() || Character.isWhitespace(text.charAt(at)) || wordEnd(at) == at;
    }

    /**
     * The last phrase of each single-valued kind wins (earlier ones go back to the title), and a time is
     * dropped when the date already has one ("in 3 hours").
     */
    private static List<Phrase> choose(List<Phrase> found) {
        Map<String, Phrase> last = new LinkedHashMap<>();
        for (Phrase phrase : found) {
            if (!multiple(phrase.kind())) {
                last.put(phrase.kind(), phrase);
            }
        }
        Phrase date = last.get("date");
        boolean dateHasTime = date != null && date.value() instanceof Instant;
        return found.stream()
                .filter(p -> multiple(p.kind()) || last.get(p.kind()) == p)
                .filter(p -> !(dateHasTime && p.kind().equals("time")))
                .toList();
    }

    private static boolean multiple(String kind) {
        return kind.equals("label") || kind.equals("unknown-project");
    }

    /** The words of the due: its date, time and recurrence tokens. */
    private String dueWords(List<Phrase> kept) {
        return String.join(
                " ",
                kept.stream()
                        .filter(p -> DUE_KINDS.contains(p.kind()))
                        .map(p -> text.substring(p.start(), p.end()))
                        .toList());
    }

    private Due due(Phrase date, Phrase time, Phrase recurrence) {
        if (recurrence != null) {
            return RecurringDues.due(
                    (Repeat) recurrence.value(),
                    date == null ? null : date.value(),
                    time == null ? null : (LocalTime) time.value(),
                    zone,
                    now);
        }
        if (date != null && date.value() instanceof Instant instant) {
            return Due.at(instant.atZone(zone));
        }
        if (time == null) {
            return date == null ? null : Due.on((LocalDate) date.value());
        }
        LocalTime at = (LocalTime) time.value();
        if (date != null) {
            return Due.at(ZonedDateTime.of((LocalDate) date.value(), at, zone));
        }
        ZonedDateTime todayAt = ZonedDateTime.of(today, at, zone);
        return Due.at(todayAt.toInstant().isAfter(now) ? todayAt : ZonedDateTime.of(today.plusDays(1), at, zone));
    }

    private String title(List<Phrase> kept) {
        StringBuilder title = new StringBuilder(text);
        for (Phrase phrase : kept) {
            if (phrase.kind().equals("unknown-project")) {
                continue;
            }
            int end = phrase.end();
            if (end < text.length() && (text.charAt(end) == ',' || text.charAt(end) == ';')) {
                end++;
            }
            for (int i = phrase.start(); i < end; i++) {
                title.setCharAt(i, ' ');
            }
        }
        return title.toString().strip().replaceAll("\\s+", " ").replaceAll("^[,;\\s]+|[,;\\s]+$", "");
    }

    private static Object value(Phrase phrase) {
        return phrase == null ? null : phrase.value();
    }
}
