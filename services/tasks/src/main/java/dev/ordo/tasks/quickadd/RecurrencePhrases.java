package dev.ordo.tasks.quickadd;

import dev.ordo.tasks.query.CalendarWords;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "every …" phrases of quick add and of a due's {@code string}, read into a {@link Repeat}: the pattern
 * right after {@code every} (or {@code every!}, counting from completion), then in any order a time of day
 * ({@code at 9am}, {@code 17:30}), {@code starting <date>}, {@code until <date>} and {@code for N times}
 * (dates and times as {@link DatePhrases} reads them).
 *
 * <p>Patterns: {@code day}, {@code weekday}/{@code workday}, {@code weekend}, {@code other day|week|month|year},
 * {@code N days|weeks|months|years|hours}, {@code week}, {@code month}, {@code year}, {@code hour},
 * weekdays ({@code mon, wed and fri}), {@code other monday}, {@code 3rd friday}, {@code last friday},
 * {@code last day}, {@code 15th}, {@code 1st and 15th}, {@code month on the 1st and 15th}, {@code jan 1}
 * / {@code 1 jan}.
 */
final class RecurrencePhrases {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String END = DatePhrases.END;
    private static final String WEEKDAY = "(?:" + CalendarWords.ANY_WEEKDAY_PATTERN + ")";
    private static final String SEP = "\\s*(?:,\\s*and|,|and|&)\\s*";
    private static final String ORDINAL_DAY = "\\d{1,2}(?:st|nd|rd|th)";
    private static final Pattern EVERY = Pattern.compile("(?:every|each)(!?)\\s+", FLAGS);
    private static final Map<String, Integer> NTH = Map.ofEntries(
            Map.entry("1st", 1),
            Map.entry("first", 1),
            Map.entry("2nd", 2),
            Map.entry("second", 2),
            Map.entry("3rd", 3),
            Map.entry("third", 3),
            Map.entry("4th", 4),
            Map.entry("fourth", 4),
            Map.entry("5th", 5),
            Map.entry("fifth", 5),
            Map.entry("last", -1));

    private static final Pattern OTHER_UNIT = pattern("(?:other|2nd|second)\\s+(day|week|month|year)");
    private static final Pattern OTHER_WEEKDAYS = pattern("other\\s+(" + WEEKDAY + "(?:" + SEP + WEEKDAY + ")*)");
    private static final Pattern N_UNITS = pattern(DatePhrases.COUNT + "\\s+(days?|weeks?|months?|years?|hours?|hrs?)");
    private static final Pattern MONTH_ON_DAYS =
            pattern("month\\s+on\\s+(?:the\\s+)?(" + ORDINAL_DAY + "(?:" + SEP + "(?:the\\s+)?" + ORDINAL_DAY + ")*)");
    private static final Pattern MONTH_ON_LAST_DAY = pattern("month\\s+on\\s+the\\s+last\\s+day");
    private static final Pattern UNIT = pattern("(day|week|month|year|hour)");
    private static final Pattern WORKDAY = pattern("(?:weekday|workday|work\\s+day|business\\s+day)");
    private static final Pattern WEEKEND = pattern("weekends?");
    private static final Pattern LAST_DAY = pattern("last\\s+day(?:\\s+of\\s+the\\s+month)?");
    private static final Pattern NTH_WEEKDAY =
            pattern("(1st|first|2nd|second|3rd|third|4th|fourth|5th|fifth|last)\\s+(" + WEEKDAY + ")");
    private static final Pattern MONTH_DAY =
            pattern("(" + CalendarWords.MONTH_PATTERN + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Pattern DAY_MONTH =
            pattern("(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + CalendarWords.MONTH_PATTERN + ")\\.?");
    private static final Pattern DAYS =
            pattern("(?:the\\s+)?(" + ORDINAL_DAY + "(?:" + SEP + "(?:the\\s+)?" + ORDINAL_DAY + ")*)");
    private static final Pattern WEEKDAYS = pattern("(" + WEEKDAY + "(?:" + SEP + WEEKDAY + ")*)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern WEEKDAY_WORD = Pattern.compile(WEEKDAY, FLAGS);

    private static final Pattern GAP = Pattern.compile(",?\\s+");
    private static final Pattern STARTING =
            Pattern.compile("(?:starting|beginning|from|start)\\s+(?:on\\s+|at\\s+)?", FLAGS);
    private static final Pattern UNTIL =
            Pattern.compile("(?:until|till|til|ending|ends|through)\\s+(?:on\\s+)?", FLAGS);
    /** Up to six digits, so that asking for 10,000 times is read (and refused by the recurrence), not left as title. */
    private static final Pattern TIMES = Pattern.compile(
            "(?:for\\s+)?(\\d{1,6}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(?:times|occurrences)"
                    + END,
            FLAGS);

    private RecurrencePhrases() {}

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex + END, FLAGS);
    }

    /** The "every …" phrase starting at {@code start}, or null if none does (then "every" is a word of the title). */
    static DatePhrases.Found at(String text, int start, LocalDate today, Instant now) {
        Matcher every = EVERY.matcher(text).region(start, text.length());
        if (!every.lookingAt()) {
            return null;
        }
        boolean fromCompletion = !every.group(1).isEmpty();
        int from = every.end();
        Pattern[] order = {
            OTHER_UNIT,
            OTHER_WEEKDAYS,
            N_UNITS,
            MONTH_ON_LAST_DAY,
            MONTH_ON_DAYS,
            WORKDAY,
            WEEKEND,
            LAST_DAY,
            NTH_WEEKDAY,
            MONTH_DAY,
            DAY_MONTH,
            DAYS,
            UNIT,
            WEEKDAYS
        };
        for (Pattern p : order) {
            Matcher m = p.matcher(text).region(from, text.length());
            if (m.lookingAt()) {
                String rule = rule(p, m, from);
                if (rule != null) {
                    return modifiers(text, m.end(), rule, fromCompletion, today, now);
                }
            }
        }
        return null; // "every" in a title ("read every book") stays text
    }

    private static String rule(Pattern p, Matcher m, int at) {
        if (p == OTHER_UNIT) {
            return freq(m.group(1)) + ";INTERVAL=2";
        }
        if (p == OTHER_WEEKDAYS) {
            return "FREQ=WEEKLY;INTERVAL=2;BYDAY=" + byDay(m.group(1));
        }
        if (p == N_UNITS) {
            int n = DatePhrases.count(m.group(1));
            if (n < 1) {
                throw new QuickAddSyntaxException("expected a number of at least 1", at);
            }
            return freq(m.group(2)) + (n == 1 ? "" : ";INTERVAL=" + n);
        }
        if (p == MONTH_ON_LAST_DAY || p == LAST_DAY) {
            return "FREQ=MONTHLY;BYMONTHDAY=-1";
        }
        if (p == MONTH_ON_DAYS || p == DAYS) {
            return "FREQ=MONTHLY;BYMONTHDAY=" + monthDays(m.group(1), at);
        }
        if (p == WORKDAY) {
            return "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR";
        }
        if (p == WEEKEND) {
            return "FREQ=WEEKLY;BYDAY=SA,SU";
        }
        if (p == NTH_WEEKDAY) {
            return "FREQ=MONTHLY;BYDAY=" + NTH.get(m.group(1).toLowerCase(Locale.ROOT))
                    + code(CalendarWords.weekday(m.group(2)).orElseThrow());
        }
        if (p == MONTH_DAY || p == DAY_MONTH) {
            String monthWord = p == MONTH_DAY ? m.group(1) : m.group(2);
            int day = Integer.parseInt(p == MONTH_DAY ? m.group(2) : m.group(1));
            Month month = CalendarWords.month(monthWord).orElseThrow();
            if (CalendarWords.monthDay(month, day).isEmpty()) {
                throw new QuickAddSyntaxException("no such date '" + m.group() + "'", at);
            }
            return "FREQ=YEARLY;BYMONTH=" + month.getValue() + ";BYMONTHDAY=" + day;
        }
        if (p == UNIT) {
            return freq(m.group(1));
        }
        return "FREQ=WEEKLY;BYDAY=" + byDay(m.group(1));
    }

    /** Times, "starting …", "until …" and "for N times" after the pattern, each once, in any order. */
    private static DatePhrases.Found modifiers(
            String text, int end, String rule, boolean fromCompletion, LocalDate today, Instant now) {
        LocalTime time = null;
        LocalDate start = null;
        LocalDate until = null;
        Integer count = null;
        while (true) {
            Matcher gap = GAP.matcher(text).region(end, text.length());
            if (!gap.lookingAt()) {
                break;
            }
            int at = gap.end();
            Matcher m;
            DatePhrases.Found found;
            if (count == null && (m = TIMES.matcher(text).region(at, text.length())).lookingAt()) {
                count = DatePhrases.count(m.group(1));
                end = m.end();
            } else if (start == null
                    && (m = STARTING.matcher(text).region(at, text.length())).lookingAt()
                    && (found = date(text, m.end(), today, now)) != null) {
                start = (LocalDate) found.value();
                end = found.end();
            } else if (until == null
                    && (m = UNTIL.matcher(text).region(at, text.length())).lookingAt()
                    && (found = date(text, m.end(), today, now)) != null) {
                until = (LocalDate) found.value();
                end = found.end();
            } else if (time == null
                    && (found = DatePhrases.at(text, at, today, now)) != null
                    && found.kind().equals("time")) {
                time = (LocalTime) found.value();
                end = found.end();
            } else {
                break;
            }
        }
        return new DatePhrases.Found("recurrence", end, new Repeat(rule, start, time, until, count, fromCompletion));
    }

    private static DatePhrases.Found date(String text, int at, LocalDate today, Instant now) {
        DatePhrases.Found found = DatePhrases.at(text, at, today, now);
        return found != null && found.kind().equals("date") && found.value() instanceof LocalDate ? found : null;
    }

    private static String freq(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT).charAt(0)) {
            case 'd' -> "FREQ=DAILY";
            case 'w' -> "FREQ=WEEKLY";
            case 'm' -> "FREQ=MONTHLY";
            case 'y' -> "FREQ=YEARLY";
            default -> "FREQ=HOURLY";
        };
    }

    private static String byDay(String list) {
        List<String> days = new ArrayList<>();
        Matcher m = WEEKDAY_WORD.matcher(list);
        while (m.find()) {
            DayOfWeek day = CalendarWords.weekday(m.group()).orElseThrow();
            if (!days.contains(code(day))) {
                days.add(code(day));
            }
        }
        days.sort((a, b) -> Integer.compare(index(a), index(b)));
        return String.join(",", days);
    }

    private static int index(String code) {
        return List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU").indexOf(code);
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2);
    }

    private static String monthDays(String list, int at) {
        List<Integer> days = new ArrayList<>();
        Matcher m = NUMBER.matcher(list);
        while (m.find()) {
            int day = Integer.parseInt(m.group());
            if (day < 1 || day > 31) {
                throw new QuickAddSyntaxException("no day " + day + " in a month", at);
            }
            if (!days.contains(day)) {
                days.add(day);
            }
        }
        days.sort(Integer::compare);
        return String.join(",", days.stream().map(String::valueOf).toList());
    }
}
