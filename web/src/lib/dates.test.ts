import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayLabel,
  dueChip,
  dueFromInputs,
  inputsFromDue,
  instantFromLocal,
  localDate,
  localFromInstant,
} from './dates';

describe("dates in the user's zone", () => {
  it("reads the local date of an instant in a zone, not the browser's", () => {
    const instant = new Date('2026-11-21T23:30:00Z');
    expect(localDate(instant, 'UTC')).toBe('2026-11-21');
    expect(localDate(instant, 'Europe/Berlin')).toBe('2026-11-22');
    expect(localDate(instant, 'America/New_York')).toBe('2026-11-21');
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('names days relative to today', () => {
    expect(dayLabel('2026-11-21', '2026-11-21')).toBe('Today');
    expect(dayLabel('2026-11-22', '2026-11-21')).toBe('Tomorrow');
    expect(dayLabel('2026-11-20', '2026-11-21')).toBe('Yesterday');
    expect(dayLabel('2026-11-24', '2026-11-21')).toBe('Tuesday');
    expect(dayLabel('2026-12-05', '2026-11-21')).toBe('Dec 5');
    expect(dayLabel('2027-01-05', '2026-11-21')).toBe('Jan 5, 2027');
  });

  it('marks a timed due that has passed today as overdue, and a date-only due today as today', () => {
    const now = new Date('2026-11-21T18:00:00Z');
    expect(dueChip({ date: '2026-11-21', datetime: '2026-11-21T17:00:00Z', timezone: 'UTC' }, now, 'UTC')).toEqual({
      text: 'Today 17:00',
      state: 'overdue',
    });
    expect(dueChip({ date: '2026-11-21', datetime: null, timezone: null }, now, 'UTC')).toEqual({
      text: 'Today',
      state: 'today',
    });
    expect(dueChip({ date: '2026-11-22', datetime: null, timezone: null }, now, 'UTC').state).toBe('tomorrow');
    expect(dueChip({ date: '2026-11-20', datetime: null, timezone: null }, now, 'UTC').state).toBe('overdue');
  });

  it('turns the pickers into a due and back', () => {
    expect(dueFromInputs('', '', 'UTC')).toBeNull();
    expect(dueFromInputs('2026-12-01', '', 'UTC')).toEqual({ date: '2026-12-01' });
    expect(dueFromInputs('2026-12-01', '09:30', 'Europe/Berlin')).toEqual({
      datetime: '2026-12-01T09:30:00',
      timezone: 'Europe/Berlin',
    });
    expect(
      inputsFromDue(
        { date: '2026-12-01', datetime: '2026-12-01T08:30:00Z', timezone: 'Europe/Berlin' },
        'Europe/Berlin',
      ),
    ).toEqual({ date: '2026-12-01', time: '09:30' });
  });
});

describe('a wall-clock time in a zone, as an instant', () => {
  it('reads the time in the given zone, not the browser’s', () => {
    expect(instantFromLocal('2026-12-01T09:30', 'Europe/Berlin')).toBe('2026-12-01T08:30:00.000Z');
    expect(instantFromLocal('2026-07-01T09:30', 'Europe/Berlin')).toBe('2026-07-01T07:30:00.000Z');
    expect(instantFromLocal('2026-12-01T09:30', 'Asia/Kolkata')).toBe('2026-12-01T04:00:00.000Z');
    expect(instantFromLocal('2026-12-31T23:45', 'America/New_York')).toBe('2027-01-01T04:45:00.000Z');
    expect(instantFromLocal('2026-12-01T09:30', 'UTC')).toBe('2026-12-01T09:30:00.000Z');
  });

  it('takes the first of a time shown twice, and moves a skipped one past the change', () => {
    // Berlin: 03:00 CEST → 02:00 CET on 25 Oct 2026; 02:00 CET → 03:00 CEST on 29 Mar 2026
    expect(instantFromLocal('2026-10-25T02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    expect(instantFromLocal('2026-03-29T02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what is not a datetime-local value, and goes back to one', () => {
    expect(instantFromLocal('', 'UTC')).toBeNull();
    expect(instantFromLocal('2026-12-01', 'UTC')).toBeNull();
    expect(localFromInstant(new Date('2026-12-01T08:30:00Z'), 'Europe/Berlin')).toBe('2026-12-01T09:30');
  });
});
