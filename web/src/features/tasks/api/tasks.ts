// Tasks through React Query: the lists and the one open task, and the changes to them. Task changes are
// optimistic (every cached list updated at once, rolled back with the reason on error); task writes run one
// at a time and each sends the version the previous answered (If-Match).
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { http, ifMatch, unwrap, done } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import type { CreateTask, QuickAddPreview, Status, Task, UpdateTask } from '../../../api/types';
import { useToast } from '../../../shared/toast';
import { applyPatch, removeFromPages, updateInPages, type TaskPages } from './taskCache';
import { labelKeys } from './labels';

export type TaskQuery = {
  projectId?: string;
  sectionId?: string;
  parentId?: string;
  label?: string;
  status?: Status[];
  view?: 'today' | 'upcoming' | 'overdue';
  filter?: string;
  savedFilter?: string;
  sort?: 'position' | 'due' | 'priority' | 'urgency' | 'created';
};

export const taskKeys = {
  all: ['tasks'] as const,
  list: (q: TaskQuery) => ['tasks', 'list', q] as const,
  one: (id: string) => ['tasks', 'one', id] as const,
  completed: (q: { since?: string; until?: string }) => ['tasks', 'completed', q] as const,
};

/**
 * The tasks service learns of a new project, or of my joining one, from Kafka a moment after the projects
 * service answered: a 404 for a project I can see is retried for a few seconds before it counts.
 */
const NEW_PROJECT_RETRIES = 8;
export const retryFreshProject = (count: number, error: Error) =>
  error instanceof ApiError && error.status === 404
    ? count < NEW_PROJECT_RETRIES
    : count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);
export const retryDelay = (attempt: number) => Math.min(200 * 2 ** attempt, 2000);

/** Does a list with these parameters show only open tasks (so completing one takes it out)? */
export const openOnly = (q: TaskQuery) => !q.status && !/status\s*:|overdue/i.test(q.filter ?? '');

export function useTaskList(query: TaskQuery, enabled = true) {
  return useInfiniteQuery({
    queryKey: taskKeys.list(query),
    queryFn: ({ pageParam }) =>
      unwrap(http.GET('/api/v1/tasks', { params: { query: { limit: 200, ...query, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    ...(query.projectId ? { retry: retryFreshProject, retryDelay } : {}),
  });
}

export const useTask = (id: string | null) =>
  useQuery({
    queryKey: taskKeys.one(id ?? ''),
    queryFn: () => unwrap(http.GET('/api/v1/tasks/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
  });

type Snapshot = [readonly unknown[], unknown][];

const snapshotTasks = (client: QueryClient): Snapshot => client.getQueriesData({ queryKey: taskKeys.all });

function restore(client: QueryClient, snapshot: Snapshot) {
  for (const [key, data] of snapshot) client.setQueryData(key, data);
}

/** The parts of a cached task query's key: a list (with its query) or one task (with its id). */
function describeKey(key: readonly unknown[]): { list: TaskQuery } | { one: string } | null {
  const [, kind, arg] = key;
  if (kind === 'list' && typeof arg === 'object' && arg !== null) return { list: { ...arg } };
  if (kind === 'one' && typeof arg === 'string') return { one: arg };
  return null;
}

/** Change a task: shown at once everywhere it is listed, rolled back (with the reason) if the server refuses. */
export function useUpdateTask() {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    // One write at a time, each with the version the previous one answered: two quick edits of the same task
    // (priority, then assignee) must not make the second fail its If-Match.
    scope: { id: 'task-writes' },
    mutationFn: ({ task, patch }: { task: Task; patch: UpdateTask }) =>
      unwrap(
        http.PATCH('/api/v1/tasks/{id}', {
          params: { path: { id: task.id } },
          body: patch,
          headers: ifMatch(client.getQueryData<Task>(taskKeys.one(task.id))?.version ?? task.version),
        }),
      ),
    onMutate: async ({ task, patch }) => {
      await client.cancelQueries({ queryKey: taskKeys.all });
      const snapshot = snapshotTasks(client);
      for (const [key] of snapshot) {
        const cached = describeKey(key);
        if (cached && 'list' in cached) {
          client.setQueryData<TaskPages>(key, (d) =>
            updateInPages(d, task.id, (t) => applyPatch(t, patch), openOnly(cached.list)),
          );
        } else if (cached && cached.one === task.id) {
          client.setQueryData<Task>(key, (t) => (t ? applyPatch(t, patch) : t));
        }
      }
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      if (context) restore(client, context.snapshot);
      toast.error(error.message);
    },
    onSuccess: (saved) => client.setQueryData(taskKeys.one(saved.id), saved),
    onSettled: () => client.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

/**
 * A comment added to (or deleted from) a task: its count changes in every cached list at once; the tasks
 * service counts it a moment later (from the comment events) and the lists read then agree.
 */
export function useAdjustCommentCount() {
  const client = useQueryClient();
  return (taskId: string, delta: number) => {
    const change = (t: Task): Task => ({ ...t, commentCount: Math.max(0, (t.commentCount ?? 0) + delta) });
    for (const [key] of snapshotTasks(client)) {
      const cached = describeKey(key);
      if (cached && 'list' in cached)
        client.setQueryData<TaskPages>(key, (d) => updateInPages(d, taskId, change, false));
      else if (cached && cached.one === taskId) client.setQueryData<Task>(key, (t) => (t ? change(t) : t));
    }
  };
}

export function useDeleteTask() {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (task: Task) => done(http.DELETE('/api/v1/tasks/{id}', { params: { path: { id: task.id } } })),
    onMutate: async (task) => {
      await client.cancelQueries({ queryKey: taskKeys.all });
      const snapshot = snapshotTasks(client);
      for (const [key] of snapshot) {
        const cached = describeKey(key);
        if (cached && 'list' in cached) {
          client.setQueryData<TaskPages>(key, (d) => removeFromPages(d, new Set([task.id])));
        }
      }
      return { snapshot };
    },
    onError: (error, _task, context) => {
      if (context) restore(client, context.snapshot);
      toast.error(error.message);
    },
    onSettled: () => client.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

export type Move = { task: Task; sectionId: string | null; projectId?: string; parentId?: string | null };

export function useMoveTask() {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    scope: { id: 'task-writes' },
    mutationFn: ({ task, sectionId, projectId, parentId }: Move) =>
      unwrap(
        http.POST('/api/v1/tasks/{id}/move', {
          params: { path: { id: task.id } },
          body: { projectId, sectionId, parentId: parentId === undefined ? task.parentId : parentId },
        }),
      ),
    onMutate: async ({ task, sectionId, projectId }) => {
      await client.cancelQueries({ queryKey: taskKeys.all });
      const snapshot = snapshotTasks(client);
      for (const [key] of snapshot) {
        const cached = describeKey(key);
        if (cached && 'list' in cached) {
          client.setQueryData<TaskPages>(key, (d) =>
            updateInPages(d, task.id, (t) => ({ ...t, sectionId, projectId: projectId ?? t.projectId }), false),
          );
        }
      }
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      if (context) restore(client, context.snapshot);
      toast.error(error.message);
    },
    onSuccess: (saved) => client.setQueryData(taskKeys.one(saved.id), saved),
    onSettled: () => client.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

/** A new task; it shows in the lists once the server answered (they are read again). */
export function useCreateTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (task: CreateTask) => unwrap(http.POST('/api/v1/tasks', { body: task })),
    onSuccess: () => client.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

/** A line of the task language, created; a new @label in it makes a new label. */
export function useQuickAdd() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => unwrap(http.POST('/api/v1/tasks/quick', { body: { text } })),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: taskKeys.all }),
        client.invalidateQueries({ queryKey: labelKeys.all }),
      ]),
  });
}

const previewKey = (text: string) => ['quick-add-preview', text] as const;
const previewOf = (text: string, signal?: AbortSignal) =>
  unwrap(http.POST('/api/v1/tasks/quick/preview', { body: { text }, signal }));

/**
 * What the server makes of a quick-add line, asked once the typing paused: the latest line's preview (kept while
 * the next one is asked, so the highlighting does not flicker), or the reason the line cannot be read.
 */
export function useQuickAddPreview(text: string) {
  return useQuery({
    queryKey: previewKey(text),
    queryFn: ({ signal }) => previewOf(text, signal),
    enabled: text.trim().length > 0,
    placeholderData: (previous) => previous,
    staleTime: 60_000,
    retry: false,
  });
}

/** The preview of exactly this line, now: from the cache if known (unless `fresh`), else asked. */
export function usePreviewNow() {
  const client = useQueryClient();
  return (text: string, fresh = false) =>
    client.fetchQuery({
      queryKey: previewKey(text),
      queryFn: ({ signal }) => previewOf(text, signal),
      staleTime: fresh ? 0 : 60_000,
      retry: false,
    });
}

/** `#Garden` or `#"My Garden"` → the project's name. */
export const projectNameOf = (token: string) => token.replace(/^#/, '').replace(/^"(.*)"$/, '$1');

/** The names of the #projects in a line that name none of mine (the server keeps them in the title). */
export const unknownProjects = (preview: QuickAddPreview): string[] =>
  preview.unknownProjectName
    ? [preview.unknownProjectName]
    : preview.tokens.filter((t) => t.kind === 'unknown-project').map((t) => projectNameOf(t.text));

/**
 * Waits until the tasks service knows a project just made (it learns of it through Kafka): until the line's
 * preview no longer marks `name` as unknown, or a few seconds passed.
 */
export function useWaitForProject() {
  const previewNow = usePreviewNow();
  return async (line: string, name: string) => {
    const deadline = Date.now() + 15_000;
    for (let attempt = 0; ; attempt++) {
      const preview = await previewNow(line, true);
      if (!unknownProjects(preview).includes(name) || Date.now() > deadline) return;
      await new Promise((resolve) => window.setTimeout(resolve, retryDelay(attempt)));
    }
  };
}

/** A key that makes a retried close or reopen count once (the server answers a repeat with the first answer). */
function idempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Lists and the open task after the server answered a close or reopen with the task as it is now. */
function putSaved(client: QueryClient, saved: Task) {
  for (const [key] of snapshotTasks(client)) {
    const cached = describeKey(key);
    if (cached && 'list' in cached) {
      client.setQueryData<TaskPages>(key, (d) => updateInPages(d, saved.id, () => saved, openOnly(cached.list)));
    }
  }
  client.setQueryData(taskKeys.one(saved.id), saved);
}

/**
 * Close (complete) or reopen a task: POST /tasks/{id}/close or /reopen. A task that does not repeat is shown
 * completed (or open) at once; a recurring one moves to its next occurrence (or back) when the server answers,
 * since only the server knows the occurrence it was closed on.
 */
function useCloseOrReopen(action: 'close' | 'reopen') {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    scope: { id: 'task-writes' },
    mutationFn: (task: Task) =>
      unwrap(
        action === 'close'
          ? http.POST('/api/v1/tasks/{id}/close', {
              params: { path: { id: task.id }, header: { 'Idempotency-Key': idempotencyKey() } },
            })
          : http.POST('/api/v1/tasks/{id}/reopen', {
              params: { path: { id: task.id }, header: { 'Idempotency-Key': idempotencyKey() } },
            }),
      ),
    onMutate: async (task) => {
      await client.cancelQueries({ queryKey: taskKeys.all });
      const snapshot = snapshotTasks(client);
      if (!task.due?.isRecurring) {
        const status = action === 'close' ? 'COMPLETED' : 'PENDING';
        for (const [key] of snapshot) {
          const cached = describeKey(key);
          if (cached && 'list' in cached) {
            client.setQueryData<TaskPages>(key, (d) =>
              updateInPages(d, task.id, (t) => applyPatch(t, { status }), openOnly(cached.list)),
            );
          } else if (cached && cached.one === task.id) {
            client.setQueryData<Task>(key, (t) => (t ? applyPatch(t, { status }) : t));
          }
        }
      }
      return { snapshot };
    },
    onError: (error, _task, context) => {
      if (context) restore(client, context.snapshot);
      toast.error(error.message);
    },
    onSuccess: (saved) => putSaved(client, saved),
    onSettled: () => client.invalidateQueries({ queryKey: taskKeys.all }),
  });
}

export const useCloseTask = () => useCloseOrReopen('close');
export const useReopenTask = () => useCloseOrReopen('reopen');

export type CompletionQuery = { since?: string; until?: string };

/** What I completed, newest first: each completed occurrence of a recurring task is one entry. */
export function useCompletions(query: CompletionQuery, enabled = true) {
  return useInfiniteQuery({
    queryKey: taskKeys.completed(query),
    queryFn: ({ pageParam }) =>
      unwrap(http.GET('/api/v1/tasks/completed', { params: { query: { limit: 100, ...query, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
  });
}
