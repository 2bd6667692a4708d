// Activity: what I did, in audit's own sentences ("Ada completed 'Buy milk' in Garden"), with the project
// each line is about linked; the app reads the trail's typed fields, never the events' raw data.
import { Link } from 'react-router';
import type { AuditEvent } from '../../../api/types';
import { useMe } from '../../auth';
import { useActivity } from '../api/activity';

export function Activity() {
  const me = useMe().data;
  const events = useActivity();
  const items = (events.data?.pages ?? []).flatMap((p) => p.items);
  const fmt = new Intl.DateTimeFormat('en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: me?.timezone ?? 'UTC',
  });
  return (
    <section className="view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Activity</h1>
      </header>
      {events.isPending ? (
        <p className="state" aria-busy="true">
          Loading…
        </p>
      ) : events.error ? (
        <p className="state state-error" role="alert">
          {events.error.message}
        </p>
      ) : items.length === 0 ? (
        <p className="state state-empty">Nothing yet. What you do in Ordo shows up here.</p>
      ) : (
        <ol className="activity">
          {items.map((e) => (
            <li key={e.id} data-action={e.action}>
              <span>{e.summary}</span> <ProjectLink event={e} />{' '}
              <time className="muted small" dateTime={e.occurredAt}>
                {fmt.format(new Date(e.occurredAt))}
              </time>
            </li>
          ))}
        </ol>
      )}
      {events.hasNextPage && (
        <button
          type="button"
          className="load-more"
          disabled={events.isFetchingNextPage}
          onClick={() => events.fetchNextPage()}
        >
          Load more
        </button>
      )}
    </section>
  );
}

/** The project a line is about, to open it (one since deleted or left answers "Project not found" there). */
function ProjectLink({ event }: { event: AuditEvent }) {
  if (!event.project) return null;
  return (
    <Link className="chip chip-project" to={`/projects/${event.project.id}`}>
      # {event.project.name ?? 'a project'}
    </Link>
  );
}
