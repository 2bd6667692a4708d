// Comments through React Query: a task's thread or a project's discussion, and the changes to them. Each change
// is written into the cached thread at once (a reaction before the server answers, the rest with its answer),
// then the thread is read again.
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { done, http, ifMatch, unwrap } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import type { Comment } from '../../../api/types';
import { toggleReaction } from '../reactions';

/** Whose comments: a task's, or a project's own discussion (the comments on no task). */
export type Thread = { taskId: string } | { projectId: string };
type Page = { items: Comment[]; nextCursor: string | null };
type Pages = InfiniteData<Page, string | undefined>;

export const commentKeys = {
  all: ['comments'] as const,
  thread: (thread: Thread) => ['comments', 'thread', thread] as const,
  revisions: (id: string) => ['comments', 'revisions', id] as const,
};

/**
 * The comments service learns of a new task (and of my joining a project) from Kafka a moment after the tasks
 * or projects service answered: a 404 is retried for a few seconds before it counts.
 */
const retryNew = (count: number, error: Error) =>
  error instanceof ApiError && error.status === 404
    ? count < 8
    : count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500);
const retryDelay = (attempt: number) => Math.min(200 * 2 ** attempt, 2000);

export function useThread(thread: Thread) {
  return useInfiniteQuery({
    queryKey: commentKeys.thread(thread),
    queryFn: ({ pageParam }) =>
      unwrap(http.GET('/api/v1/comments', { params: { query: { ...thread, limit: 50, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    retry: retryNew,
    retryDelay,
  });
}

export const useRevisions = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: commentKeys.revisions(id),
    queryFn: () => unwrap(http.GET('/api/v1/comments/{id}/revisions', { params: { path: { id } } })),
    enabled,
  });

/** The cached thread with one comment changed (or taken out, when `change` answers null). */
function mapThread(data: Pages | undefined, id: string, change: (c: Comment) => Comment | null): Pages | undefined {
  if (!data) return data;
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.flatMap((c) => {
        if (c.id !== id) return [c];
        const changed = change(c);
        return changed ? [changed] : [];
      }),
    })),
  };
}

/** Writes a comment into the cached thread (the server's answer) and reads the thread again. */
function useThreadCache(thread: Thread) {
  const client = useQueryClient();
  const key = commentKeys.thread(thread);
  return {
    key,
    client,
    change: (id: string, change: (c: Comment) => Comment | null) =>
      client.setQueryData<Pages>(key, (d) => mapThread(d, id, change)),
    refresh: () => client.invalidateQueries({ queryKey: key }),
  };
}

export function useCreateComment(thread: Thread) {
  const cache = useThreadCache(thread);
  return useMutation({
    // The key makes a retried request (a lost answer) add the comment once.
    mutationFn: ({ text, key }: { text: string; key: string }) =>
      unwrap(http.POST('/api/v1/comments', { body: { ...thread, text }, headers: { 'Idempotency-Key': key } })),
    onSuccess: (saved) =>
      cache.client.setQueryData<Pages>(cache.key, (d) => {
        if (!d || d.pages.length === 0) return d;
        const pages = [...d.pages];
        const last = pages[pages.length - 1];
        // Oldest first: a new comment belongs at the end, once every page before it is loaded.
        if (!last.nextCursor && !last.items.some((c) => c.id === saved.id))
          pages[pages.length - 1] = { ...last, items: [...last.items, saved] };
        return { ...d, pages };
      }),
    onSettled: cache.refresh,
  });
}

export function useUpdateComment(thread: Thread) {
  const cache = useThreadCache(thread);
  return useMutation({
    mutationFn: ({ comment, text }: { comment: Comment; text: string }) =>
      unwrap(
        http.PATCH('/api/v1/comments/{id}', {
          params: { path: { id: comment.id } },
          body: { text },
          headers: ifMatch(comment.version),
        }),
      ),
    onSuccess: (saved) => {
      cache.change(saved.id, () => saved);
      return cache.client.invalidateQueries({ queryKey: commentKeys.revisions(saved.id) });
    },
    onSettled: cache.refresh,
  });
}

export function useDeleteComment(thread: Thread) {
  const cache = useThreadCache(thread);
  return useMutation({
    mutationFn: (comment: Comment) =>
      done(http.DELETE('/api/v1/comments/{id}', { params: { path: { id: comment.id } } })),
    onSuccess: (_done, comment) => cache.change(comment.id, () => null),
    onSettled: cache.refresh,
  });
}

/** A reaction of mine on or off: shown at once, put back as it was if the server refuses. */
export function useReact(thread: Thread, meId: string | undefined) {
  const cache = useThreadCache(thread);
  return useMutation({
    // Reactions to one comment go one at a time, so a quick on-off-on ends as the last click said.
    scope: { id: 'comment-reactions' },
    mutationFn: ({ comment, emoji, add }: { comment: Comment; emoji: string; add: boolean }) => {
      const options = { params: { path: { id: comment.id, emoji } } };
      return unwrap(
        add
          ? http.PUT('/api/v1/comments/{id}/reactions/{emoji}', options)
          : http.DELETE('/api/v1/comments/{id}/reactions/{emoji}', options),
      );
    },
    onMutate: async ({ comment, emoji, add }) => {
      await cache.client.cancelQueries({ queryKey: cache.key });
      const before = cache.client.getQueryData<Pages>(cache.key);
      cache.change(comment.id, (c) => ({ ...c, reactions: toggleReaction(c.reactions, emoji, meId ?? '', add) }));
      return { before };
    },
    onError: (_error, _vars, context) => cache.client.setQueryData(cache.key, context?.before),
    onSuccess: (reactions, { comment }) => {
      if (Array.isArray(reactions)) cache.change(comment.id, (c) => ({ ...c, reactions }));
    },
    onSettled: cache.refresh,
  });
}
