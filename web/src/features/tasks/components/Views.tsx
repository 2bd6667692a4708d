// Today, Upcoming, a label, a saved filter and a search: task lists across projects.
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { api, type TaskQuery } from '../api/client';
import { ApiError } from '../api/problem';
import type { Task } from '../api/types';
import { addDays, dayLabel, localDate } from '../lib/dates';
import { QueryError } from '../components/QueryError';
import { keys, useFilters, useInbox, useMe, useProjects, useTaskList } from '../app/queries';
import { useToast } from '../app/toast';
import { ListState, TaskList, type ListContext } from '../components/TaskList';
import { AddTask } from '../components/AddTask';

function useListContext(): ListContext {
  const me = useMe().data;
  const projects = useProjects().data;
  return useMemo(
    () => ({ timeZone: me?.timezone ?? 'UTC', projects: new Map((projects ?? []).map((p) => [p.id, p])), showProject: true }),
    [me, projects],
  );
}

const allOf = (pages: { items: Task[] }[] | undefined) => (pages ?? []).flatMap((p) => p.items);

function LoadMore({ list }: { list: ReturnType<typeof useTaskList> }) {
  if (!list.hasNextPage) return null;
  return <button type="button" className="load-more" disabled={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>Load more</button>;
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
    if (list.isSuccess && performance.getEntriesByName('ordo:today-rendered').length === 0) performance.mark('ordo:today-rendered');
  }, [list.isSuccess]);
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Today</h1>
        <span className="muted">{new Intl.DateTimeFormat('en', { weekday: 'short', month: 'short', day: 'numeric', timeZone: ctx.timeZone }).format(new Date())}</span>
      </header>
      <ListState loading={list.isPending} error={list.error} empty={tasks.length === 0} emptyText={<><p className="empty-title">All clear for today.</p><p>Press <kbd>q</kbd> to add a task.</p></>}>
        {overdue.length > 0 && (
          <section aria-label="Overdue"><h2 className="group-title overdue">Overdue</h2><TaskList tasks={overdue} ctx={ctx} nest={false} /></section>
        )}
        {rest.length > 0 && (
          <section aria-label="Due today">{overdue.length > 0 && <h2 className="group-title">Today</h2>}<TaskList tasks={rest} ctx={ctx} nest={false} /></section>
        )}
        <LoadMore list={list} />
      </ListState>
      {inbox && <AddTask defaults={{ projectId: inbox.id, due: { date: today } }} />}
    </section>
  );
}

export function Upcoming() {
  const ctx = useListContext();
  const me = useMe().data;
  const list = useTaskList({ view: 'upcoming' }, !!me);
  const tasks = allOf(list.data?.pages);
  const today = localDate(new Date(), ctx.timeZone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i));
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header"><h1 id="view-title">Upcoming</h1></header>
      <ListState loading={list.isPending} error={list.error} empty={false} emptyText="">
        {tasks.some((t) => t.due && t.due.date < today) && (
          <section aria-label="Overdue"><h2 className="group-title overdue">Overdue</h2><TaskList tasks={tasks.filter((t) => t.due && t.due.date < today)} ctx={ctx} nest={false} /></section>
        )}
        {days.map((day) => {
          const due = tasks.filter((t) => t.due?.date === day);
          return (
            <section key={day} aria-label={dayLabel(day, today)} className="day-group">
              <h2 className="group-title">{dayLabel(day, today)} <span className="muted">{day}</span></h2>
              {due.length > 0 ? <TaskList tasks={due} ctx={ctx} nest={false} /> : <p className="muted small">Nothing planned.</p>}
            </section>
          );
        })}
        <LoadMore list={list} />
      </ListState>
    </section>
  );
}

export function LabelView() {
  const { name = '' } = useParams();
  const ctx = useListContext();
  const list = useTaskList({ label: name });
  const tasks = allOf(list.data?.pages);
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header"><h1 id="view-title">@{name}</h1></header>
      <ListState loading={list.isPending} error={list.error} empty={tasks.length === 0} emptyText={`No open tasks with @${name}.`}>
        <TaskList tasks={tasks} ctx={ctx} /><LoadMore list={list} />
      </ListState>
    </section>
  );
}

export function SavedFilterView() {
  const { id = '' } = useParams();
  const ctx = useListContext();
  const filter = useFilters().data?.find((f) => f.id === id);
  const list = useTaskList({ savedFilter: id });
  const tasks = allOf(list.data?.pages);
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header"><h1 id="view-title">{filter?.name ?? 'Filter'}</h1><code className="muted">{filter?.query}</code></header>
      <ListState loading={list.isPending} error={list.error} empty={tasks.length === 0} emptyText="No tasks match this filter.">
        <TaskList tasks={tasks} ctx={ctx} nest={false} /><LoadMore list={list} />
      </ListState>
    </section>
  );
}

/** The filter bar's results: the query language, with a parse error shown at its position. */
export function Search() {
  const [params] = useSearchParams();
  const q = params.get('q') ?? '';
  const ctx = useListContext();
  const query: TaskQuery = { filter: q, sort: 'due' };
  const list = useTaskList(query, q.trim().length > 0);
  const tasks = allOf(list.data?.pages);
  const problem = list.error instanceof ApiError ? list.error : null;
  const queryError = problem?.problem.position !== undefined;
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header"><h1 id="view-title">Filter: <code>{q}</code></h1></header>
      {queryError ? <QueryError query={q} error={problem} /> : (
        <ListState loading={list.isPending && q.length > 0} error={list.error} empty={tasks.length === 0} emptyText="No tasks match.">
          <TaskList tasks={tasks} ctx={ctx} nest={false} /><LoadMore list={list} />
        </ListState>
      )}
      {!queryError && q && <SaveFilter query={q} />}
    </section>
  );
}

function SaveFilter({ query }: { query: string }) {
  const [name, setName] = useState('');
  const client = useQueryClient();
  const toast = useToast();
  const navigate = useNavigate();
  return (
    <form className="inline-form" onSubmit={async (e) => {
      e.preventDefault();
      try {
        const f = await api.createFilter(name.trim(), query);
        await client.invalidateQueries({ queryKey: keys.filters });
        navigate(`/filters/${f.id}`);
      } catch (err) {
        toast.error((err as Error).message);
      }
    }}>
      <label>Save as filter <input value={name} onChange={(e) => setName(e.target.value)} placeholder="Filter name" maxLength={120} required /></label>
      <button type="submit" disabled={!name.trim()}>Save</button>
      <Link to="/filters">All filters and labels</Link>
    </form>
  );
}
