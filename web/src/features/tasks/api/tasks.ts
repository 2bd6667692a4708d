// Server state, through React Query: one hook per thing the screens read, and the task mutations with
// their optimistic updates.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, type TaskQuery } from '../api/client';
import { ApiError } from '../api/problem';
import type { Project, Task, UpdateTask } from '../api/types';
import { applyPatch, removeFromPages, updateInPages, type TaskPages } from '../lib/taskCache';
import { useToast } from './toast';

export const keys = {
  me: ['me'] as const,
  projects: ['projects'] as const,
  archived: ['projects', 'archived'] as const,
  sections: (projectId: string) => ['sections', projectId] as const,
  members: (projectId: string) => ['members', projectId] as const,
  projectInvitations: (projectId: string) => ['project-invitations', projectId] as const,
  myInvitations: ['my-invitations'] as const,
  labels: ['labels'] as const,
  filters: ['filters'] as const,
  tasks: ['tasks'] as const,
  taskList: (q: TaskQuery) => ['tasks', 'list', q] as const,
  task: (id: string) => ['tasks', 'one', id] as const,
  activity: ['activity'] as const,
};

export const useMe = () => useQuery({ queryKey: keys.me, queryFn: api.me, staleTime: 60_000 });
export const useProjects = () => useQuery({ queryKey: keys.projects, queryFn: () => api.projects(false), staleTime: 30_000 });
export const useArchivedProjects = (enabled: boolean) =>
  useQuery({ queryKey: keys.archived, queryFn: () => api.projects(true), enabled });
/**
 * The tasks service learns of a new project, or of my joining one, from Kafka a moment after the projects
 * service answered: a 404 for a project I can see is retried for a few seconds before it counts.
 */
const NEW_PROJECT_RETRIES = 8;
const retryFreshProject = (count: number, error: Error) =>
  error instanceof ApiError && error.status === 404 ? count < NEW_PROJECT_RETRIES
    : count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);
const retryDelay = (attempt: number) => Math.min(200 * 2 ** attempt, 2000);

export const useSections = (projectId: string | undefined) =>
  useQuery({ queryKey: keys.sections(projectId ?? ''), queryFn: () => api.sections(projectId!), enabled: !!projectId, retry: retryFreshProject, retryDelay });
export const useMembers = (projectId: string | undefined) =>
  useQuery({ queryKey: keys.members(projectId ?? ''), queryFn: () => api.members(projectId!), enabled: !!projectId });
export const useLabels = () => useQuery({ queryKey: keys.labels, queryFn: api.labels, staleTime: 30_000 });
export const useFilters = () => useQuery({ queryKey: keys.filters, queryFn: api.filters, staleTime: 30_000 });
export const useMyInvitations = () =>
  useQuery({
    queryKey: keys.myInvitations,
    queryFn: api.myInvitations,
    // An unverified account is refused (403 email-not-verified) until it verifies: no point asking every minute.
    refetchInterval: (query) => (query.state.error instanceof ApiError && query.state.error.status === 403 ? false : 60_000),
  });

export function useInbox(): Project | undefined {
  return useProjects().data?.find((p) => p.inbox && p.role === 'owner');
}

/** Does a list with these parameters show only open tasks (so completing one takes it out)? */
export const openOnly = (q: TaskQuery) => !q.status && !/status\s*:|overdue/i.test(q.filter ?? '');

export function useTaskList(query: TaskQuery, enabled = true) {
  return useInfiniteQuery({
    queryKey: keys.taskList(query),
    queryFn: ({ pageParam }) => api.tasks({ ...query, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled,
    ...(query.projectId ? { retry: retryFreshProject, retryDelay } : {}),
  });
}

export const useTask = (id: string | null) =>
  useQuery({ queryKey: keys.task(id ?? ''), queryFn: () => api.task(id!), enabled: !!id });

type Snapshot = [readonly unknown[], unknown][];

function snapshotTasks(client: QueryClient): Snapshot {
  return client.getQueriesData({ queryKey: keys.tasks });
}

function restore(client: QueryClient, snapshot: Snapshot) {
  for (const [key, data] of snapshot) client.setQueryData(key, data);
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
      api.updateTask(task.id, patch, client.getQueryData<Task>(keys.task(task.id))?.version ?? task.version),
    onMutate: async ({ task, patch }) => {
      await client.cancelQueries({ queryKey: keys.tasks });
      const snapshot = snapshotTasks(client);
      for (const [key] of snapshot) {
        const [, kind, q] = key as [string, string, TaskQuery | string];
        if (kind === 'list') {
          client.setQueryData<TaskPages>(key, (d) => updateInPages(d, task.id, (t) => applyPatch(t, patch), openOnly(q as TaskQuery)));
        } else if (kind === 'one' && q === task.id) {
          client.setQueryData<Task>(key, (t) => (t ? applyPatch(t, patch) : t));
        }
      }
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      if (context) restore(client, context.snapshot);
      toast.error(error.message);
    },
    onSuccess: (saved) => client.setQueryData(keys.task(saved.id), saved),
    onSettled: () => client.invalidateQueries({ queryKey: keys.tasks }),
  });
}

export function useDeleteTask() {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: (task: Task) => api.deleteTask(task.id),
    onMutate: async (task) => {
      await client.cancelQueries({ queryKey: keys.tasks });
      const snapshot = snapshotTasks(client);
      for (const [key] of snapshot) {
        if ((key as string[])[1] === 'list') client.setQueryData<TaskPages>(key, (d) => removeFromPages(d, new Set([task.id])));
      }
      return { snapshot };
    },
    onError: (error, _task, context) => {
      if (context) restore(client, context.snapshot);
      toast.error(error.message);
    },
    onSettled: () => client.invalidateQueries({ queryKey: keys.tasks }),
  });
}

export function useMoveTask() {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    scope: { id: 'task-writes' },
    mutationFn: ({ task, sectionId, projectId, parentId }: { task: Task; sectionId: string | null; projectId?: string; parentId?: string | null }) =>
      api.moveTask(task.id, { projectId, sectionId, parentId: parentId === undefined ? task.parentId : parentId }),
    onMutate: async ({ task, sectionId, projectId }) => {
      await client.cancelQueries({ queryKey: keys.tasks });
      const snapshot = snapshotTasks(client);
      for (const [key] of snapshot) {
        if ((key as string[])[1] === 'list') {
          client.setQueryData<TaskPages>(key, (d) =>
            updateInPages(d, task.id, (t) => ({ ...t, sectionId: sectionId as string, projectId: projectId ?? t.projectId }), false));
        }
      }
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      if (context) restore(client, context.snapshot);
      toast.error(error.message);
    },
    onSuccess: (saved) => client.setQueryData(keys.task(saved.id), saved),
    onSettled: () => client.invalidateQueries({ queryKey: keys.tasks }),
  });
}
