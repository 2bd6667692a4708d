// A filter query the server could not parse: its message, and the query with the offending character marked.
import type { ApiError } from '../../../api/problem';
import { errorAt } from '../../../lib/highlight';

/** The error for `query`, or nothing when the problem carries no position. */
export function QueryError({ query, error }: { query: string; error: ApiError | null }) {
  const caret = error ? errorAt(query, error.problem.position) : null;
  if (!error || !caret) return null;
  return (
    <div className="query-error" role="alert">
      <p>{error.message}</p>
      <pre aria-hidden="true">
        <code>
          {caret.before}
          <mark className="error-at">{caret.at}</mark>
          {caret.after}
        </code>
      </pre>
    </div>
  );
}
