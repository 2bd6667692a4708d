// RFC 5545 recurrence rules as the app shows and edits them: an RRULE (without its "RRULE:" prefix, e.g.
// "FREQ=WEEKLY;BYDAY=MO,WE") read into the picker's form and back, described in words, and expanded into
// occurrences by the `rrule` library. Dates are local (the user's zone): a rule's DTSTART is a local date or
// date-time, expanded as "floating" times (local wall-clock values carried in UTC Dates), so an occurrence
// at 09:00 stays at 09:00 across DST changes, as RFC 5545 says for a DTSTART with a TZID.
import { RRule } from 'rrule';

export const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export const WEEKDAY_SHORT: Record<Weekday, string> = {
  MO: 'Mon',
  TU: 'Tue',
  WE: 'Wed',
  TH: 'Thu',
  FR: 'Fri',
  SA: 'Sat',
  SU: 'Sun',
};
const WEEKDAY_LONG: Record<Weekday, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** The kinds the picker offers; `rule` is any other RRULE (kept and edited as text). */
export type RepeatKind = 'none' | 'daily' | 'weekly' | 'monthly-date' | 'monthly-weekday' | 'yearly' | 'rule';

export type RepeatForm = {
  kind: RepeatKind;
  /** every N days/weeks/months/years (1 = every). */
  interval: number;
  /** weekly: the days it repeats on. */
  days: Weekday[];
  end: 'never' | 'until' | 'count';
  /** YYYY-MM-DD, the last day it may occur (end = until). */
  until: string;
  /** how many times in all (end = count). */
  count: number;
  /** kind = rule: the rule as typed. */
  rule: string;
};

/** "FREQ=WEEKLY;BYDAY=MO" → {FREQ: 'WEEKLY', BYDAY: 'MO'} (keys upper-cased, a leading "RRULE:" dropped). */
export function ruleParts(rule: string): Record<string, string> {
  const parts: Record<string, string> = {};
  for (const part of rule
    .trim()
    .replace(/^RRULE:/i, '')
    .split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0)
      parts[part.slice(0, eq).trim().toUpperCase()] = part
        .slice(eq + 1)
        .trim()
        .toUpperCase();
  }
  return parts;
}

const ORDER = ['FREQ', 'INTERVAL', 'BYDAY', 'BYMONTH', 'BYMONTHDAY', 'BYSETPOS', 'COUNT', 'UNTIL', 'WKST'];

/** The parts as a rule, in a stable order (FREQ first), leaving out an INTERVAL of 1. */
export function formatRule(parts: Record<string, string>): string {
  const keys = Object.keys(parts).sort((a, b) => rank(a) - rank(b));
  return keys
    .filter((k) => !(k === 'INTERVAL' && parts[k] === '1'))
    .map((k) => `${k}=${parts[k]}`)
    .join(';');
}
const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);

/** Does the `rrule` library accept this rule (with a FREQ)? */
export function isValidRule(rule: string): boolean {
  if (!/^\s*(RRULE:)?\s*FREQ=/i.test(rule)) return false;
  try {
    const options = RRule.parseString(formatRule(ruleParts(rule)));
    return options.freq !== undefined;
  } catch {
    return false;
  }
}

/** The weekday of an ISO date. */
export function weekdayOf(date: string): Weekday {
  const day = new Date(`${date.slice(0, 10)}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return WEEKDAYS[(day + 6) % 7];
}

const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** Which of its month's weekdays a date is: its number (1–4) and whether it is the last one. */
export function nthWeekdayOf(date: string): { weekday: Weekday; nth: number; last: boolean } {
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  return { weekday: weekdayOf(date), nth: Math.ceil(d / 7), last: d + 7 > daysInMonth(y, m) };
}

export function defaultForm(start: string): RepeatForm {
  return { kind: 'none', interval: 1, days: [weekdayOf(start)], end: 'never', until: '', count: 10, rule: '' };
}

const UNTIL_DATE = /^(\d{4})(\d{2})(\d{2})/;

/** The picker's form for a rule (null: does not repeat); a rule the presets cannot show is kind `rule`. */
export function formFromRule(rule: string | null, start: string): RepeatForm {
  const form = defaultForm(start);
  if (!rule || !rule.trim()) return form;
  const p = ruleParts(rule);
  const interval = Number(p.INTERVAL ?? '1');
  const custom: RepeatForm = { ...form, kind: 'rule', rule: formatRule(p) };
  if (!Number.isInteger(interval) || interval < 1) return custom;
  const withEnd = (f: RepeatForm): RepeatForm => {
    const until = p.UNTIL?.match(UNTIL_DATE);
    if (until) return { ...f, end: 'until', until: `${until[1]}-${until[2]}-${until[3]}` };
    if (p.COUNT) return { ...f, end: 'count', count: Number(p.COUNT) };
    return f;
  };
  const others = Object.keys(p).filter((k) => !['FREQ', 'INTERVAL', 'COUNT', 'UNTIL'].includes(k));
  const only = (...allowed: string[]) => others.every((k) => allowed.includes(k));
  switch (p.FREQ) {
    case 'DAILY':
      return only() ? withEnd({ ...form, kind: 'daily', interval }) : custom;
    case 'WEEKLY': {
      if (!only('BYDAY', 'WKST')) return custom;
      const days = p.BYDAY ? p.BYDAY.split(',') : [weekdayOf(start)];
      if (!days.every((d): d is Weekday => (WEEKDAYS as readonly string[]).includes(d))) return custom;
      return withEnd({ ...form, kind: 'weekly', interval, days: WEEKDAYS.filter((d) => days.includes(d)) });
    }
    case 'MONTHLY': {
      if (only() || (only('BYMONTHDAY') && /^(-1|[1-9]|[12]\d|3[01])$/.test(p.BYMONTHDAY)))
        return withEnd({ ...form, kind: 'monthly-date', interval });
      if (only('BYDAY') && /^(-1|\+?[1-4])(MO|TU|WE|TH|FR|SA|SU)$/.test(p.BYDAY))
        return withEnd({ ...form, kind: 'monthly-weekday', interval });
      return custom;
    }
    case 'YEARLY':
      return only() || only('BYMONTH', 'BYMONTHDAY') ? withEnd({ ...form, kind: 'yearly', interval }) : custom;
    default:
      return custom;
  }
}

/** The rule a form stands for, from `start` (its DTSTART's date); null when it does not repeat or is not valid. */
export function ruleFromForm(form: RepeatForm, start: string): string | null {
  const parts: Record<string, string> = {};
  const [, month, day] = start.slice(0, 10).split('-').map(Number);
  switch (form.kind) {
    case 'none':
      return null;
    case 'rule':
      return isValidRule(form.rule) ? formatRule(ruleParts(form.rule)) : null;
    case 'daily':
      parts.FREQ = 'DAILY';
      break;
    case 'weekly':
      if (form.days.length === 0) return null;
      parts.FREQ = 'WEEKLY';
      parts.BYDAY = WEEKDAYS.filter((d) => form.days.includes(d)).join(',');
      break;
    case 'monthly-date':
      parts.FREQ = 'MONTHLY';
      parts.BYMONTHDAY = day === 31 ? '-1' : String(day);
      break;
    case 'monthly-weekday': {
      const { weekday, nth, last } = nthWeekdayOf(start);
      parts.FREQ = 'MONTHLY';
      parts.BYDAY = `${last && nth > 4 ? -1 : nth}${weekday}`;
      break;
    }
    case 'yearly':
      parts.FREQ = 'YEARLY';
      parts.BYMONTH = String(month);
      parts.BYMONTHDAY = String(day);
      break;
  }
  const interval = Math.floor(form.interval);
  if (!(interval >= 1 && interval <= 999)) return null;
  parts.INTERVAL = String(interval);
  if (form.end === 'count') {
    if (!(Number.isInteger(form.count) && form.count >= 1 && form.count <= 999)) return null;
    parts.COUNT = String(form.count);
  } else if (form.end === 'until') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(form.until) || form.until < start.slice(0, 10)) return null;
    parts.UNTIL = `${form.until.replaceAll('-', '')}T235959Z`;
  }
  return formatRule(parts);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

const every = (interval: number, unit: string) => (interval === 1 ? `Every ${unit}` : `Every ${interval} ${unit}s`);

function dayOfMonthWords(value: string): string {
  return value
    .split(',')
    .map((v) => (v === '-1' ? 'the last day' : `the ${ordinal(Number(v))}`))
    .join(' and ');
}

function byDayWords(value: string, long: boolean): string {
  return value
    .split(',')
    .map((v) => {
      const m = v.match(/^([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)$/);
      if (!m) return v;
      const name = (long ? WEEKDAY_LONG : WEEKDAY_SHORT)[m[2] as Weekday];
      if (!m[1]) return name;
      const n = Number(m[1]);
      return `the ${n === -1 ? 'last' : ordinal(n)} ${name}`;
    })
    .join(', ');
}

/** The rule in words: "Every week on Mon, Wed", "Every month on the last day", "Every 2 years, 5 times". */
export function describeRule(rule: string, start?: string): string {
  const p = ruleParts(rule);
  const interval = Number(p.INTERVAL ?? '1') || 1;
  let text: string;
  switch (p.FREQ) {
    case 'DAILY':
      text = every(interval, 'day');
      break;
    case 'WEEKLY':
      text = every(interval, 'week');
      if (p.BYDAY) {
        const days = p.BYDAY.split(',');
        const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR'];
        text =
          interval === 1 && days.length === 5 && weekdays.every((d) => days.includes(d))
            ? 'Every weekday'
            : interval === 1 && days.length === 7
              ? 'Every day'
              : `${text} on ${byDayWords(p.BYDAY, false)}`;
      } else if (start) text += ` on ${WEEKDAY_SHORT[weekdayOf(start)]}`;
      break;
    case 'MONTHLY':
      text = every(interval, 'month');
      if (p.BYMONTHDAY) text += ` on ${dayOfMonthWords(p.BYMONTHDAY)}`;
      else if (p.BYDAY) text += ` on ${byDayWords(p.BYDAY, true)}`;
      else if (start) text += ` on the ${ordinal(Number(start.slice(8, 10)))}`;
      break;
    case 'YEARLY': {
      text = every(interval, 'year');
      const month = Number(p.BYMONTH ?? start?.slice(5, 7));
      const day = Number(p.BYMONTHDAY ?? start?.slice(8, 10));
      if (month >= 1 && month <= 12 && day) text += ` on ${MONTHS[month - 1]} ${day}`;
      break;
    }
    case 'HOURLY':
      text = every(interval, 'hour');
      break;
    case 'MINUTELY':
      text = every(interval, 'minute');
      break;
    default:
      return rule;
  }
  const until = p.UNTIL?.match(UNTIL_DATE);
  if (until) text += `, until ${MONTHS[Number(until[2]) - 1]} ${Number(until[3])}, ${until[1]}`;
  else if (p.COUNT) text += `, ${p.COUNT} time${p.COUNT === '1' ? '' : 's'}`;
  return text;
}

/** A local DTSTART: a date (all day) or a date with a time, and the zone it is in when one was given. */
export type LocalStart = { date: string; time?: string; timeZone?: string };

/**
 * A recurrence as the API sends it: either the full RFC 5545 text ("DTSTART;TZID=Europe/Berlin:20261201T090000"
 * and "RRULE:FREQ=…" on two lines) or a bare RRULE. Gives the RRULE without its prefix, and DTSTART if present.
 */
export function splitRecurrence(text: string): { rule: string; start: LocalStart | null } {
  let rule = '';
  let start: LocalStart | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (/^RRULE:/i.test(line)) rule = line.slice(6);
    else if (/^DTSTART/i.test(line)) {
      const colon = line.indexOf(':');
      const params = line.slice(0, colon);
      const value = line.slice(colon + 1);
      const m = value.match(/^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z)?)?$/);
      if (m) {
        const tz = params.match(/TZID=([^;:]+)/i)?.[1] ?? (m[7] ? 'UTC' : undefined);
        start = {
          date: `${m[1]}-${m[2]}-${m[3]}`,
          ...(m[4] ? { time: `${m[4]}:${m[5]}` } : {}),
          ...(tz ? { timeZone: tz } : {}),
        };
      }
    } else if (/^FREQ=/i.test(line)) rule = line;
  }
  return { rule, start };
}

const floating = (date: string, time?: string) => new Date(`${date}T${time ?? '00:00'}:00Z`);
const isoDate = (d: Date) => d.toISOString().slice(0, 10);
const libraryRule = (rule: string, start: LocalStart) =>
  new RRule({
    ...RRule.parseString(formatRule(ruleParts(rule))),
    dtstart: floating(start.date, start.time),
    tzid: null,
  });

/**
 * The local dates of a rule's occurrences from `start` that fall within [from, to] (ISO dates, both included),
 * at most `limit` of them. A COUNT counts from `start`, as RFC 5545 has it.
 */
export function occurrencesBetween(
  rule: string,
  start: LocalStart,
  from: string,
  to: string,
  limit = 500,
): { date: string; time?: string }[] {
  if (!isValidRule(rule) || to < from) return [];
  const rrule = libraryRule(rule, start);
  const out: { date: string; time?: string }[] = [];
  rrule.between(floating(from), floating(to, '23:59'), true, (d) => {
    out.push({ date: isoDate(d), ...(start.time ? { time: d.toISOString().slice(11, 16) } : {}) });
    return out.length < limit;
  });
  return out;
}

/** The first occurrence after the local date `after` (exclusive), or null when the rule has ended. */
export function nextOccurrence(rule: string, start: LocalStart, after: string): string | null {
  if (!isValidRule(rule)) return null;
  const rrule = libraryRule(rule, start);
  const next = rrule.after(floating(after, '23:59'), false);
  return next ? isoDate(next) : null;
}
