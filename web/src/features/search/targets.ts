// Where a search hit opens: a task over its project (its detail), a comment on its task's detail (or its project's
// Discussion when it is on no task), a project's page, a calendar event's day in the calendar.
import type { SearchHit } from './api/search';

export function hitTarget(hit: SearchHit): string {
  switch (hit.type) {
    case 'task':
      return hit.projectId ? `/projects/${hit.projectId}?task=${hit.id}` : `/inbox?task=${hit.id}`;
    case 'comment':
      if (hit.taskId)
        return hit.projectId ? `/projects/${hit.projectId}?task=${hit.taskId}` : `/inbox?task=${hit.taskId}`;
      return hit.projectId ? `/projects/${hit.projectId}?view=discussion` : '/inbox';
    case 'project':
      return `/projects/${hit.id}`;
    case 'event':
      return hit.due ? `/calendar?view=week&date=${hit.due}` : '/calendar';
    default:
      return '/today';
  }
}

/** The results page for these words and filters, as its address. */
export function resultsPath(params: { q: string; types?: string[]; projectId?: string; status?: string }): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.types && params.types.length > 0) query.set('types', params.types.join(','));
  if (params.projectId) query.set('projectId', params.projectId);
  if (params.status) query.set('status', params.status);
  // Commas need no escape in a query string: types=task,comment reads better than task%2Ccomment.
  return `/search?${query.toString().replace(/%2C/gi, ',')}`;
}
