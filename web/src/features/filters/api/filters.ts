// My saved filters: a name for a query of the filter language.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allPages, done, http, unwrap } from '../../../api/client';

export const filterKeys = { all: ['filters'] as const };

export const useFilters = () =>
  useQuery({
    queryKey: filterKeys.all,
    queryFn: () =>
      allPages((cursor) => unwrap(http.GET('/api/v1/filters', { params: { query: { cursor, limit: 200 } } }))),
    staleTime: 30_000,
  });

function useFilterChange<V, R>(change: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => client.invalidateQueries({ queryKey: filterKeys.all }) });
}

export const useCreateFilter = () =>
  useFilterChange(({ name, query }: { name: string; query: string }) =>
    unwrap(http.POST('/api/v1/filters', { body: { name, query } })),
  );

export const useDeleteFilter = () =>
  useFilterChange((id: string) => done(http.DELETE('/api/v1/filters/{id}', { params: { path: { id } } })));
