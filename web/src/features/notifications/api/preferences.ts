// My notification preferences (per type × channel, quiet hours, the daily digest, the default reminder) and this
// browser's push subscription.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { done, http, unwrap } from '../../../api/client';
import { ApiError, PROBLEM_TYPES } from '../../../api/problem';
import type { NotificationSettingsUpdate } from '../../../api/types';
import { browserPush, type PushState } from '../push';

export const preferenceKeys = {
  preferences: ['notification-preferences'] as const,
  vapidKey: ['push', 'vapid-public-key'] as const,
  pushState: (userId: string) => ['push', 'state', userId] as const,
};

export const useNotificationPreferences = () =>
  useQuery({
    queryKey: preferenceKeys.preferences,
    queryFn: () => unwrap(http.GET('/api/v1/notification-preferences')),
  });

export function useSaveNotificationPreferences() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (preferences: NotificationSettingsUpdate) =>
      unwrap(http.PUT('/api/v1/notification-preferences', { body: preferences })),
    onSuccess: (saved) => client.setQueryData(preferenceKeys.preferences, saved),
  });
}

/** The server's VAPID public key; null when push is not configured there (404 push-not-configured). */
export const useVapidKey = (enabled: boolean) =>
  useQuery({
    queryKey: preferenceKeys.vapidKey,
    queryFn: async () => {
      try {
        const answer = await unwrap(http.GET('/api/v1/push-subscriptions/vapid-public-key'));
        return answer.publicKey ?? null;
      } catch (e) {
        if (e instanceof ApiError && (e.status === 404 || e.is(PROBLEM_TYPES.pushNotConfigured))) return null;
        throw e;
      }
    },
    enabled,
    staleTime: Infinity,
    retry: false,
  });

/** Whether this browser can take pushes, what it was allowed, and whether it is subscribed for this user. */
export const usePushState = (userId: string) =>
  useQuery<PushState>({
    queryKey: preferenceKeys.pushState(userId),
    queryFn: () => browserPush.state(userId),
  });

/** Subscribes this browser (asking the user's permission first) and tells the server where to push. */
export function useEnablePush(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (publicKey: string) => {
      const subscription = await browserPush.subscribe(publicKey);
      try {
        const saved = await unwrap(http.POST('/api/v1/push-subscriptions', { body: subscription }));
        browserPush.remember({ userId, endpoint: saved.endpoint, id: saved.id });
      } catch (e) {
        // the server does not have it: neither should the browser
        await browserPush.unsubscribe();
        throw e;
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: preferenceKeys.pushState(userId) }),
  });
}

/** Unsubscribes this browser, and tells the server to forget it. */
export function useDisablePush(userId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const stored = browserPush.remembered();
      if (stored && stored.userId === userId) {
        try {
          await done(http.DELETE('/api/v1/push-subscriptions/{id}', { params: { path: { id: stored.id } } }));
        } catch (e) {
          // already gone there (404): the browser's side still goes
          if (!(e instanceof ApiError && e.status === 404)) throw e;
        }
      }
      await browserPush.unsubscribe();
    },
    onSettled: () => client.invalidateQueries({ queryKey: preferenceKeys.pushState(userId) }),
  });
}
