// Upcoming's later occurrences of recurring tasks, expanded in the browser from each task's rule.
import type { Task } from '../../../api/types';
import { addDays, localDate, timeLabel } from '../../../lib/dates';
import { occurrencesBetween, splitRecurrence } from '../../../shared/recurrence';

/** A later occurrence of a recurring task, on a day of Upcoming (the task itself sits on its current one). */
export type Occurrence = { task: Task; date: string; time: string | null };

/**
 * The occurrences of the recurring tasks after their current one, from `from` to `to` (ISO dates, in the user's
 * zone), expanded here from each task's rule with the `rrule` library. A task whose next date counts from its
 * completion (every!) has none yet.
 */
export function laterOccurrences(tasks: Task[], from: string, to: string, timeZone: string): Occurrence[] {
  const out: Occurrence[] = [];
  for (const task of tasks) {
    const due = task.due;
    if (!due?.isRecurring || !due.recurrence || due.fromCompletion) continue;
    const { rule, start } = splitRecurrence(due.recurrence);
    const current = due.datetime ? localDate(new Date(due.datetime), timeZone) : due.date;
    const first = start ?? { date: current, ...(due.datetime ? { time: timeLabel(due.datetime, timeZone) } : {}) };
    const after = addDays(current, 1) > from ? addDays(current, 1) : from;
    for (const o of occurrencesBetween(rule, first, after, to, 50)) {
      out.push({ task, date: o.date, time: o.time ?? null });
    }
  }
  return out;
}
