// My labels: listed in the sidebar and on Filters & labels, offered in the task detail.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allPages, done, http, unwrap } from '../../../api/client';

export const labelKeys = { all: ['labels'] as const };

export const useLabels = () =>
  useQuery({
    queryKey: labelKeys.all,
    queryFn: () =>
      allPages((cursor) => unwrap(http.GET('/api/v1/labels', { params: { query: { cursor, limit: 200 } } }))),
    staleTime: 30_000,
  });

function useLabelChange<V>(change: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({ mutationFn: change, onSettled: () => client.invalidateQueries({ queryKey: labelKeys.all }) });
}

export const useCreateLabel = () =>
  useLabelChange(({ name, color }: { name: string; color?: string }) =>
    unwrap(http.POST('/api/v1/labels', { body: { name, color } })),
  );

export const useDeleteLabel = () =>
  useLabelChange((id: string) => done(http.DELETE('/api/v1/labels/{id}', { params: { path: { id } } })));
