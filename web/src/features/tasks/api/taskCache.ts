// Optimistic updates: the change is shown in every cached task list at once, and undone from a snapshot
// when the server says no.
import type { Page, Task, UpdateTask } from '../api/types';
import { OPEN_STATUSES } from '../api/types';

export type TaskPages = { pages: Page<Task>[]; pageParams: unknown[] };

/** The task with the patch applied, as the server would answer it (dues and durations as given). */
export function applyPatch(task: Task, patch: UpdateTask): Task {
  const next = { ...task } as Task & Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === 'due') {
      const due = value as { date?: string; datetime?: string; timezone?: string } | null;
      next.due = due ? { date: due.date ?? due.datetime?.slice(0, 10) ?? '', datetime: (due.datetime ?? null) as string, timezone: (due.timezone ?? null) as string } : null;
    } else {
      next[key] = value;
    }
  }
  if (patch.status) next.completedAt = (patch.status === 'COMPLETED' ? new Date().toISOString() : null) as string;
  return next;
}

/**
 * A cached list after a change to one task: updated in place, or taken out when the list only shows open
 * tasks and the task is no longer open (completing a task in Today removes it from Today at once).
 */
export function updateInPages(data: TaskPages | undefined, id: string, change: (t: Task) => Task, openOnly: boolean): TaskPages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.flatMap((t) => {
        if (t.id !== id) return [t];
        const changed = change(t);
        return openOnly && !OPEN_STATUSES.includes(changed.status) ? [] : [changed];
      }),
    })),
  };
}

export function removeFromPages(data: TaskPages | undefined, ids: Set<string>): TaskPages | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.filter((t) => !ids.has(t.id) && !(t.parentId && ids.has(t.parentId))) })) };
}

/** The position that puts a task between two neighbours, or null when they leave no room (renumber then). */
export function positionBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) {
    const p = Math.floor(after! / 2);
    return p >= 1 && p < after! ? p : null;
  }
  if (after === undefined) return before + 1024;
  const mid = Math.floor((before + after) / 2);
  return mid > before && mid < after ? mid : null;
}
