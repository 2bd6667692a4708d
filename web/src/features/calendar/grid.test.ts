import { describe, expect, it } from 'vitest';
import type { AgendaItem } from '../../api/types';
import {
  addMinutes,
  addMonths,
  itemsByDay,
  minutesBetween,
  place,
  rangeTitle,
  shiftDays,
  startOfWeek,
  step,
  toLocal,
  visibleDays,
  visibleRange,
  weekday,
} from './grid';

const item = (over: Partial<AgendaItem>): AgendaItem => ({
  type: 'event',
  id: 'e1',
  title: 'Standup',
  date: null,
  start: null,
  end: null,
  allDay: false,
  occurrence: null,
  projectId: null,
  recurring: false,
  ...over,
});

describe('weeks start on Monday', () => {
  it('numbers the weekdays from Monday', () => {
    expect(weekday('2026-11-30')).toBe(0); // a Monday
    expect(weekday('2026-12-06')).toBe(6); // a Sunday
  });
  it('finds the Monday of a week, across a month and a year', () => {
    expect(startOfWeek('2026-12-06')).toBe('2026-11-30');
    expect(startOfWeek('2026-11-30')).toBe('2026-11-30');
    expect(startOfWeek('2027-01-01')).toBe('2026-12-28');
  });
});

describe('the days a view shows', () => {
  it('a week: Monday to Sunday around the day', () => {
    expect(visibleDays('week', '2026-12-02')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
  });
  it('a month: whole weeks covering it', () => {
    const days = visibleDays('month', '2026-12-15');
    expect(days[0]).toBe('2026-11-30');
    expect(days[days.length - 1]).toBe('2027-01-03');
    expect(days.length % 7).toBe(0);
    expect(days).toHaveLength(35);
  });
  it('a month that starts on a Monday and needs six weeks or only four', () => {
    // February 2027 starts on a Monday and has 28 days: exactly four weeks
    expect(visibleDays('month', '2027-02-10')).toHaveLength(28);
    // August 2026 starts on a Saturday and ends on a Monday: six weeks
    const august = visibleDays('month', '2026-08-01');
    expect(august).toHaveLength(42);
    expect(august[0]).toBe('2026-07-27');
  });
  it('a leap February', () => {
    const days = visibleDays('month', '2028-02-29');
    expect(days).toContain('2028-02-29');
    expect(days[0]).toBe('2028-01-31');
    expect(days[days.length - 1]).toBe('2028-03-05');
  });
  it('a day: that day; the range is its first and last day', () => {
    expect(visibleDays('day', '2026-12-02')).toEqual(['2026-12-02']);
    expect(visibleRange('week', '2026-12-02')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(visibleRange('month', '2026-12-02')).toEqual({ from: '2026-11-30', to: '2027-01-03' });
  });
});

describe('stepping', () => {
  it('by a day, a week, a month', () => {
    expect(step('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(step('week', '2026-12-02', -1)).toBe('2026-11-25');
    expect(step('month', '2026-12-15', 1)).toBe('2027-01-01');
    expect(step('month', '2026-03-31', -1)).toBe('2026-02-01');
  });
  it('adds months with the day clamped to the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });
  it('names the range', () => {
    expect(rangeTitle('month', '2026-12-15')).toBe('December 2026');
    expect(rangeTitle('week', '2026-12-29')).toBe('Dec 28 – Jan 3, 2027');
    expect(rangeTitle('day', '2026-11-30')).toBe('Monday, November 30, 2026');
  });
});

describe('local date-times', () => {
  it('keeps a local one as it is', () => {
    expect(toLocal('2026-12-01T09:30:00', 'Europe/Berlin')).toBe('2026-12-01T09:30');
  });
  it('turns an instant into the zone’s wall-clock time, across the date line', () => {
    expect(toLocal('2026-12-01T23:30:00Z', 'Europe/Berlin')).toBe('2026-12-02T00:30');
    expect(toLocal('2026-12-01T02:00:00+00:00', 'America/New_York')).toBe('2026-11-30T21:00');
  });
  it('shifts by days keeping the time, and measures minutes on the wall clock', () => {
    expect(shiftDays('2026-12-31T09:00:00', 1)).toBe('2027-01-01T09:00:00');
    expect(shiftDays('2026-12-31', -31)).toBe('2026-11-30');
    expect(minutesBetween('2026-12-01T09:00', '2026-12-01T10:30')).toBe(90);
    expect(minutesBetween('2026-12-01', '2026-12-03')).toBe(2880);
    expect(addMinutes('2026-12-01T23:30:00', 60)).toBe('2026-12-02T00:30:00');
  });
});

describe('placing agenda items on days', () => {
  const week = visibleDays('week', '2026-12-02');
  it('a task with a date, a timed event, sorted: all-day first, then by time', () => {
    const byDay = itemsByDay(
      [
        item({ id: 'late', title: 'Late', start: '2026-12-01T17:00:00', end: '2026-12-01T18:00:00' }),
        item({ type: 'task', id: 't', title: 'Pay rent', date: '2026-12-01', allDay: true }),
        item({ id: 'early', title: 'Early', start: '2026-12-01T08:00:00', end: '2026-12-01T08:30:00' }),
      ],
      week,
      'UTC',
    );
    expect(byDay.get('2026-12-01')!.map((p) => p.item.id)).toEqual(['t', 'early', 'late']);
    expect(byDay.get('2026-12-01')![1].time).toBe('08:00');
    expect(byDay.get('2026-12-02')).toEqual([]);
  });
  it('an all-day event over three days shows on each (its end is its last day)', () => {
    const byDay = itemsByDay(
      [item({ allDay: true, date: '2026-12-03', start: '2026-12-03', end: '2026-12-05' })],
      week,
      'UTC',
    );
    expect(week.filter((d) => byDay.get(d)!.length > 0)).toEqual(['2026-12-03', '2026-12-04', '2026-12-05']);
  });
  it('a one-day all-day event, and an event ending at midnight, stay on their day', () => {
    expect(place(item({ allDay: true, start: '2026-12-03', end: '2026-12-03' }), 'UTC')).toMatchObject({
      first: '2026-12-03',
      last: '2026-12-03',
    });
    expect(place(item({ start: '2026-12-03T22:00:00', end: '2026-12-04T00:00:00' }), 'UTC')).toMatchObject({
      first: '2026-12-03',
      last: '2026-12-03',
      time: '22:00',
    });
  });
  it('an event started before the range shows from its first visible day; one after it not at all', () => {
    const byDay = itemsByDay(
      [
        item({ id: 'long', allDay: true, start: '2026-11-20', end: '2026-12-01' }),
        item({ id: 'later', start: '2026-12-10T09:00:00', end: '2026-12-10T10:00:00' }),
      ],
      week,
      'UTC',
    );
    expect(week.filter((d) => byDay.get(d)!.length > 0)).toEqual(['2026-11-30', '2026-12-01']);
  });
  it('an instant is placed on the day of the user’s zone', () => {
    const byDay = itemsByDay(
      [item({ start: '2026-12-01T23:30:00Z', end: '2026-12-02T00:15:00Z' })],
      week,
      'Asia/Tokyo',
    );
    expect(byDay.get('2026-12-02')!.map((p) => p.time)).toEqual(['08:30']);
  });
});
