// Projects: the ones I am a member of (the sidebar's), the archived ones, and the changes to one.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allPages, done, http, unwrap } from '../../../api/client';
import type { CreateProject, Project, UpdateProject } from '../../../api/types';

export const projectKeys = {
  all: ['projects'] as const,
  active: ['projects', 'active'] as const,
  archived: ['projects', 'archived'] as const,
};

const list = (archived: boolean) =>
  allPages((cursor) => unwrap(http.GET('/api/v1/projects', { params: { query: { archived, cursor, limit: 200 } } })));

export const useProjects = () =>
  useQuery({ queryKey: projectKeys.active, queryFn: () => list(false), staleTime: 30_000 });

export const useArchivedProjects = (enabled: boolean) =>
  useQuery({ queryKey: projectKeys.archived, queryFn: () => list(true), enabled });

/** My Inbox: the project of mine marked inbox (a shared project is someone else's). */
export function useInbox(): Project | undefined {
  return useProjects().data?.find((p) => p.inbox && p.role === 'owner');
}

/** Invalidates every project list when a change has settled (done or refused). */
function useProjectChange<V, R>(change: (vars: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: () => client.invalidateQueries({ queryKey: projectKeys.all }),
  });
}

export const useCreateProject = () =>
  useProjectChange((body: CreateProject) => unwrap(http.POST('/api/v1/projects', { body })));

export const useUpdateProject = () =>
  useProjectChange(({ id, changes }: { id: string; changes: UpdateProject }) =>
    unwrap(http.PATCH('/api/v1/projects/{id}', { params: { path: { id } }, body: changes })),
  );

export const useArchiveProject = () =>
  useProjectChange((id: string) => done(http.POST('/api/v1/projects/{id}/archive', { params: { path: { id } } })));

export const useUnarchiveProject = () =>
  useProjectChange((id: string) => done(http.POST('/api/v1/projects/{id}/unarchive', { params: { path: { id } } })));

export const useDeleteProject = () =>
  useProjectChange((id: string) => done(http.DELETE('/api/v1/projects/{id}', { params: { path: { id } } })));

/** The favorite flag, shown at once in the sidebar and undone if the server refuses. */
export function useToggleFavorite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (project: Project) =>
      unwrap(
        http.PATCH('/api/v1/projects/{id}', {
          params: { path: { id: project.id } },
          body: { favorite: !project.favorite },
        }),
      ),
    onMutate: async (project) => {
      await client.cancelQueries({ queryKey: projectKeys.active });
      const before = client.getQueryData<Project[]>(projectKeys.active);
      client.setQueryData<Project[]>(projectKeys.active, (all) =>
        all?.map((p) => (p.id === project.id ? { ...p, favorite: !p.favorite } : p)),
      );
      return { before };
    },
    onError: (_error, _project, context) => client.setQueryData(projectKeys.active, context?.before),
    onSettled: () => client.invalidateQueries({ queryKey: projectKeys.all }),
  });
}
