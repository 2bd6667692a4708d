// A project's sections: the groups of its list and the columns of its board.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allPages, done, http, unwrap } from '../../../api/client';
import { retryDelay, retryFreshProject, taskKeys } from './tasks';

export const sectionKeys = { of: (projectId: string) => ['sections', projectId] as const };

export const useSections = (projectId: string | undefined) =>
  useQuery({
    queryKey: sectionKeys.of(projectId ?? ''),
    queryFn: () =>
      allPages((cursor) =>
        unwrap(http.GET('/api/v1/sections', { params: { query: { projectId: projectId ?? '', cursor, limit: 200 } } })),
      ),
    enabled: !!projectId,
    retry: retryFreshProject,
    retryDelay,
  });

/** A change to a project's sections; its tasks are read again too (a deleted section's tasks lose it). */
function useSectionChange<V>(projectId: string, change: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: sectionKeys.of(projectId) }),
        client.invalidateQueries({ queryKey: taskKeys.all }),
      ]),
  });
}

export const useCreateSection = (projectId: string) =>
  useSectionChange(projectId, (name: string) => unwrap(http.POST('/api/v1/sections', { body: { projectId, name } })));

export const useRenameSection = (projectId: string) =>
  useSectionChange(projectId, ({ id, name }: { id: string; name: string }) =>
    unwrap(http.PATCH('/api/v1/sections/{id}', { params: { path: { id } }, body: { name } })),
  );

export const useDeleteSection = (projectId: string) =>
  useSectionChange(projectId, (id: string) => done(http.DELETE('/api/v1/sections/{id}', { params: { path: { id } } })));
