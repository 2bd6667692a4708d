// Reminders in the task detail: mine on this task (the next to fire first), added with a quick pick (at the due
// time, 30 minutes, an hour or a day before) or at a date and time of my choosing, on the channels I tick; removed
// with ×. What the server refuses is said in words ("Give the task a due time first").
import { useState } from 'react';
import { ApiError, PROBLEM_TYPES } from '../../../api/problem';
import type { Reminder, Task } from '../../../api/types';
import { addDays, instantFromLocal, localDate, localFromInstant } from '../../../lib/dates';
import { useMe } from '../../auth';
import {
  CHANNELS,
  newRequestKey,
  useCreateReminder,
  useDeleteReminder,
  useReminders,
  type Channel,
} from '../api/reminders';
import { channelsText, dateTimeText, reminderText } from '../describe';
import { ClockIcon } from './icons';
import './notifications.css';

const QUICK_PICKS: [number, string][] = [
  [0, 'At due time'],
  [30, '30 min before'],
  [60, '1 hour before'],
  [1440, '1 day before'],
];

const CHANNEL_LABELS: Record<Channel, string> = { in_app: 'In app', email: 'Email', push: 'Push' };

/** What to tell the user when the server refuses a reminder. */
function reminderProblem(error: Error): string {
  if (error instanceof ApiError) {
    if (error.is(PROBLEM_TYPES.reminderNeedsDueTime)) return 'Give the task a due time first.';
    if (error.is(PROBLEM_TYPES.reminderInThePast)) return 'That time has already passed. Pick a later one.';
  }
  return error.message;
}

export function TaskReminders({ task }: { task: Pick<Task, 'id' | 'due' | 'status'> }) {
  const timeZone = useMe().data?.timezone ?? 'UTC';
  const reminders = useReminders(task.id);
  const create = useCreateReminder(task.id);
  const remove = useDeleteReminder(task.id);
  const [channels, setChannels] = useState<Channel[]>(['in_app', 'push']);
  const [custom, setCustom] = useState(false);
  const [at, setAt] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const timed = !!task.due?.datetime;
  const open = task.status === 'PENDING' || task.status === 'IN_PROGRESS';
  // When each fires, from the task's due as this dialog shows it (the server moves relative ones a moment after a
  // change of the due, through Kafka), else as the server says; the next to fire first.
  const due = task.due?.datetime ? Date.parse(task.due.datetime) : null;
  const firesAt = (r: Reminder) =>
    r.minutesBefore === null
      ? (r.fireAt ?? r.at)
      : due === null
        ? null
        : new Date(due - r.minutesBefore * 60_000).toISOString();
  const order = (r: Reminder) => {
    const at = firesAt(r);
    return at ? Date.parse(at) : Infinity;
  };
  const items = [...(reminders.data ?? [])].sort(
    (a, b) => order(a) - order(b) || a.createdAt.localeCompare(b.createdAt),
  );
  const set = new Set(items.map((r) => r.minutesBefore));

  const add = (timing: { minutesBefore: number } | { at: string }) => {
    if (channels.length === 0) {
      setProblem('Tick at least one way to be reminded.');
      return;
    }
    setProblem(null);
    create.mutate(
      { ...timing, channels, key: newRequestKey() },
      {
        onSuccess: () => {
          setCustom(false);
          setAt('');
        },
        onError: (e) => setProblem(reminderProblem(e)),
      },
    );
  };

  const openCustom = () => {
    if (!custom && !at) {
      // start from the due time, else tomorrow at 9:00
      setAt(
        task.due?.datetime
          ? localFromInstant(new Date(task.due.datetime), timeZone)
          : `${addDays(localDate(new Date(), timeZone), 1)}T09:00`,
      );
    }
    setCustom((c) => !c);
  };

  return (
    <section className="reminders" aria-labelledby="reminders-title">
      <h3 id="reminders-title">Reminders</h3>
      {reminders.isPending ? (
        <p className="muted small" aria-busy="true">
          Loading…
        </p>
      ) : reminders.error ? (
        <p className="form-error small" role="alert">
          {reminders.error.message}
        </p>
      ) : items.length === 0 ? (
        <p className="muted small">No reminders.</p>
      ) : (
        <ul className="reminder-list" aria-labelledby="reminders-title">
          {items.map((r) => {
            const text = reminderText(r, timeZone);
            return (
              <li key={r.id} className="reminder">
                <ClockIcon />
                <span className="reminder-text">
                  <span>{text}</span>
                  <span className="muted small">
                    {firesAt(r) ? dateTimeText(firesAt(r) ?? '', timeZone) : 'When the task has a due time'} ·{' '}
                    {channelsText(r.channels)}
                  </span>
                </span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove reminder: ${text}`}
                  title="Remove"
                  disabled={remove.isPending && remove.variables?.id === r.id}
                  onClick={() => remove.mutate(r, { onError: (e) => setProblem(`Could not remove it. ${e.message}`) })}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {open && (
        <>
          <div className="reminder-picks" role="group" aria-label="Add a reminder">
            {QUICK_PICKS.map(([minutes, label]) => (
              <button
                key={minutes}
                type="button"
                disabled={create.isPending || set.has(minutes)}
                title={set.has(minutes) ? 'Already set' : undefined}
                onClick={() => add({ minutesBefore: minutes })}
              >
                {label}
              </button>
            ))}
            <button type="button" aria-expanded={custom} aria-controls="reminder-custom" onClick={openCustom}>
              Custom…
            </button>
          </div>
          {custom && (
            <form
              id="reminder-custom"
              className="reminder-custom"
              onSubmit={(e) => {
                e.preventDefault();
                const instant = instantFromLocal(at, timeZone);
                if (!instant) setProblem('Pick a date and a time.');
                else add({ at: instant });
              }}
            >
              <label htmlFor="reminder-at">Remind me on</label>
              <input
                id="reminder-at"
                type="datetime-local"
                required
                value={at}
                onChange={(e) => setAt(e.target.value)}
              />
              <button type="submit" className="primary" disabled={create.isPending}>
                Add reminder
              </button>
            </form>
          )}
          <fieldset className="reminder-channels">
            <legend className="small muted">Remind me</legend>
            {CHANNELS.map((c) => (
              <label key={c} className="check">
                <input
                  type="checkbox"
                  checked={channels.includes(c)}
                  onChange={(e) => setChannels((all) => (e.target.checked ? [...all, c] : all.filter((x) => x !== c)))}
                />{' '}
                {CHANNEL_LABELS[c]}
              </label>
            ))}
          </fieldset>
          {!timed && <p className="hint">Reminders before the due need a due time; a custom one needs none.</p>}
        </>
      )}
      {problem && (
        <p className="form-error small" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
