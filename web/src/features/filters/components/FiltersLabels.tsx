// My saved filters and labels: make, open and delete them.
import { useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../api/problem';
import { COLORS } from '../../../api/types';
import { useToast } from '../../../shared/toast';
import { useCreateLabel, useDeleteLabel, useLabels } from '../../tasks';
import { useCreateFilter, useDeleteFilter, useFilters } from '../api/filters';
import { FilterBar } from './FilterBar';
import { QueryError } from './QueryError';

export function FiltersLabels() {
  const filters = useFilters();
  const labels = useLabels();
  const createFilter = useCreateFilter();
  const deleteFilter = useDeleteFilter();
  const createLabel = useCreateLabel();
  const deleteLabel = useDeleteLabel();
  const toast = useToast();
  const reported = { onError: (e: Error) => toast.error(e.message) };
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const [queryError, setQueryError] = useState<ApiError | null>(null);
  const [label, setLabel] = useState('');
  const [color, setColor] = useState('charcoal');
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Filters &amp; labels</h1>
      </header>
      <FilterBar />
      <p className="hint">
        A query of the filter language, such as <code>today &amp; p1</code> or <code>#Work | @phone</code>, shows its
        tasks. Words in tasks, comments, projects and events are found by Search (<kbd>/</kbd>).
      </p>
      <h2>Filters</h2>
      <ul className="plain">
        {(filters.data ?? []).map((f) => (
          <li key={f.id}>
            <Link to={`/filters/${f.id}`}>{f.name}</Link> <code className="muted">{f.query}</code>{' '}
            <button
              type="button"
              className="link danger"
              aria-label={`Delete filter ${f.name}`}
              onClick={() => deleteFilter.mutate(f.id, reported)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          setQueryError(null);
          createFilter.mutate(
            { name: name.trim(), query },
            {
              onSuccess: () => {
                setName('');
                setQuery('');
              },
              onError: (err) => {
                if (err instanceof ApiError && err.problem.position !== undefined) setQueryError(err);
                else toast.error(err.message);
              },
            },
          );
        }}
      >
        <label>
          Filter name
          <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} />
        </label>
        <label>
          Query
          <input
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            required
            placeholder="today & p1 | overdue"
            aria-invalid={!!queryError}
            aria-describedby="query-help"
          />
        </label>
        <p id="query-help" className="hint">
          For example <code>(today | overdue) &amp; #Work</code>, <code>@phone &amp; p1</code>,{' '}
          <code>next 7 days &amp; assigned to: me</code>.
        </p>
        <QueryError query={query} error={queryError} />
        <div className="form-actions">
          <button type="submit" className="primary">
            Add filter
          </button>
        </div>
      </form>
      <h2>Labels</h2>
      <ul className="plain labels">
        {(labels.data ?? []).map((l) => (
          <li key={l.id}>
            <span className={`dot color-${l.color}`} aria-hidden="true" />
            <Link to={`/labels/${encodeURIComponent(l.name)}`}>@{l.name}</Link>{' '}
            <button
              type="button"
              className="link danger"
              aria-label={`Delete label ${l.name}`}
              onClick={() => deleteLabel.mutate(l.id, reported)}
            >
              Delete
            </button>
          </li>
        ))}
      </ul>
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          createLabel.mutate({ name: label.trim(), color }, { onSuccess: () => setLabel(''), ...reported });
        }}
      >
        <label>
          Label
          <input
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            required
            maxLength={60}
            pattern={'[^\\s@#/&|!(),"]+'}
            title='No spaces and none of @ # / & | ! ( ) , "'
          />
        </label>
        <label>
          Color
          <select value={color} onChange={(e) => setColor(e.target.value)}>
            {COLORS.map((c) => (
              <option key={c} value={c}>
                {c.replace('_', ' ')}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          Add label
        </button>
      </form>
    </section>
  );
}
