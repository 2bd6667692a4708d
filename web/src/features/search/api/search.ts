// Search through React Query: the palette's results as one types (asked once the typing pauses; the request of
// words typed over is aborted, so a late answer never shows), and the results page's pages (keyset, Load more).
import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { http, unwrap } from '../../../api/client';
import type { SearchHit } from '../../../api/types';

export type { SearchHit };
export type SearchType = 'task' | 'project' | 'comment' | 'event';
export const SEARCH_TYPES: SearchType[] = ['task', 'project', 'comment', 'event'];
/** Tasks' status filter: open (pending or in progress) or completed; none is every status (and every type). */
export type SearchStatus = 'open' | 'completed';

export type SearchFilters = {
  q: string;
  types: SearchType[];
  projectId?: string;
  status?: SearchStatus;
};

export const searchKeys = {
  all: ['search'] as const,
  palette: (q: string) => ['search', 'palette', q] as const,
  results: (filters: SearchFilters) => ['search', 'results', filters] as const,
};

/** How long the typing must pause before the palette asks (ms). */
export const TYPING_PAUSE = 150;
export const PALETTE_LIMIT = 20;
export const RESULTS_LIMIT = 25;

const searchPage = (filters: SearchFilters, limit: number, cursor: string | undefined, signal: AbortSignal) =>
  unwrap(
    http.GET('/api/v1/search', {
      params: {
        query: {
          q: filters.q,
          types: filters.types.length > 0 ? filters.types : undefined,
          projectId: filters.projectId,
          status: filters.status,
          cursor,
          limit,
        },
      },
      signal,
    }),
  );

/** The value once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The palette's hits for what is typed: asked when the typing pauses, the previous words' hits shown meanwhile.
 * A query typed over loses its only observer, and React Query then aborts its request (the signal is passed on),
 * so an answer to older words is never shown as the answer to newer ones.
 */
export function usePaletteSearch(text: string) {
  const q = useDebounced(text.trim(), TYPING_PAUSE);
  const query = useQuery({
    queryKey: searchKeys.palette(q),
    queryFn: ({ signal }) => searchPage({ q, types: [] }, PALETTE_LIMIT, undefined, signal),
    enabled: q !== '',
    placeholderData: keepPreviousData,
    staleTime: 5_000,
    retry: false,
  });
  return {
    hits: q === '' ? [] : (query.data?.items ?? []),
    hasMore: q !== '' && !!query.data?.nextCursor,
    /** The words the hits shown answer, once answered (null while those typed still wait for theirs). */
    answered: !query.isPlaceholderData && (query.isSuccess || query.isError) ? q : null,
    searching: text.trim() !== q || query.isFetching,
    error: q === '' ? null : query.error,
  };
}

/** The results page: the hits for these words and filters, a page at a time. */
export const useSearchResults = (filters: SearchFilters) =>
  useInfiniteQuery({
    queryKey: searchKeys.results(filters),
    queryFn: ({ pageParam, signal }) => searchPage(filters, RESULTS_LIMIT, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: filters.q.trim() !== '',
    retry: false,
  });
