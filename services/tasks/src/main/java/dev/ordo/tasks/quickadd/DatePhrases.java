package dev.ordo.tasks.quickadd;

import dev.ordo.tasks.query.CalendarWords;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and time phrases of quick add, each a pattern tried at a word start. A phrase must end at a
 * word end (end of text, a space, or a comma or semicolon followed by one).
 */
final class DatePhrases {

    /** A recognised phrase: a LocalDate, a LocalTime, or an Instant for "in 3 hours" (a date and a time). */
    record Found(String kind, int end, Object value) {}

    static final String END = "(?=$|\\s|[,;](?:\\s|$))";
    private static final String ON = "(?:on\\s+)?";
    static final String COUNT = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)";
    private static final Map<String, Integer> COUNT_WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10));

    private record Rule(Pattern pattern, BiFunction<MatchResult, Context, Found> read) {
        Rule(String regex, BiFunction<MatchResult, Context, Found> read) {
            this(Pattern.compile(regex + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), read);
        }
    }

    private record Context(LocalDate today, Instant now) {}

    private static final List<Rule> RULES = List.of(
            new Rule(ON + "(\\d{4})-(\\d{2})-(\\d{2})", DatePhrases::iso),
            new Rule(
                    ON + "(" + CalendarWords.MONTH_PATTERN + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?",
                    (m, c) -> monthDay(m, c, m.group(1), m.group(2), m.group(3))),
            new Rule(
                    ON + "(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + CalendarWords.MONTH_PATTERN + ")\\.?(?:,?\\s+(\\d{4}))?",
                    (m, c) -> monthDay(m, c, m.group(2), m.group(1), m.group(3))),
            new Rule("today", (m, c) -> date(m, c.today())),
            new Rule("tomorrow", (m, c) -> date(m, c.today().plusDays(1))),
            new Rule("next\\s+week", (m, c) -> date(m, CalendarWords.nextWeek(c.today()))),
            new Rule("in\\s+" + COUNT + "\\s+(days?|weeks?|months?)", DatePhrases::inDays),
            new Rule("in\\s+" + COUNT + "\\s+(hours?|hrs?|minutes?|mins?)", DatePhrases::inHours),
            new Rule("(?:(?:on|next)\\s+)?(" + CalendarWords.WEEKDAY_PATTERN + ")", DatePhrases::weekday),
            new Rule("(?:on|next)\\s+(" + CalendarWords.ANY_WEEKDAY_PATTERN + ")", DatePhrases::weekday),
            new Rule("(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s?(am|pm|a\\.m\\.|p\\.m\\.)", DatePhrases::twelveHour),
            new Rule("(?:at\\s+)?(\\d{1,2}):(\\d{2})", (m, c) -> time(m, m.group(1), m.group(2))),
            new Rule("at\\s+(\\d{1,2})", (m, c) -> time(m, m.group(1), "00")),
            new Rule("(?:at\\s+)?noon", (m, c) -> new Found("time", m.end(), LocalTime.NOON)));

    private DatePhrases() {}

    /** The phrase starting at {@code start}, or null if none does. */
    static Found at(String text, int start, LocalDate today, Instant now) {
        Context context = new Context(today, now);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(text).region(start, text.length());
            if (m.lookingAt()) {
                Found found = rule.read().apply(m, context);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Found date(MatchResult m, LocalDate date) {
        return new Found("date", m.end(), date);
    }

    private static Found iso(MatchResult m, Context c) {
        try {
            return date(
                    m,
                    LocalDate.of(
                            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            throw new QuickAddSyntaxException("no such date '" + m.group() + "'", m.start());
        }
    }

    private static Found monthDay(MatchResult m, Context c, String monthWord, String day, String year) {
        Month month = CalendarWords.month(monthWord).orElseThrow();
        MonthDay monthDay = CalendarWords.monthDay(month, Integer.parseInt(day))
                .orElseThrow(() -> new QuickAddSyntaxException("no such date '" + m.group() + "'", m.start()));
        if (year == null) {
            return date(m, CalendarWords.nextMonthDay(c.today(), monthDay));
        }
        if (!monthDay.isValidYear(Integer.parseInt(year))) {
            throw new QuickAddSyntaxException("no such date '" + m.group() + "'", m.start());
        }
        return date(m, monthDay.atYear(Integer.parseInt(year)));
    }

    private static Found inDays(MatchResult m, Context c) {
        int count = count(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT).charAt(0)) {
            case 'd' -> date(m, c.today().plusDays(count));
            case 'w' -> date(m, c.today().plusWeeks(count));
            default -> date(m, c.today().plusMonths(count));
        };
    }

    private static Found inHours(MatchResult m, Context c) {
        int count = count(m.group(1));
        Duration duration = m.group(2).toLowerCase(Locale.ROOT).startsWith("h")
                ? Duration.ofHours(count)
                : Duration.ofMinutes(count);
        return new Found("date", m.end(), c.now().plus(duration));
    }

    private static Found weekday(MatchResult m, Context c) {
        return date(
                m,
                CalendarWords.nextWeekday(
                        c.today(), CalendarWords.weekday(m.group(1)).orElseThrow()));
    }

    private static Found twelveHour(MatchResult m, Context c) {
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour < 1 || hour > 12 || minute > 59) {
            return null;
        }
        boolean pm = m.group(3).toLowerCase(Locale.ROOT).startsWith("p");
        // 12am is midnight, 12pm is noon.
        return new Found("time", m.end(), LocalTime.of(hour % 12 + (pm ? 12 : 0), minute));
    }

    private static Found time(MatchResult m, String hour, String minute) {
        int h = Integer.parseInt(hour);
        int min = Integer.parseInt(minute);
        if (h > 23 || min > 59) {
            return null;
        }
        return new Found("time", m.end(), LocalTime.of(h, min));
    }

    static int count(String written) {
        Integer word = COUNT_WORDS.get(written.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(written);
    }
}
