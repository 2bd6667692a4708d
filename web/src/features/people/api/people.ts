// A project's members and invitations, and the invitations sent to me.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { allPages, done, http, unwrap } from '../../../api/client';
import { ApiError } from '../../../api/problem';
import type { GrantedRole } from '../../../api/types';
import { projectKeys } from '../../projects';

export const peopleKeys = {
  members: (projectId: string) => ['members', projectId] as const,
  projectInvitations: (projectId: string) => ['project-invitations', projectId] as const,
  myInvitations: ['my-invitations'] as const,
};

export const useMembers = (projectId: string | undefined) =>
  useQuery({
    queryKey: peopleKeys.members(projectId ?? ''),
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          http.GET('/api/v1/projects/{projectId}/members', {
            params: { path: { projectId: projectId ?? '' }, query: { cursor, limit: 200 } },
          }),
        ),
      ),
    enabled: !!projectId,
  });

export const useProjectInvitations = (projectId: string, enabled: boolean) =>
  useQuery({
    queryKey: peopleKeys.projectInvitations(projectId),
    queryFn: () =>
      allPages((cursor) =>
        unwrap(
          http.GET('/api/v1/projects/{projectId}/invitations', {
            params: { path: { projectId }, query: { cursor, limit: 200 } },
          }),
        ),
      ),
    enabled,
  });

export const useMyInvitations = () =>
  useQuery({
    queryKey: peopleKeys.myInvitations,
    queryFn: () =>
      allPages((cursor) => unwrap(http.GET('/api/v1/invitations', { params: { query: { cursor, limit: 200 } } }))),
    // An unverified account is refused (403 email-not-verified) until it verifies: no point asking every minute.
    refetchInterval: (query) =>
      query.state.error instanceof ApiError && query.state.error.status === 403 ? false : 60_000,
  });

/** A change to a project's people: its members and invitations are read again once it settled. */
function useMembershipChange<V>(projectId: string, change: (vars: V) => Promise<unknown>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: peopleKeys.members(projectId) }),
        client.invalidateQueries({ queryKey: peopleKeys.projectInvitations(projectId) }),
      ]),
  });
}

export const useChangeRole = (projectId: string) =>
  useMembershipChange(projectId, ({ userId, role }: { userId: string; role: GrantedRole }) =>
    done(
      http.PATCH('/api/v1/projects/{projectId}/members/{userId}', {
        params: { path: { projectId, userId } },
        body: { role },
      }),
    ),
  );

export const useRemoveMember = (projectId: string) =>
  useMembershipChange(projectId, (userId: string) =>
    done(http.DELETE('/api/v1/projects/{projectId}/members/{userId}', { params: { path: { projectId, userId } } })),
  );

export const useInvite = (projectId: string) =>
  useMembershipChange(projectId, ({ email, role }: { email: string; role: GrantedRole }) =>
    unwrap(
      http.POST('/api/v1/projects/{projectId}/invitations', { params: { path: { projectId } }, body: { email, role } }),
    ),
  );

export const useRevokeInvitation = (projectId: string) =>
  useMembershipChange(projectId, (invitationId: string) =>
    done(
      http.DELETE('/api/v1/projects/{projectId}/invitations/{invitationId}', {
        params: { path: { projectId, invitationId } },
      }),
    ),
  );

export function useLeaveProject(projectId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => done(http.POST('/api/v1/projects/{projectId}/leave', { params: { path: { projectId } } })),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: peopleKeys.members(projectId) }),
        client.invalidateQueries({ queryKey: projectKeys.all }),
      ]),
  });
}

/** Accepting opens the project (its answer), so the project lists are read again; declining only the invitations. */
export function useAnswerInvitation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, accept }: { id: string; accept: boolean }) =>
      accept
        ? unwrap(http.POST('/api/v1/invitations/{id}/accept', { params: { path: { id } } }))
        : done(http.POST('/api/v1/invitations/{id}/reject', { params: { path: { id } } })).then(() => undefined),
    onSuccess: (project) => (project ? client.invalidateQueries({ queryKey: projectKeys.all }) : undefined),
    onSettled: () => client.invalidateQueries({ queryKey: peopleKeys.myInvitations }),
  });
}
