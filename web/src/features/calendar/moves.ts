// How a task's due moves when it is dragged to another day of the calendar (plain logic, no network).
import type { Task, UpdateTask } from '../../api/types';
import { localDate, timeLabel } from '../../lib/dates';
import { splitRecurrence } from '../../shared/recurrence';
import { shiftDays } from './grid';

/**
 * The due of a task moved by whole days: its time of day kept (in its own zone), a recurring task's series moved
 * with it (its rule sent again, with the new date as its start).
 */
export function movedDue(task: Task, days: number, timeZone: string): UpdateTask['due'] {
  const due = task.due;
  if (!due) return null;
  const rule = due.recurrence ? splitRecurrence(due.recurrence).rule : '';
  const repeat = rule ? { recurrence: rule, fromCompletion: due.fromCompletion } : {};
  if (!due.datetime) return { date: shiftDays(due.date, days), ...repeat };
  const zone = due.timezone ?? timeZone;
  const date = shiftDays(localDate(new Date(due.datetime), zone), days);
  return { datetime: `${date}T${timeLabel(due.datetime, zone)}:00`, timezone: zone, ...repeat };
}
