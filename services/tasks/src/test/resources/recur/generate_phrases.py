#!/usr/bin/env python3
"""Writes phrases.csv for RecurrencePhrasesTest: phrase -> RRULE -> first occurrences, the occurrences computed by
python-dateutil's rrule (an implementation independent of lib-recur) and the moments by zoneinfo (fold=0: a time a
spring-forward skips moves on by the gap, one a fall-back repeats is the earlier). Run: python3 generate_phrases.py"""
import csv
from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo
from dateutil.rrule import rrulestr

NOW = "2026-01-15T10:00"
BASES = [
    ("every day", "FREQ=DAILY"),
    ("every other day", "FREQ=DAILY;INTERVAL=2"),
    ("every 3 days", "FREQ=DAILY;INTERVAL=3"),
    ("every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("every workday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    ("every weekend", "FREQ=WEEKLY;BYDAY=SA,SU"),
    ("every week", "FREQ=WEEKLY"),
    ("every 2 weeks", "FREQ=WEEKLY;INTERVAL=2"),
    ("every month", "FREQ=MONTHLY"),
    ("every 3 months", "FREQ=MONTHLY;INTERVAL=3"),
    ("every year", "FREQ=YEARLY"),
    ("every 2 years", "FREQ=YEARLY;INTERVAL=2"),
    ("every mon, wed, fri", "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
    ("every monday", "FREQ=WEEKLY;BYDAY=MO"),
    ("every tue and thu", "FREQ=WEEKLY;BYDAY=TU,TH"),
    ("every other monday", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO"),
    ("every 3rd friday", "FREQ=MONTHLY;BYDAY=3FR"),
    ("every first monday", "FREQ=MONTHLY;BYDAY=1MO"),
    ("every last friday", "FREQ=MONTHLY;BYDAY=-1FR"),
    ("every last day", "FREQ=MONTHLY;BYMONTHDAY=-1"),
    ("every 15th", "FREQ=MONTHLY;BYMONTHDAY=15"),
    ("every 31st", "FREQ=MONTHLY;BYMONTHDAY=31"),
    ("every month on the 1st and 15th", "FREQ=MONTHLY;BYMONTHDAY=1,15"),
    ("every jan 1", "FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=1"),
    ("every 29 feb", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29"),
]
# (words, local time or None)
TIMES = [(None, None), ("at 9am", time(9, 0)), ("17:30", time(17, 30)), ("at 2:30am", time(2, 30)), ("1:30am", time(1, 30))]
# zone, start dates near its DST changes (spring forward, fall back) and a month end / leap day
ZONES = {
    "America/New_York": ["2026-03-07", "2026-10-31", "2028-02-28"],
    "Europe/Berlin": ["2026-03-28", "2026-10-24", "2027-01-31"],
    "Australia/Sydney": ["2026-04-04", "2026-10-03"],
    "UTC": ["2028-02-29"],
}
ENDS = [(None, None, None), ("until 2026-12-31", date(2026, 12, 31), None), ("for 3 times", None, 3)]


def rows():
    out = []
    for zone, starts in ZONES.items():
        tz = ZoneInfo(zone)
        for phrase, rule in BASES:
            for t_words, t in TIMES:
                for s in starts:
                    for e_words, until, count in ENDS:
                        # keep the file readable: every base with every time and start, the ends on the first start
                        if e_words and s != starts[0]:
                            continue
                        if t_words in ("at 2:30am", "1:30am") and zone not in ("America/New_York", "Europe/Berlin"):
                            continue
                        out.append(case(zone, tz, phrase, rule, t_words, t, s, e_words, until, count))
    for zone, starts in (("America/New_York", ["2026-03-08", "2026-11-01"]), ("Europe/Berlin", ["2026-03-29", "2026-10-25"])):
        tz = ZoneInfo(zone)
        for s in starts:
            for t_words, t in (("at 0:00", time(0, 0)), ("at 9am", time(9, 0))):
                out.append(case(zone, tz, "every 3 hours", "FREQ=HOURLY;INTERVAL=3", t_words, t, s, None, None, None))
                out.append(case(zone, tz, "every hour", "FREQ=HOURLY", t_words, t, s, None, None, None))
    return [r for r in out if r]


def case(zone, tz, phrase, rule, t_words, t, s, e_words, until, count):
    start = date.fromisoformat(s)
    words = " ".join(w for w in [phrase, t_words, "starting " + s, e_words] if w)
    full = rule
    if until:
        if t is None:
            full += ";UNTIL=" + until.strftime("%Y%m%d")
        else:
            end_utc = datetime.combine(until, time(23, 59, 59), tz).astimezone(timezone.utc)
            full += ";UNTIL=" + end_utc.strftime("%Y%m%dT%H%M%SZ")
    if count:
        full += ";COUNT=%d" % count
    dtstart = datetime.combine(start, t or time(0, 0))
    py_rule = rule + (";UNTIL=" + until.strftime("%Y%m%dT235959") if until else "") + (";COUNT=%d" % count if count else "")
    occ = []
    if "INTERVAL=" in rule:
        # the start moves to the first day the rule matches without its interval ("every other monday" said on
        # a Thursday starts next Monday), which then anchors the interval
        single = ";".join(p for p in py_rule.split(";") if not p.startswith("INTERVAL="))
        nearest = next(iter(rrulestr(single, dtstart=dtstart)), None)
        rfc_first = next(iter(rrulestr(py_rule, dtstart=dtstart)), None)
        if nearest is not None and rfc_first is not None and nearest < rfc_first:
            dtstart = nearest
    for d in rrulestr(py_rule, dtstart=dtstart):
        occ.append(d)
        if len(occ) == 4:
            break
    if not occ:
        return None
    if t is None:
        locals_ = " ".join(d.date().isoformat() for d in occ)
        instants = ""
    else:
        locals_ = " ".join(d.strftime("%Y-%m-%dT%H:%M") for d in occ)
        instants = " ".join(
            d.replace(tzinfo=tz, fold=0).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") for d in occ)
    return [zone, NOW, words, full, locals_, instants]


with open("phrases.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["zone", "now", "phrase", "rrule", "occurrences", "instants"])
    w.writerows(rows())
