// Optimistic updates: the change is shown in every cached task list at once, and undone from a snapshot
// when the server says no.
import type { Task, UpdateTask } from '../../../api/types';
import { OPEN_STATUSES } from '../../../api/types';

export type TaskPages = { pages: { items: Task[]; nextCursor: string | null }[]; pageParams: unknown[] };

/**
 * The task with the patch applied, as the server would answer it (dues and durations as given). A member left
 * out stays; null removes a value (JSON Merge Patch), where the task may be without it.
 */
export function applyPatch(task: Task, patch: UpdateTask): Task {
  const next: Task = { ...task };
  if (patch.title != null) next.title = patch.title;
  if (patch.description !== undefined) next.description = patch.description;
  if (patch.priority != null) next.priority = patch.priority;
  if (patch.deadline !== undefined) next.deadline = patch.deadline;
  if (patch.duration !== undefined) next.duration = patch.duration;
  if (patch.assigneeId !== undefined) next.assigneeId = patch.assigneeId;
  if (patch.labels != null) next.labels = patch.labels;
  if (patch.position != null) next.position = patch.position;
  // Words (due.string) are read by the server: until it answers, the task keeps its due.
  if (patch.due !== undefined && !(patch.due && patch.due.string && !patch.due.date && !patch.due.datetime)) {
    const due = patch.due;
    next.due = due && {
      date: due.date ?? due.datetime?.slice(0, 10) ?? '',
      datetime: due.datetime ?? null,
      timezone: due.timezone ?? null,
      string: due.string ?? null,
      isRecurring: !!due.recurrence,
      recurrence: due.recurrence ?? null,
      fromCompletion: !!due.recurrence && !!due.fromCompletion,
    };
  }
  if (patch.status != null) {
    next.status = patch.status;
    next.completedAt = patch.status === 'COMPLETED' ? new Date().toISOString() : null;
  }
  return next;
}

/**
 * A cached list after a change to one task: updated in place, or taken out when the list only shows open
 * tasks and the task is no longer open (completing a task in Today removes it from Today at once).
 */
export function updateInPages(
  data: TaskPages | undefined,
  id: string,
  change: (t: Task) => Task,
  openOnly: boolean,
): TaskPages | undefined {
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
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.filter((t) => !ids.has(t.id) && !(t.parentId && ids.has(t.parentId))),
    })),
  };
}

/** The position that puts a task between two neighbours, or null when they leave no room (renumber then). */
export function positionBetween(before: number | undefined, after: number | undefined): number | null {
  if (before === undefined) {
    if (after === undefined) return 1;
    const p = Math.floor(after / 2);
    return p >= 1 && p < after ? p : null;
  }
  if (after === undefined) return before + 1024;
  const mid = Math.floor((before + after) / 2);
  return mid > before && mid < after ? mid : null;
}
