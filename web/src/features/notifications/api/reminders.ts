// My reminders on a task, and setting and deleting them.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { done, http, unwrap } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import type { CreateReminder, Reminder } from '../../../api/types';

export const reminderKeys = {
  all: ['reminders'] as const,
  task: (taskId: string) => ['reminders', taskId] as const,
};

/** The channels a reminder may use, as the API names them. */
export const CHANNELS = ['in_app', 'email', 'push'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * The notifications service learns of a new task, or of my joining a project, from Kafka a moment after the
 * tasks or projects service answered: a 404 is retried for a few seconds before it counts.
 */
const retryNew = (count: number, error: Error) =>
  error instanceof ApiError && error.status === 404
    ? count < 8
    : count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);
const retryDelay = (attempt: number) => Math.min(200 * 2 ** attempt, 2000);

/** A new Idempotency-Key. */
export const newRequestKey = () =>
  globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;

/** The next to fire first; those with nothing to fire at last. */
const byFireAt = (a: Reminder, b: Reminder) =>
  (a.fireAt ? Date.parse(a.fireAt) : Infinity) - (b.fireAt ? Date.parse(b.fireAt) : Infinity);

export const useReminders = (taskId: string) =>
  useQuery({
    queryKey: reminderKeys.task(taskId),
    queryFn: async () =>
      (await unwrap(http.GET('/api/v1/reminders', { params: { query: { taskId } } }))).items.sort(byFireAt),
    retry: retryNew,
    retryDelay,
  });

export function useCreateReminder(taskId: string) {
  const client = useQueryClient();
  return useMutation({
    // One key per reminder asked for: a retry (a lost answer, a task the service does not know yet) sets it once.
    mutationFn: ({ key, ...reminder }: Omit<CreateReminder, 'taskId'> & { key: string }) =>
      unwrap(http.POST('/api/v1/reminders', { body: { ...reminder, taskId }, headers: { 'Idempotency-Key': key } })),
    retry: (count, error) => error instanceof ApiError && error.status === 404 && count < 8,
    retryDelay,
    onSuccess: (saved) =>
      client.setQueryData<Reminder[]>(reminderKeys.task(taskId), (all) =>
        [...(all ?? []).filter((r) => r.id !== saved.id), saved].sort(byFireAt),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: reminderKeys.task(taskId) }),
  });
}

/**
 * Deletes a reminder: gone at once, back if the server refuses. Without If-Match: it is to go even if it fired or
 * followed its task's due meanwhile.
 */
export function useDeleteReminder(taskId: string) {
  const client = useQueryClient();
  const key = reminderKeys.task(taskId);
  return useMutation({
    mutationFn: (reminder: Reminder) =>
      done(http.DELETE('/api/v1/reminders/{id}', { params: { path: { id: reminder.id } } })),
    onMutate: async (reminder) => {
      await client.cancelQueries({ queryKey: key });
      const before = client.getQueryData<Reminder[]>(key);
      client.setQueryData<Reminder[]>(key, (all) => all?.filter((r) => r.id !== reminder.id));
      return { before };
    },
    onError: (_error, _reminder, context) => client.setQueryData(key, context?.before),
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
