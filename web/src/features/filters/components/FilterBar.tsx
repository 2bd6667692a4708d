// The filter bar: one line of the filter language (today & p1, #Work | @phone), whose tasks open at
// /filters/search?q=; on the Filters & labels page and above those results. (Words are searched by the header's
// search box; this is the query language.)
import { useState } from 'react';
import { useNavigate } from 'react-router';

export function FilterBar({ query = '' }: { query?: string }) {
  const [q, setQ] = useState(query);
  const navigate = useNavigate();
  return (
    <form
      role="search"
      aria-label="Filter tasks"
      className="filter-bar"
      onSubmit={(e) => {
        e.preventDefault();
        if (q.trim()) navigate(`/filters/search?q=${encodeURIComponent(q.trim())}`);
      }}
    >
      <label className="sr-only" htmlFor="filter-input">
        Filter tasks
      </label>
      <input
        id="filter-input"
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder="Filter: today & p1, #Work, @phone…"
      />
      <button type="submit">Filter</button>
    </form>
  );
}
