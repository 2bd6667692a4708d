// Completing a task from a list: closed through the API; a recurring task moves to its next occurrence and
// says when ("Next: Tue 1 Dec"), any other is completed; either way with an Undo that reopens it.
import type { Due, Task } from '../../../api/types';
import { localDate, timeLabel } from '../../../lib/dates';
import { useToast } from '../../../shared/toast';
import { useCloseTask, useReopenTask } from '../api/tasks';

const DAY = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "Tue 1 Dec", with the time ("Tue 1 Dec 09:00") for a due at a time of day, in the user's zone. */
export function occurrenceLabel(due: Pick<Due, 'date' | 'datetime'>, timeZone: string): string {
  const date = due.datetime ? localDate(new Date(due.datetime), timeZone) : due.date;
  const day = DAY.format(new Date(`${date}T00:00:00Z`)).replace(',', '');
  return due.datetime ? `${day} ${timeLabel(due.datetime, timeZone)}` : day;
}

/** What a closed task's answer means in words: its next occurrence, or that it is done. */
export function closedText(saved: Task, timeZone: string): string {
  if (saved.status !== 'COMPLETED' && saved.due?.isRecurring) return `Next: ${occurrenceLabel(saved.due, timeZone)}`;
  return `Completed “${saved.title}”.`;
}

export function useComplete(timeZone: string) {
  const close = useCloseTask();
  const reopen = useReopenTask();
  const toast = useToast();
  // mutateAsync: the promise settles even when the item has left the list (a completed task leaves Today).
  return (task: Task) =>
    close
      .mutateAsync(task)
      .then((saved) =>
        toast.info(closedText(saved, timeZone), {
          label: 'Undo',
          run: () => void reopen.mutateAsync(saved).catch(() => {}),
        }),
      )
      .catch(() => {}); // refused: the hook rolled back and said why
}
