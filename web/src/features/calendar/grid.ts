// The calendar's plain logic: which days a view shows, stepping between ranges, and which day each agenda item
// falls on. Dates are ISO dates (YYYY-MM-DD) and local date-times (YYYY-MM-DDTHH:mm[:ss]) in the user's zone;
// the arithmetic is calendar arithmetic in UTC, so no time zone of the browser gets in.
import type { AgendaItem } from '../../api/types';
import { addDays, daysBetween } from '../../lib/dates';

export type CalendarView = 'day' | 'week' | 'month';

/** 0 = Monday … 6 = Sunday (weeks start on Monday, ISO 8601). */
export function weekday(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

export const startOfWeek = (date: string) => addDays(date, -weekday(date));

export const startOfMonth = (date: string) => `${date.slice(0, 7)}-01`;

/** The ISO date `months` months after `date`, its day clamped to the length of that month (Jan 31 + 1 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

/** The days a view shows around `anchor`: one; Monday to Sunday; or whole weeks covering the month. */
export function visibleDays(view: CalendarView, anchor: string): string[] {
  let from: string;
  let to: string;
  if (view === 'day') return [anchor];
  if (view === 'week') {
    from = startOfWeek(anchor);
    to = addDays(from, 6);
  } else {
    const first = startOfMonth(anchor);
    from = startOfWeek(first);
    to = addDays(startOfWeek(addDays(addMonths(first, 1), -1)), 6);
  }
  return Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
}

/** The agenda's range for the view: its first and last visible day (both included). */
export function visibleRange(view: CalendarView, anchor: string): { from: string; to: string } {
  const days = visibleDays(view, anchor);
  return { from: days[0], to: days[days.length - 1] };
}

/** The anchor of the previous (-1) or next (+1) range. */
export function step(view: CalendarView, anchor: string, direction: -1 | 1): string {
  if (view === 'day') return addDays(anchor, direction);
  if (view === 'week') return addDays(anchor, 7 * direction);
  return addMonths(startOfMonth(anchor), direction);
}

const MONTH = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const FULL_DAY = new Intl.DateTimeFormat('en', {
  weekday: 'long',
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/** "November 2026", "Nov 30 – Dec 6, 2026", "Monday, November 30, 2026". */
export function rangeTitle(view: CalendarView, anchor: string): string {
  if (view === 'month') return MONTH.format(utc(anchor));
  if (view === 'day') return FULL_DAY.format(utc(anchor));
  const days = visibleDays('week', anchor);
  const last = days[6];
  return `${DAY_MONTH.format(utc(days[0]))} – ${DAY_MONTH.format(utc(last))}, ${last.slice(0, 4)}`;
}

/** "Monday, November 30, 2026": a day's accessible name. */
export const dayName = (date: string) => FULL_DAY.format(utc(date));

/**
 * A date-time of the agenda as a local date-time in `timeZone`: one with an offset or Z is an instant, turned
 * into the zone's wall-clock time; one without is local already.
 */
export function toLocal(value: string, timeZone: string): string {
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(value) || !value.includes('T')) return value.slice(0, 16);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** An agenda item placed: its first and last day, and its start time ("09:30") if it has one. */
export type Placed = { item: AgendaItem; first: string; last: string; time: string | null; endTime: string | null };

export function place(item: AgendaItem, timeZone: string): Placed {
  if (item.allDay || !item.start) {
    const first = (item.date ?? item.start ?? '').slice(0, 10);
    // an all-day event's end is its last day (the calendar service's rule)
    const end = item.end ? item.end.slice(0, 10) : first;
    return { item, first, last: end > first ? end : first, time: null, endTime: null };
  }
  const start = toLocal(item.start, timeZone);
  const end = item.end ? toLocal(item.end, timeZone) : start;
  const first = start.slice(0, 10);
  // an event ending at midnight does not show on the day it ends
  let last = end.slice(0, 10);
  if (last > first && end.slice(11, 16) === '00:00') last = addDays(last, -1);
  return { item, first, last: last < first ? first : last, time: start.slice(11, 16), endTime: end.slice(11, 16) };
}

/** Each visible day's items: all-day ones first, then by start time, then by title. */
export function itemsByDay(items: AgendaItem[], days: string[], timeZone: string): Map<string, Placed[]> {
  const byDay = new Map<string, Placed[]>(days.map((d) => [d, []]));
  for (const item of items) {
    const placed = place(item, timeZone);
    for (let d = placed.first < days[0] ? days[0] : placed.first; d <= placed.last; d = addDays(d, 1)) {
      const list = byDay.get(d);
      if (!list) break;
      list.push(placed);
    }
  }
  for (const list of byDay.values()) {
    list.sort(
      (a, b) =>
        (a.time === null ? 0 : 1) - (b.time === null ? 0 : 1) ||
        (a.time ?? '').localeCompare(b.time ?? '') ||
        a.item.title.localeCompare(b.item.title),
    );
  }
  return byDay;
}

/** A local date-time (or date) moved by whole days, its time of day kept. */
export function shiftDays(value: string, days: number): string {
  return addDays(value.slice(0, 10), days) + value.slice(10);
}

/** Minutes from one local date-time to another (wall-clock arithmetic). */
export function minutesBetween(from: string, to: string): number {
  const at = (v: string) => Date.parse(`${v.length === 10 ? `${v}T00:00` : v.slice(0, 16)}:00Z`);
  return Math.round((at(to) - at(from)) / 60_000);
}

/** A local date-time `minutes` after another ("YYYY-MM-DDTHH:mm:ss"). */
export function addMinutes(value: string, minutes: number): string {
  const t = Date.parse(`${value.slice(0, 16)}:00Z`) + minutes * 60_000;
  return new Date(t).toISOString().slice(0, 19);
}

/** Whole days from one ISO date to another. */
export const daysBetweenDates = (from: string, to: string) => daysBetween(from.slice(0, 10), to.slice(0, 10));
