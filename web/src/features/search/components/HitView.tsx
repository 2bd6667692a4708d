// One search hit as the palette and the results page show it: what it is, its title with the matches marked,
// the other matched fields' snippets, and chips for its project, date, priority and a closed task's status.
import type { SearchHit } from '../api/search';
import { dayLabel, daysBetween, localDate } from '../../../lib/dates';
import { Marked } from './Marked';

export const TYPE_NAMES: Record<string, { one: string; many: string; icon: string }> = {
  task: { one: 'Task', many: 'Tasks', icon: '☐' },
  project: { one: 'Project', many: 'Projects', icon: '#' },
  comment: { one: 'Comment', many: 'Comments', icon: '💬' },
  event: { one: 'Event', many: 'Events', icon: '📅' },
};

const PRIORITY: Record<string, { label: string; className: string }> = {
  URGENT: { label: 'P1', className: 'chip-urgent' },
  HIGH: { label: 'P2', className: 'chip-high' },
  MEDIUM: { label: 'P3', className: 'chip-medium' },
};

const CLOSED: Record<string, string> = { COMPLETED: 'Completed', CANCELLED: 'Cancelled' };

const FIELD_NAMES: Record<string, string> = { context: 'In', body: '' };

/** The title's snippet (a comment is titled by its task: the match is in its text, not in that title). */
function titleSnippet(hit: SearchHit): string | null {
  if (hit.type === 'comment') return null;
  return hit.highlights.find((h) => h.field === 'title')?.snippet ?? null;
}

export function HitTitle({ hit }: { hit: SearchHit }) {
  const snippet = titleSnippet(hit);
  const title = hit.title || (hit.type === 'comment' ? 'Comment' : 'Untitled');
  return (
    <span className={`hit-title ${CLOSED[hit.status ?? ''] ? 'is-closed' : ''}`}>
      {hit.type === 'comment' && <span className="muted">On </span>}
      {snippet ? <Marked snippet={snippet} /> : title}
    </span>
  );
}

/** The matched fields other than the title: a comment's text, a description, labels or section (`max` of them). */
export function HitSnippets({ hit, max }: { hit: SearchHit; max?: number }) {
  const others = hit.highlights.filter((h) => h.field !== 'title' || hit.type === 'comment').slice(0, max);
  if (others.length === 0) return null;
  return (
    <span className="hit-snippets">
      {others.map((h, i) => (
        <span key={i} className={`hit-snippet hit-snippet-${h.field}`}>
          {FIELD_NAMES[h.field] ? <span className="muted">{FIELD_NAMES[h.field]}: </span> : null}
          <Marked snippet={h.snippet} markdown={h.field === 'body'} />
        </span>
      ))}
    </span>
  );
}

export function HitChips({ hit, timeZone }: { hit: SearchHit; timeZone: string }) {
  const today = localDate(new Date(), timeZone);
  const priority = hit.type === 'task' && hit.priority ? PRIORITY[hit.priority] : undefined;
  const closed = hit.type === 'task' ? CLOSED[hit.status ?? ''] : undefined;
  const late = hit.type === 'task' && !closed && hit.due !== null && daysBetween(today, hit.due) < 0;
  const soon = hit.due !== null && daysBetween(today, hit.due) === 0;
  return (
    <span className="chips hit-chips">
      {hit.due && (
        <span
          className={`chip chip-due ${late ? 'chip-overdue' : soon ? 'chip-today' : ''}`}
          title={hit.type === 'event' ? 'Starts' : 'Due'}
        >
          {dayLabel(hit.due, today)}
        </span>
      )}
      {priority && (
        <span className={`chip chip-priority ${priority.className}`} title="Priority">
          {priority.label}
        </span>
      )}
      {closed && <span className="chip chip-status">{closed}</span>}
      {hit.type !== 'project' && hit.projectName && (
        <span className="chip chip-project" title="Project">
          # {hit.projectName}
        </span>
      )}
    </span>
  );
}

export function HitIcon({ type }: { type: string }) {
  return (
    <span className={`hit-icon hit-icon-${type}`} aria-hidden="true">
      {TYPE_NAMES[type]?.icon ?? '•'}
    </span>
  );
}
