// Completed: what I completed, newest first, by the day it was done (in my zone). Each completed occurrence
// of a recurring task is its own entry, with the occurrence it was.
import { Link, useSearchParams } from 'react-router';
import type { Completion } from '../../../api/types';
import { dayLabel, localDate, timeLabel } from '../../../lib/dates';
import { ListState } from '../../../shared/ListState';
import { RepeatMark } from '../../../shared/recurrence';
import { useCompletions } from '../api/tasks';
import { occurrenceLabel } from './complete';
import { LoadMore, useListContext } from './Views';

export function Completed() {
  const ctx = useListContext();
  const list = useCompletions({});
  const [params] = useSearchParams();
  const items = (list.data?.pages ?? []).flatMap((p) => p.items);
  const today = localDate(new Date(), ctx.timeZone);
  const days: [string, Completion[]][] = [];
  for (const c of items) {
    const day = localDate(new Date(c.completedAt), ctx.timeZone);
    const group = days.at(-1);
    if (group && group[0] === day) group[1].push(c);
    else days.push([day, [c]]);
  }
  const taskLink = (id: string) => {
    const next = new URLSearchParams(params);
    next.set('task', id);
    return `?${next}`;
  };
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Completed</h1>
      </header>
      <ListState
        loading={list.isPending}
        error={list.error}
        empty={items.length === 0}
        emptyText={<p className="empty-title">Nothing completed yet.</p>}
      >
        {days.map(([day, completions]) => (
          <section key={day} aria-label={`Completed ${dayLabel(day, today)}`} className="day-group">
            <h2 className="group-title">
              {dayLabel(day, today)} <span className="muted">{day}</span>
            </h2>
            <ul className="completions">
              {completions.map((c) => {
                const project = ctx.projects?.get(c.projectId);
                return (
                  <li key={c.id} className="completion" data-task-id={c.taskId}>
                    <span className="completion-check" aria-hidden="true">
                      ✓
                    </span>
                    <Link className="completion-title" to={taskLink(c.taskId)}>
                      {c.title}
                    </Link>
                    <span className="chips">
                      {c.recurring && c.occurrence && (
                        <span className="chip" data-testid="completion-occurrence">
                          <RepeatMark />{' '}
                          {occurrenceLabel({ date: c.occurrence, datetime: c.occurrenceAt }, ctx.timeZone)}
                        </span>
                      )}
                      {project && <span className="chip chip-project"># {project.name}</span>}
                      <time className="muted small" dateTime={c.completedAt}>
                        {timeLabel(c.completedAt, ctx.timeZone)}
                      </time>
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
        <LoadMore list={list} />
      </ListState>
    </section>
  );
}
