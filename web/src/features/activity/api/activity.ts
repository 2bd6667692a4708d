// What I did, from the audit trail: newest first, a page at a time.
import { useInfiniteQuery } from '@tanstack/react-query';
import { http, unwrap } from '../../../api/client';

export const activityKeys = { all: ['activity'] as const };

export const useActivity = () =>
  useInfiniteQuery({
    queryKey: activityKeys.all,
    // (audit's page size: 50 by default)
    queryFn: ({ pageParam }) => unwrap(http.GET('/api/v1/audit/events', { params: { query: { cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
