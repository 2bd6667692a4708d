package dev.ordo.tasks.query;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Parses one atom text ({@code due before: Dec 5}, {@code #My Work}, {@code p1}) into a filter. */
final class AtomParser {

    private static final Pattern PRIORITY = Pattern.compile("p\\d+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Map<String, String> STATUSES = Map.of(
            "pending",
            "PENDING",
            "in_progress",
            "IN_PROGRESS",
            "completed",
            "COMPLETED",
            "cancelled",
            "CANCELLED",
            "canceled",
            "CANCELLED");
    private static final String EXAMPLES =
            "try today, overdue, no date, next 7 days, p1, #Project, /Section, @label, due before: <date>, "
                    + "assigned to: me, status: pending or search: <text>";

    private final FilterToken token;
    private final String text;
    private int i;

    private AtomParser(FilterToken token) {
        this.token = token;
        this.text = token.text();
    }

    static Filter parse(FilterToken token) {
        return new AtomParser(token).atom();
    }

    private Filter atom() {
        switch (text.charAt(0)) {
            case '#' -> {
                boolean withSubprojects = text.startsWith("##");
                return new Filter.InProject(name(withSubprojects ? "##" : "#", "a project name"), withSubprojects);
            }
            case '/' -> {
                return new Filter.InSection(name("/", "a section name"));
            }
            case '@' -> {
                return new Filter.HasLabel(name("@", "a label name"));
            }
            default -> {}
        }
        if (!Character.isLetter(text.charAt(0))) {
            throw unknown();
        }
        String word = word();
        Filter filter = switch (word) {
            case "today" -> new Filter.Today();
            case "tomorrow" -> new Filter.Tomorrow();
            case "overdue" -> new Filter.Overdue();
            case "no" -> no();
            case "next" -> nextDays();
            case "due" -> due();
            case "assigned" -> new Filter.AssignedTo(person("assigned", "to"));
            case "created" -> new Filter.CreatedBy(person("created", "by"));
            case "status" -> status();
            case "search" -> search();
            default -> priority(word);
        };
        skipSpaces();
        if (i < text.length()) {
            throw new FilterSyntaxException(
                    "unexpected '" + text.substring(i) + "'", pos(i), "join filters with & or |");
        }
        return filter;
    }

    private String name(String marker, String what) {
        i = marker.length();
        skipSpaces();
        if (i == text.length()) {
            throw new FilterSyntaxException("expected " + what + " after '" + marker + "'", pos(i));
        }
        return text.substring(i);
    }

    private Filter priority(String word) {
        if (!PRIORITY.matcher(word).matches()) {
            throw unknown();
        }
        String digits = word.substring(1);
        if (!digits.matches("[1-4]")) {
            throw new FilterSyntaxException("unknown priority '" + text.substring(0, i) + "'", pos(0), "use p1 to p4");
        }
        return new Filter.HasPriority(Priority.fromP(Integer.parseInt(digits)));
    }

    private Filter no() {
        int at = skipSpaces();
        String what = word();
        if (what.equals("due")) {
            at = skipSpaces();
            what = word().equals("date") ? "date" : "";
        }
        return switch (what) {
            case "date" -> new Filter.NoDate();
            case "labels", "label" -> new Filter.NoLabels();
            default -> throw new FilterSyntaxException("expected 'date' or 'labels' after 'no'", pos(at));
        };
    }

    private Filter nextDays() {
        int at = skipSpaces();
        int start = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (start == i) {
            throw new FilterSyntaxException(
                    "expected a number of days after 'next'", pos(at), "for example: next 7 days");
        }
        String digits = text.substring(start, i);
        int days = digits.length() > 4 ? Integer.MAX_VALUE : Integer.parseInt(digits);
        if (days < 1 || days > 3660) {
            throw new FilterSyntaxException("the number of days must be between 1 and 3660", pos(start));
        }
        at = skipSpaces();
        String unit = word();
        if (!unit.equals("days") && !unit.equals("day")) {
            throw new FilterSyntaxException("expected 'days' after 'next " + digits + "'", pos(at));
        }
        return new Filter.NextDays(days);
    }

    private Filter due() {
        int at = skipSpaces();
        String which = word();
        if (!which.equals("before") && !which.equals("after")) {
            throw new FilterSyntaxException("expected 'before:' or 'after:' after 'due'", pos(at));
        }
        String keyword = "due " + which + ":";
        colon("due " + which);
        String written = rest("a date", keyword);
        DateRef date = DateParser.parse(written, pos(i));
        i = text.length();
        return which.equals("before") ? new Filter.DueBefore(date) : new Filter.DueAfter(date);
    }

    private Filter.Person person(String first, String second) {
        int at = skipSpaces();
        if (!word().equals(second)) {
            throw new FilterSyntaxException("expected '" + second + ":' after '" + first + "'", pos(at));
        }
        String keyword = first + " " + second;
        colon(keyword);
        int start = skipSpaces();
        String who = rest("'me', 'others' or an email", keyword + ":");
        i = text.length();
        return switch (who.toLowerCase(Locale.ROOT)) {
            case "me" -> new Filter.Me();
            case "others" -> new Filter.Others();
            default -> {
                if (!EMAIL.matcher(who).matches()) {
                    throw new FilterSyntaxException(
                            "expected 'me', 'others' or an email after '" + keyword + ":'",
                            pos(start),
                            "found '" + who + "'");
                }
                yield new Filter.Email(who);
            }
        };
    }

    private Filter status() {
        colon("status");
        int start = skipSpaces();
        String value = rest("a status", "status:").toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        i = text.length();
        String status = STATUSES.get(value);
        if (status == null) {
            throw new FilterSyntaxException(
                    "unknown status '" + text.substring(start) + "'",
                    pos(start),
                    "use pending, in_progress, completed or cancelled");
        }
        return new Filter.HasStatus(status);
    }

    private Filter search() {
        colon("search");
        int start = skipSpaces();
        String words = rest("text", "search:");
        i = text.length();
        if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new FilterSyntaxException("expected words to search for after 'search:'", pos(start));
        }
        return new Filter.Search(words);
    }

    private void colon(String keyword) {
        skipSpaces();
        if (i == text.length() || text.charAt(i) != ':') {
            throw new FilterSyntaxException("expected ':' after '" + keyword + "'", pos(i));
        }
        i++;
    }

    /** The rest of the atom after the cursor (and spaces), which must not be empty. */
    private String rest(String what, String keyword) {
        skipSpaces();
        if (i == text.length()) {
            throw new FilterSyntaxException("expected " + what + " after '" + keyword + "'", pos(i));
        }
        return text.substring(i);
    }

    /** A run of letters, digits and underscores at the cursor, lower-cased; empty if there is none. */
    private String word() {
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return text.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private int skipSpaces() {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int pos(int index) {
        return token.offset(index);
    }

    private FilterSyntaxException unknown() {
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return new FilterSyntaxException("unknown filter '" + shown + "'", token.start(), EXAMPLES);
    }
}
