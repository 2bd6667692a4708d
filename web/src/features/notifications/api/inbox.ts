// The in-app inbox through React Query: the panel's lists (all, or unread only), the unread count, and the
// changes to them. Read, unread, mark all read and archive show at once in every cached list and in the count,
// and are put back if the server refuses; the live stream keeps both current (a new notification is put at the
// top of the lists, `unread-count` sets the count).
import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type InfiniteData,
  type QueryClient,
} from '@tanstack/react-query';
import { done, http, unwrap } from '../../../api/client';
import type { InboxNotification } from '../../../api/types';
import { useToast } from '../../../shared/toast';

export type InboxFilter = 'all' | 'unread';
type Page = { items: InboxNotification[]; nextCursor: string | null };
export type InboxPages = InfiniteData<Page, string | undefined>;

export const notificationKeys = {
  all: ['notifications'] as const,
  lists: ['notifications', 'list'] as const,
  list: (filter: InboxFilter) => ['notifications', 'list', filter] as const,
  unreadCount: ['notifications', 'unread-count'] as const,
};

export const PAGE_SIZE = 20;

export function useInbox(filter: InboxFilter) {
  return useInfiniteQuery({
    queryKey: notificationKeys.list(filter),
    queryFn: ({ pageParam }) =>
      unwrap(
        http.GET('/api/v1/notifications', {
          params: {
            query: { limit: PAGE_SIZE, cursor: pageParam, ...(filter === 'unread' ? { unread: true } : {}) },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** How many unread notifications I have: read once, then kept current by the live stream. */
export const useUnreadCount = () =>
  useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: async () => (await unwrap(http.GET('/api/v1/notifications/unread-count'))).count,
    staleTime: 60_000,
  });

/** Every cached list with `change` applied to its items (null takes an item out). */
function mapLists(client: QueryClient, change: (n: InboxNotification) => InboxNotification | null) {
  client.setQueriesData<InboxPages>({ queryKey: notificationKeys.lists }, (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.flatMap((n) => {
              const changed = change(n);
              return changed ? [changed] : [];
            }),
          })),
        }
      : data,
  );
}

/** Is this notification unread in some cached list (so changing it changes the count)? */
function cachedUnread(client: QueryClient, id: string): boolean {
  return client
    .getQueriesData<InboxPages>({ queryKey: notificationKeys.lists })
    .some(([, data]) => data?.pages.some((p) => p.items.some((n) => n.id === id && !n.read)));
}

const adjustCount = (client: QueryClient, delta: number) =>
  client.setQueryData<number>(notificationKeys.unreadCount, (c) => (c === undefined ? c : Math.max(0, c + delta)));

/** A new notification from the live stream: first in the lists it belongs to, and counted when unread. */
export function addLiveNotification(client: QueryClient, notification: InboxNotification) {
  if (notification.archived) return;
  let known = false;
  for (const [key, data] of client.getQueriesData<InboxPages>({ queryKey: notificationKeys.lists })) {
    if (!data || data.pages.length === 0) continue;
    if (data.pages.some((p) => p.items.some((n) => n.id === notification.id))) {
      known = true;
      continue;
    }
    if (key[2] === 'unread' && notification.read) continue;
    const [first, ...rest] = data.pages;
    client.setQueryData<InboxPages>(key, {
      ...data,
      pages: [{ ...first, items: [notification, ...first.items] }, ...rest],
    });
  }
  if (!known && !notification.read) adjustCount(client, 1);
}

type Snapshot = [readonly unknown[], unknown][];

/** One optimistic change of the inbox: applied at once, rolled back with the reason if the server refuses. */
function useInboxChange<V>(
  call: (vars: V) => Promise<void>,
  apply: (client: QueryClient, vars: V) => void,
  failure: string,
) {
  const client = useQueryClient();
  const toast = useToast();
  return useMutation({
    mutationFn: call,
    onMutate: async (vars: V) => {
      await client.cancelQueries({ queryKey: notificationKeys.all });
      const snapshot: Snapshot = client.getQueriesData({ queryKey: notificationKeys.all });
      apply(client, vars);
      return { snapshot };
    },
    onError: (error, _vars, context) => {
      context?.snapshot.forEach(([key, data]) => client.setQueryData(key, data));
      toast.error(`${failure} ${error.message}`);
    },
    onSettled: () => client.invalidateQueries({ queryKey: notificationKeys.unreadCount }),
  });
}

export const useMarkRead = () =>
  useInboxChange(
    (id: string) => done(http.POST('/api/v1/notifications/{id}/read', { params: { path: { id } } })),
    (client, id) => {
      if (cachedUnread(client, id)) adjustCount(client, -1);
      mapLists(client, (n) => (n.id === id ? { ...n, read: true } : n));
    },
    'Could not mark it read.',
  );

export const useMarkUnread = () =>
  useInboxChange(
    (id: string) => done(http.POST('/api/v1/notifications/{id}/unread', { params: { path: { id } } })),
    (client, id) => {
      if (!cachedUnread(client, id)) adjustCount(client, 1);
      mapLists(client, (n) => (n.id === id ? { ...n, read: false } : n));
    },
    'Could not mark it unread.',
  );

export const useMarkAllRead = () =>
  useInboxChange(
    () => done(http.POST('/api/v1/notifications/read-all')),
    (client) => {
      client.setQueryData(notificationKeys.unreadCount, 0);
      mapLists(client, (n) => (n.read ? n : { ...n, read: true }));
    },
    'Could not mark them read.',
  );

export const useArchive = () =>
  useInboxChange(
    (id: string) => done(http.POST('/api/v1/notifications/{id}/archive', { params: { path: { id } } })),
    (client, id) => {
      if (cachedUnread(client, id)) adjustCount(client, -1);
      mapLists(client, (n) => (n.id === id ? null : n));
    },
    'Could not archive it.',
  );
