// The results page, /search?q=&types=&projectId=&status=: the hits for the words, narrowed by kind, project and
// tasks' status, a page at a time (Load more). The address holds the words and filters, so reload and Back work.
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ListState } from '../../../shared/ListState';
import { useMe } from '../../auth';
import { useProjects } from '../../projects';
import { SEARCH_TYPES, useSearchResults, type SearchFilters, type SearchStatus, type SearchType } from '../api/search';
import { hitTarget, resultsPath } from '../targets';
import { HitChips, HitIcon, HitSnippets, HitTitle, TYPE_NAMES } from './HitView';
import './search.css';

const STATUSES: { value: SearchStatus | undefined; label: string }[] = [
  { value: undefined, label: 'All' },
  { value: 'open', label: 'Open' },
  { value: 'completed', label: 'Completed' },
];

/** The filters the address holds (kinds comma-separated or repeated; what is not known is left out). */
export function filtersOf(params: URLSearchParams): SearchFilters {
  const types = params
    .getAll('types')
    .flatMap((t) => t.split(','))
    .map((t) => t.trim().toLowerCase())
    .filter((t): t is SearchType => SEARCH_TYPES.includes(t as SearchType));
  const status = params.get('status');
  return {
    q: (params.get('q') ?? '').trim(),
    types: SEARCH_TYPES.filter((t) => types.includes(t)),
    projectId: params.get('projectId') || undefined,
    status: status === 'open' || status === 'completed' ? status : undefined,
  };
}

export function SearchResults() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = filtersOf(params);
  const results = useSearchResults(filters);
  const projects = useProjects().data ?? [];
  const timeZone = useMe().data?.timezone ?? 'UTC';
  const hits = results.data?.pages.flatMap((p) => p.items) ?? [];
  const narrowed = filters.types.length > 0 || !!filters.projectId || !!filters.status;
  // Each change is a step in the history: Back undoes it.
  const change = (next: Partial<SearchFilters>) => navigate(resultsPath({ ...filters, ...next }));
  const toggle = (type: SearchType) =>
    change({
      types: SEARCH_TYPES.filter((t) => (t === type ? !filters.types.includes(t) : filters.types.includes(t))),
    });
  const known = projects.some((p) => p.id === filters.projectId);

  return (
    <section className="view search-page" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Search</h1>
      </header>
      <SearchForm key={filters.q} q={filters.q} onSearch={(q) => change({ q })} />
      <div className="search-filters">
        <div role="group" aria-label="Kinds" className="search-types">
          <button type="button" aria-pressed={filters.types.length === 0} onClick={() => change({ types: [] })}>
            All
          </button>
          {SEARCH_TYPES.map((type) => (
            <button key={type} type="button" aria-pressed={filters.types.includes(type)} onClick={() => toggle(type)}>
              {TYPE_NAMES[type].many}
            </button>
          ))}
        </div>
        <label className="compact">
          Project
          <select value={filters.projectId ?? ''} onChange={(e) => change({ projectId: e.target.value || undefined })}>
            <option value="">All projects</option>
            {filters.projectId && !known && <option value={filters.projectId}>This project</option>}
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <div role="group" aria-label="Tasks' status" className="segmented">
          {STATUSES.map((s) => (
            <button
              key={s.label}
              type="button"
              aria-pressed={filters.status === s.value}
              onClick={() => change({ status: s.value })}
            >
              {s.label}
            </button>
          ))}
        </div>
      </div>
      {filters.status && <p className="hint">Only tasks have a status: projects, comments and events are left out.</p>}
      {!filters.q ? (
        <div className="state state-empty">
          <p className="empty-title">Search your tasks, projects, comments and events</p>
          <p>Type a few words above: “gro” finds groceries, typos are forgiven.</p>
        </div>
      ) : (
        <ListState
          loading={results.isPending}
          error={results.error}
          empty={hits.length === 0}
          emptyText={
            <>
              <p className="empty-title">No results for “{filters.q}”</p>
              {narrowed ? (
                <button type="button" onClick={() => change({ types: [], projectId: undefined, status: undefined })}>
                  Search everywhere
                </button>
              ) : (
                <p>Check the spelling, or try fewer words.</p>
              )}
            </>
          }
        >
          <p className="muted small search-count" role="status">
            {hits.length}
            {results.hasNextPage ? '+' : ''} {hits.length === 1 ? 'result' : 'results'}
          </p>
          <ul className="search-hits">
            {hits.map((hit) => (
              <li key={`${hit.type}-${hit.id}`}>
                <Link className="search-hit" to={hitTarget(hit)}>
                  <HitIcon type={hit.type} />
                  <span className="hit-main">
                    <span className="hit-kind">{TYPE_NAMES[hit.type]?.one ?? hit.type}</span>
                    <HitTitle hit={hit} />
                    <HitSnippets hit={hit} />
                  </span>
                  <HitChips hit={hit} timeZone={timeZone} />
                </Link>
              </li>
            ))}
          </ul>
          {results.hasNextPage && (
            <button
              type="button"
              className="load-more"
              disabled={results.isFetchingNextPage}
              onClick={() => results.fetchNextPage()}
            >
              {results.isFetchingNextPage ? 'Loading…' : 'Load more'}
            </button>
          )}
        </ListState>
      )}
      {filters.q && (
        <p className="muted small search-filter-link">
          Looking for a filter such as <code>today &amp; p1</code>?{' '}
          <Link to={`/filters/search?q=${encodeURIComponent(filters.q)}`}>Filter tasks by “{filters.q}”</Link>
        </p>
      )}
    </section>
  );
}

function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const [text, setText] = useState(q);
  return (
    <form
      role="search"
      className="search-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim()) onSearch(text.trim());
      }}
    >
      <label className="sr-only" htmlFor="search-page-input">
        Search for
      </label>
      <input
        id="search-page-input"
        type="search"
        value={text}
        maxLength={500}
        onChange={(e) => setText(e.target.value)}
        placeholder="Search"
      />
      <button type="submit" className="primary">
        Search
      </button>
    </form>
  );
}
