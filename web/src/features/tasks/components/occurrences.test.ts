import { describe, expect, it } from 'vitest';
import type { Task } from '../../../api/types';
import { laterOccurrences } from './occurrences';

const task = (id: string, due: Partial<NonNullable<Task['due']>> | null): Task =>
  ({
    id,
    title: id,
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

describe("Upcoming's later occurrences", () => {
  it('expands recurring tasks after their current occurrence, within the days shown', () => {
    const gym = task('gym', {
      date: '2026-11-30',
      isRecurring: true,
      recurrence: 'DTSTART;VALUE=DATE:20261116\nRRULE:FREQ=WEEKLY;BYDAY=MO,WE,FR',
    });
    const got = laterOccurrences([gym, task('plain', {}), task('none', null)], '2026-11-29', '2026-12-05', 'UTC');
    expect(got.map((o) => [o.task.id, o.date])).toEqual([
      ['gym', '2026-12-02'],
      ['gym', '2026-12-04'],
    ]);
  });

  it('starts from today for an overdue one, keeps the time of day, and leaves every! alone', () => {
    const standup = task('standup', {
      date: '2026-11-20',
      datetime: '2026-11-20T09:00:00Z',
      timezone: 'UTC',
      isRecurring: true,
      recurrence: 'DTSTART;TZID=UTC:20261120T090000\nRRULE:FREQ=DAILY',
    });
    const water = task('water', {
      date: '2026-11-29',
      isRecurring: true,
      recurrence: 'FREQ=DAILY',
      fromCompletion: true,
    });
    const got = laterOccurrences([standup, water], '2026-11-29', '2026-11-30', 'UTC');
    expect(got.map((o) => [o.task.id, o.date, o.time])).toEqual([
      ['standup', '2026-11-29', '09:00'],
      ['standup', '2026-11-30', '09:00'],
    ]);
  });

  it('reads a bare rule from the current due when the recurrence has no DTSTART', () => {
    const t = task('t', { date: '2026-11-29', isRecurring: true, recurrence: 'FREQ=DAILY;INTERVAL=2' });
    expect(laterOccurrences([t], '2026-11-29', '2026-12-04', 'UTC').map((o) => o.date)).toEqual([
      '2026-12-01',
      '2026-12-03',
    ]);
  });
});
