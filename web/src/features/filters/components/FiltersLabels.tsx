// My saved filters and labels: make, open and delete them.
import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { ApiError } from '../api/problem';
import { COLORS } from '../api/types';
import { QueryError } from '../components/QueryError';
import { keys, useFilters, useLabels } from '../app/queries';
import { useToast } from '../app/toast';

export function FiltersLabels() {
  const filters = useFilters();
  const labels = useLabels();
  const client = useQueryClient();
  const toast = useToast();
  const [name, setName] = useState('');
  const [query, setQuery] = useState('');
  const [queryError, setQueryError] = useState<ApiError | null>(null);
  const [label, setLabel] = useState('');
  const [color, setColor] = useState('charcoal');
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header"><h1 id="view-title">Filters &amp; labels</h1></header>
      <h2>Filters</h2>
      <ul className="plain">
        {(filters.data ?? []).map((f) => (
          <li key={f.id}><Link to={`/filters/${f.id}`}>{f.name}</Link> <code className="muted">{f.query}</code>{' '}
            <button type="button" className="link danger" aria-label={`Delete filter ${f.name}`} onClick={async () => {
              try { await api.deleteFilter(f.id); } catch (e) { toast.error((e as Error).message); }
              await client.invalidateQueries({ queryKey: keys.filters });
            }}>Delete</button>
          </li>
        ))}
      </ul>
      <form className="form" onSubmit={async (e) => {
        e.preventDefault();
        setQueryError(null);
        try {
          await api.createFilter(name.trim(), query);
          setName('');
          setQuery('');
          await client.invalidateQueries({ queryKey: keys.filters });
        } catch (err) {
          if (err instanceof ApiError && err.problem.position !== undefined) setQueryError(err);
          else toast.error((err as Error).message);
        }
      }}>
        <label>Filter name<input value={name} onChange={(e) => setName(e.target.value)} required maxLength={120} /></label>
        <label>Query<input value={query} onChange={(e) => setQuery(e.target.value)} required placeholder="today & p1 | overdue" aria-invalid={!!queryError} aria-describedby="query-help" /></label>
        <p id="query-help" className="hint">For example <code>(today | overdue) &amp; #Work</code>, <code>@phone &amp; p1</code>, <code>next 7 days &amp; assigned to: me</code>.</p>
        <QueryError query={query} error={queryError} />
        <div className="form-actions"><button type="submit" className="primary">Add filter</button></div>
      </form>
      <h2>Labels</h2>
      <ul className="plain labels">
        {(labels.data ?? []).map((l) => (
          <li key={l.id}><span className={`dot color-${l.color}`} aria-hidden="true" /><Link to={`/labels/${encodeURIComponent(l.name)}`}>@{l.name}</Link>{' '}
            <button type="button" className="link danger" aria-label={`Delete label ${l.name}`} onClick={async () => {
              try { await api.deleteLabel(l.id); } catch (e) { toast.error((e as Error).message); }
              await client.invalidateQueries({ queryKey: keys.labels });
            }}>Delete</button>
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={async (e) => {
        e.preventDefault();
        try {
          await api.createLabel(label.trim(), color);
          setLabel('');
          await client.invalidateQueries({ queryKey: keys.labels });
        } catch (err) {
          toast.error((err as Error).message);
        }
      }}>
        <label>Label<input value={label} onChange={(e) => setLabel(e.target.value)} required maxLength={60} pattern={'[^\\s@#/&|!(),"]+'} title="No spaces and none of @ # / & | ! ( ) , &quot;" /></label>
        <label>Color<select value={color} onChange={(e) => setColor(e.target.value)}>{COLORS.map((c) => <option key={c} value={c}>{c.replace('_', ' ')}</option>)}</select></label>
        <button type="submit" className="primary">Add label</button>
      </form>
    </section>
  );
}
