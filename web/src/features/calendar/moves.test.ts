import { describe, expect, it } from 'vitest';
import type { Task } from '../../api/types';
import { movedDue } from './moves';

const task = (due: Partial<NonNullable<Task['due']>> | null) =>
  ({
    id: 't1',
    due: due && {
      date: '2026-12-01',
      datetime: null,
      timezone: null,
      string: null,
      isRecurring: false,
      recurrence: null,
      fromCompletion: false,
      ...due,
    },
  }) as Task;

describe('a task moved by days on the calendar', () => {
  it('keeps a whole-day due a date', () => {
    expect(movedDue(task({}), 3, 'UTC')).toEqual({ date: '2026-12-04' });
  });
  it('keeps the time of day in the due’s own zone', () => {
    // 18:00 in New York is 23:00 UTC
    const due = { date: '2026-12-01', datetime: '2026-12-01T23:00:00Z', timezone: 'America/New_York' };
    expect(movedDue(task(due), -2, 'Europe/Berlin')).toEqual({
      datetime: '2026-11-29T18:00:00',
      timezone: 'America/New_York',
    });
  });
  it('moves a repeating task’s series: its rule sent again with the new start', () => {
    const due = {
      isRecurring: true,
      recurrence: 'DTSTART;VALUE=DATE:20261201\nRRULE:FREQ=WEEKLY;BYDAY=TU',
      fromCompletion: true,
    };
    expect(movedDue(task(due), 7, 'UTC')).toEqual({
      date: '2026-12-08',
      recurrence: 'FREQ=WEEKLY;BYDAY=TU',
      fromCompletion: true,
    });
  });
  it('has nothing to move without a due', () => {
    expect(movedDue(task(null), 1, 'UTC')).toBeNull();
  });
});
