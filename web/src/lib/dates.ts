// Dates as the user sees them: in their own time zone (the profile's), not the browser's.
import type { Due } from '../api/types';

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** The ISO date `days` after the ISO date `date` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return t.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

const WEEKDAY = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
const SHORT = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const SHORT_YEAR = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** "Today", "Tomorrow", "Yesterday", a weekday within the coming week, else "Dec 5" (with the year when not this year's). */
export function dayLabel(date: string, today: string): string {
  const diff = daysBetween(today, date);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  if (diff === -1) return 'Yesterday';
  const at = new Date(`${date}T00:00:00Z`);
  if (diff > 1 && diff < 7) return WEEKDAY.format(at);
  return date.slice(0, 4) === today.slice(0, 4) ? SHORT.format(at) : SHORT_YEAR.format(at);
}

/** "17:00" of a timed due, in the user's zone. */
export function timeLabel(datetime: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(new Date(datetime));
}

export type DueState = 'overdue' | 'today' | 'tomorrow' | 'upcoming' | 'later';

/** How a due reads in a chip: its words and whether it is overdue, today, soon or later. */
export function dueChip(
  due: Pick<Due, 'date' | 'datetime' | 'timezone'>,
  now: Date,
  timeZone: string,
): { text: string; state: DueState } {
  const today = localDate(now, timeZone);
  const time = due.datetime ? ` ${timeLabel(due.datetime, timeZone)}` : '';
  const text = dayLabel(due.date, today) + time;
  const diff = daysBetween(today, due.date);
  const overdue = due.datetime ? Date.parse(due.datetime) < now.getTime() : diff < 0;
  const state: DueState = overdue
    ? 'overdue'
    : diff === 0
      ? 'today'
      : diff === 1
        ? 'tomorrow'
        : diff < 7
          ? 'upcoming'
          : 'later';
  return { text, state };
}

/** A due for the API from a date input and an optional time input, read in the user's zone. */
export function dueFromInputs(
  date: string,
  time: string,
  timeZone: string,
): { date: string } | { datetime: string; timezone: string } | null {
  if (!date) return null;
  if (!time) return { date };
  return { datetime: `${date}T${time}:00`, timezone: timeZone };
}

/** The inputs' values for a due, in the user's zone. */
export function inputsFromDue(
  due: Pick<Due, 'date' | 'datetime' | 'timezone'> | null,
  timeZone: string,
): { date: string; time: string } {
  if (!due) return { date: '', time: '' };
  if (!due.datetime) return { date: due.date, time: '' };
  return { date: localDate(new Date(due.datetime), timeZone), time: timeLabel(due.datetime, timeZone) };
}

/** How far `timeZone`'s wall clock is ahead of UTC at `instantMs`, in milliseconds. */
function zoneOffset(instantMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instantMs));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant (ISO, UTC) of a wall-clock time `YYYY-MM-DDTHH:mm` (a datetime-local input's value) in `timeZone`.
 * A time shown twice (clocks going back) is its first; a time skipped (clocks going forward) is read with the
 * offset before the change, so it lands as far after the change as it was meant after the hour before it.
 */
export function instantFromLocal(local: string, timeZone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  const DAY = 86_400_000;
  const before = wall - zoneOffset(wall - DAY, timeZone);
  const after = wall - zoneOffset(wall + DAY, timeZone);
  const shows = (instant: number) => instant + zoneOffset(instant, timeZone) === wall;
  const valid = [before, after].filter(shows);
  return new Date(valid.length > 0 ? Math.min(...valid) : before).toISOString();
}

/** `YYYY-MM-DDTHH:mm` of `instant` in `timeZone` (a datetime-local input's value). */
export function localFromInstant(instant: Date, timeZone: string): string {
  return `${localDate(instant, timeZone)}T${timeLabel(instant.toISOString(), timeZone)}`;
}
