// Today and Upcoming: task lists across projects, by day in the user's time zone.
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { Task } from '../../../api/types';
import { addDays, dayLabel, localDate } from '../../../lib/dates';
import { ListState } from '../../../shared/ListState';
import { RepeatMark, splitRecurrence } from '../../../shared/recurrence';
import { useMe } from '../../auth';
import { useInbox, useProjects } from '../../projects';
import { useTaskList } from '../api/tasks';
import { AddTask } from './AddTask';
import { TaskList, type ListContext } from './TaskList';
import { laterOccurrences, type Occurrence } from './occurrences';

/** A list across projects: times in the user's zone, each task with its project's chip. */
export function useListContext(): ListContext {
  const me = useMe().data;
  const projects = useProjects().data;
  return useMemo(
    () => ({
      timeZone: me?.timezone ?? 'UTC',
      projects: new Map((projects ?? []).map((p) => [p.id, p])),
      showProject: true,
    }),
    [me, projects],
  );
}

export const allOf = (pages: { items: Task[] }[] | undefined) => (pages ?? []).flatMap((p) => p.items);

/** The next page of a paged list (tasks, completions), when there is one. */
export function LoadMore({
  list,
}: {
  list: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => unknown };
}) {
  if (!list.hasNextPage) return null;
  return (
    <button type="button" className="load-more" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
      Load more
    </button>
  );
}

export function Today() {
  const ctx = useListContext();
  const me = useMe().data;
  const inbox = useInbox();
  const list = useTaskList({ view: 'today' }, !!me);
  const tasks = allOf(list.data?.pages);
  const today = localDate(new Date(), ctx.timeZone);
  const overdue = tasks.filter((t) => t.due && t.due.date < today);
  const rest = tasks.filter((t) => !overdue.includes(t));
  useEffect(() => {
    if (list.isSuccess && performance.getEntriesByName('ordo:today-rendered').length === 0)
      performance.mark('ordo:today-rendered');
  }, [list.isSuccess]);
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Today</h1>
        <span className="muted">
          {new Intl.DateTimeFormat('en', {
            weekday: 'short',
            month: 'short',
            day: 'numeric',
            timeZone: ctx.timeZone,
          }).format(new Date())}
        </span>
      </header>
      <ListState
        loading={list.isPending}
        error={list.error}
        empty={tasks.length === 0}
        emptyText={
          <>
            <p className="empty-title">All clear for today.</p>
            <p>
              Press <kbd>q</kbd> to add a task.
            </p>
          </>
        }
      >
        {overdue.length > 0 && (
          <section aria-label="Overdue">
            <h2 className="group-title overdue">Overdue</h2>
            <TaskList tasks={overdue} ctx={ctx} nest={false} />
          </section>
        )}
        {rest.length > 0 && (
          <section aria-label="Due today">
            {overdue.length > 0 && <h2 className="group-title">Today</h2>}
            <TaskList tasks={rest} ctx={ctx} nest={false} />
          </section>
        )}
        <LoadMore list={list} />
      </ListState>
      {inbox && <AddTask defaults={{ projectId: inbox.id, due: { date: today } }} />}
    </section>
  );
}

function OccurrenceList({ occurrences }: { occurrences: Occurrence[] }) {
  const [params, setParams] = useSearchParams();
  return (
    <ul className="task-list occurrences">
      {occurrences.map(({ task, date, time }) => (
        <li key={`${task.id}-${date}`}>
          <div className="task-item is-occurrence" data-task-id={task.id} data-occurrence={date}>
            <span className="occurrence-dot" aria-hidden="true">
              ○
            </span>
            <button
              type="button"
              className="task-main"
              onClick={() => {
                const next = new URLSearchParams(params);
                next.set('task', task.id);
                setParams(next);
              }}
            >
              <span className="task-title">{task.title}</span>
            </button>
            <span className="chips">
              <span className="chip chip-due">
                {time ?? 'Repeats'}{' '}
                <RepeatMark rule={task.due?.recurrence && splitRecurrence(task.due.recurrence).rule} />
              </span>
              <span className="muted small">later occurrence</span>
            </span>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function Upcoming() {
  const ctx = useListContext();
  const me = useMe().data;
  const list = useTaskList({ view: 'upcoming' }, !!me);
  const tasks = allOf(list.data?.pages);
  const today = localDate(new Date(), ctx.timeZone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i));
  const later = laterOccurrences(tasks, today, days[6], ctx.timeZone);
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Upcoming</h1>
      </header>
      <ListState loading={list.isPending} error={list.error} empty={false} emptyText="">
        {tasks.some((t) => t.due && t.due.date < today) && (
          <section aria-label="Overdue">
            <h2 className="group-title overdue">Overdue</h2>
            <TaskList tasks={tasks.filter((t) => t.due && t.due.date < today)} ctx={ctx} nest={false} />
          </section>
        )}
        {days.map((day) => {
          const due = tasks.filter((t) => t.due?.date === day);
          const occurrences = later.filter((o) => o.date === day);
          return (
            <section key={day} aria-label={dayLabel(day, today)} className="day-group">
              <h2 className="group-title">
                {dayLabel(day, today)} <span className="muted">{day}</span>
              </h2>
              {due.length > 0 && <TaskList tasks={due} ctx={ctx} nest={false} />}
              {occurrences.length > 0 && <OccurrenceList occurrences={occurrences} />}
              {due.length === 0 && occurrences.length === 0 && <p className="muted small">Nothing planned.</p>}
            </section>
          );
        })}
        <LoadMore list={list} />
      </ListState>
    </section>
  );
}
