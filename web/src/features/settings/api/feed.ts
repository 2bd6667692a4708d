// My calendar feed: the secret address calendar apps subscribe to, and a new one in its place (the old stops).
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { http, unwrap } from '../../../api/client';

export const feedKeys = { feed: ['calendar', 'feed'] as const };

export const useCalendarFeed = () =>
  useQuery({ queryKey: feedKeys.feed, queryFn: () => unwrap(http.GET('/api/v1/calendar/feed')) });

export function useResetCalendarFeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(http.POST('/api/v1/calendar/feed/reset')),
    onSuccess: (feed) => client.setQueryData(feedKeys.feed, feed),
  });
}
