// A label's tasks, a saved filter's, and the filter bar's results at /filters/search?q= (a query that does not
// parse is shown with its position marked); such a query can be saved as a filter.
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/problem';
import { ListState } from '../../../shared/ListState';
import { useToast } from '../../../shared/toast';
import { allOf, LoadMore, TaskList, useListContext, useTaskList, type TaskQuery } from '../../tasks';
import { useCreateFilter, useFilters } from '../api/filters';
import { FilterBar } from './FilterBar';
import { QueryError } from './QueryError';

export function LabelView() {
  const { name = '' } = useParams();
  const ctx = useListContext();
  const list = useTaskList({ label: name });
  const tasks = allOf(list.data?.pages);
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">@{name}</h1>
      </header>
      <ListState
        loading={list.isPending}
        error={list.error}
        empty={tasks.length === 0}
        emptyText={`No open tasks with @${name}.`}
      >
        <TaskList tasks={tasks} ctx={ctx} />
        <LoadMore list={list} />
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
      <header className="view-header">
        <h1 id="view-title">{filter?.name ?? 'Filter'}</h1>
        <code className="muted">{filter?.query}</code>
      </header>
      <ListState
        loading={list.isPending}
        error={list.error}
        empty={tasks.length === 0}
        emptyText="No tasks match this filter."
      >
        <TaskList tasks={tasks} ctx={ctx} nest={false} />
        <LoadMore list={list} />
      </ListState>
    </section>
  );
}

/** The filter bar's results: the query language, with a parse error shown at its position. */
export function FilterResults() {
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
      <header className="view-header">
        <h1 id="view-title">
          Filter: <code>{q}</code>
        </h1>
      </header>
      <FilterBar key={q} query={q} />
      {queryError ? (
        <QueryError query={q} error={problem} />
      ) : (
        <ListState
          loading={list.isPending && q.length > 0}
          error={list.error}
          empty={tasks.length === 0}
          emptyText="No tasks match."
        >
          <TaskList tasks={tasks} ctx={ctx} nest={false} />
          <LoadMore list={list} />
        </ListState>
      )}
      {!queryError && q && <SaveFilter query={q} />}
    </section>
  );
}

function SaveFilter({ query }: { query: string }) {
  const [name, setName] = useState('');
  const create = useCreateFilter();
  const toast = useToast();
  const navigate = useNavigate();
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        create.mutate(
          { name: name.trim(), query },
          { onSuccess: (f) => navigate(`/filters/${f.id}`), onError: (err) => toast.error(err.message) },
        );
      }}
    >
      <label>
        Save as filter{' '}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Filter name"
          maxLength={120}
          required
        />
      </label>
      <button type="submit" disabled={!name.trim()}>
        Save
      </button>
      <Link to="/filters">All filters and labels</Link>
    </form>
  );
}
