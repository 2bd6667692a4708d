// The typed API client: openapi-fetch over the generated schema (src/api/schema.d.ts, from the gateway's
// OpenAPI document), with the session's bearer token and silent refresh on every call.
import createClient from 'openapi-fetch';
import type { paths } from './schema';
import { ApiError, parseRetryAfter, type Problem } from './problem';
import { browserSession, type Session } from './session';
import type {
  AuditEvent, CreateTask, Invitation, Label, Member, Page, Project, QuickAddPreview, Role, SavedFilter, Section,
  Task, TokenPair, UpdateProfile, UpdateTask, User,
} from './types';

export const session: Session = browserSession();

export const http = createClient<paths>({
  baseUrl: '',
  fetch: (request: Request) => session.authorisedFetch(request),
});

type Result<T> = { data?: T; error?: unknown; response: Response };

/** The body of a successful answer, or an ApiError carrying the problem. */
export async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await call;
  } catch (e) {
    if (e instanceof Error && e.name === 'SessionExpiredError') throw e;
    throw new ApiError(0, { detail: 'The server could not be reached. Check your connection.' });
  }
  if (result.response.ok) return result.data as T;
  throw new ApiError(result.response.status, (result.error ?? {}) as Problem, parseRetryAfter(result.response.headers.get('Retry-After')));
}

/** Every page of a keyset-paginated list (the lists the sidebar needs are small). */
export async function allPages<T>(page: (cursor: string | undefined) => Promise<Page<T>>, max = 20): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < max; i++) {
    const p = await page(cursor);
    items.push(...p.items);
    if (!p.nextCursor) break;
    cursor = p.nextCursor;
  }
  return items;
}

const ifMatch = (version: number | undefined) =>
  version === undefined ? undefined : { 'If-Match': `"${version}"` };

export type TaskQuery = {
  projectId?: string;
  sectionId?: string;
  parentId?: string;
  label?: string;
  status?: string;
  view?: 'today' | 'upcoming' | 'overdue';
  filter?: string;
  savedFilter?: string;
  sort?: 'position' | 'due' | 'priority' | 'urgency' | 'created';
  cursor?: string;
  limit?: number;
};

export const api = {
  // identity
  async signIn(email: string, password: string): Promise<void> {
    const pair = await unwrap(http.POST('/api/v1/auth/login', { body: { email, password } }));
    session.store(pair as TokenPair);
  },
  async signUp(name: string, email: string, password: string): Promise<void> {
    await unwrap(http.POST('/api/v1/auth/register', { body: { name, email, password } }));
    await api.signIn(email, password);
  },
  signOut: () => session.signOut(),
  me: () => unwrap(http.GET('/api/v1/users/me')) as Promise<User>,
  updateMe: (body: UpdateProfile) => unwrap(http.PATCH('/api/v1/users/me', { body })) as Promise<User>,
  changePassword: (currentPassword: string, newPassword: string) =>
    unwrap(http.POST('/api/v1/users/me/password', { body: { currentPassword, newPassword } })),
  /** Trades the refresh token for a new pair now, so claims that changed (email_verified) reach the access token. */
  async renewSession(): Promise<void> {
    const current = session.current();
    if (current) await session.refresh(current.accessToken);
  },

  // email ownership: the links in the mails carry a token, and these answer with no body
  verifyEmail: (token: string) => unwrap(http.POST('/api/v1/auth/verify-email', { body: { token } })),
  resendVerification: () => unwrap(http.POST('/api/v1/auth/resend-verification')),
  requestPasswordReset: (email: string) => unwrap(http.POST('/api/v1/auth/password-reset', { body: { email } })),
  resetPassword: (token: string, newPassword: string) =>
    unwrap(http.POST('/api/v1/auth/password-reset/confirm', { body: { token, newPassword } })),
  changeEmail: (newEmail: string, password: string) =>
    unwrap(http.POST('/api/v1/users/me/email', { body: { newEmail, password } })),
  confirmEmailChange: (token: string) => unwrap(http.POST('/api/v1/auth/email-change/confirm', { body: { token } })),

  // projects
  projects: (archived = false) =>
    allPages((cursor) =>
      unwrap(http.GET('/api/v1/projects', { params: { query: { archived, cursor, limit: 200 } } })) as Promise<Page<Project>>,
    ),
  project: (id: string) => unwrap(http.GET('/api/v1/projects/{id}', { params: { path: { id } } })) as Promise<Project>,
  createProject: (body: { name: string; color?: string; parentId?: string; favorite?: boolean }) =>
    unwrap(http.POST('/api/v1/projects', { body })) as Promise<Project>,
  updateProject: (id: string, body: { name?: string; color?: string; favorite?: boolean; parentId?: string | null; description?: string | null }) =>
    unwrap(http.PATCH('/api/v1/projects/{id}', { params: { path: { id } }, body: body as never })) as Promise<Project>,
  archiveProject: (id: string) => unwrap(http.POST('/api/v1/projects/{id}/archive', { params: { path: { id } } })),
  unarchiveProject: (id: string) => unwrap(http.POST('/api/v1/projects/{id}/unarchive', { params: { path: { id } } })),
  deleteProject: (id: string) => unwrap(http.DELETE('/api/v1/projects/{id}', { params: { path: { id } } })),
  members: (projectId: string) =>
    allPages((cursor) =>
      unwrap(http.GET('/api/v1/projects/{projectId}/members', { params: { path: { projectId }, query: { cursor, limit: 200 } } })) as Promise<Page<Member>>,
    ),
  changeRole: (projectId: string, userId: string, role: Role) =>
    unwrap(http.PATCH('/api/v1/projects/{projectId}/members/{userId}', { params: { path: { projectId, userId } }, body: { role: role as 'admin' } })),
  removeMember: (projectId: string, userId: string) =>
    unwrap(http.DELETE('/api/v1/projects/{projectId}/members/{userId}', { params: { path: { projectId, userId } } })),
  leaveProject: (projectId: string) => unwrap(http.POST('/api/v1/projects/{projectId}/leave', { params: { path: { projectId } } })),
  projectInvitations: (projectId: string) =>
    allPages((cursor) =>
      unwrap(http.GET('/api/v1/projects/{projectId}/invitations', { params: { path: { projectId }, query: { cursor, limit: 200 } } })) as Promise<Page<Invitation>>,
    ),
  invite: (projectId: string, email: string, role: 'admin' | 'member' | 'viewer') =>
    unwrap(http.POST('/api/v1/projects/{projectId}/invitations', { params: { path: { projectId } }, body: { email, role } })) as Promise<Invitation>,
  revokeInvitation: (projectId: string, invitationId: string) =>
    unwrap(http.DELETE('/api/v1/projects/{projectId}/invitations/{invitationId}', { params: { path: { projectId, invitationId } } })),
  myInvitations: () =>
    allPages((cursor) => unwrap(http.GET('/api/v1/invitations', { params: { query: { cursor, limit: 200 } } })) as Promise<Page<Invitation>>),
  acceptInvitation: (id: string) =>
    unwrap(http.POST('/api/v1/invitations/{id}/accept', { params: { path: { id } } })) as Promise<Project>,
  rejectInvitation: (id: string) => unwrap(http.POST('/api/v1/invitations/{id}/reject', { params: { path: { id } } })),

  // tasks
  tasks: (query: TaskQuery) =>
    unwrap(http.GET('/api/v1/tasks', { params: { query: { limit: 200, ...query } as never } })) as Promise<Page<Task>>,
  task: (id: string) => unwrap(http.GET('/api/v1/tasks/{id}', { params: { path: { id } } })) as Promise<Task>,
  createTask: (body: CreateTask) => unwrap(http.POST('/api/v1/tasks', { body })) as Promise<Task>,
  updateTask: (id: string, body: UpdateTask, version?: number) =>
    unwrap(http.PATCH('/api/v1/tasks/{id}', { params: { path: { id } }, body, headers: ifMatch(version) })) as Promise<Task>,
  moveTask: (id: string, body: { projectId?: string; sectionId: string | null; parentId: string | null }) =>
    unwrap(http.POST('/api/v1/tasks/{id}/move', { params: { path: { id } }, body: body as never })) as Promise<Task>,
  deleteTask: (id: string) => unwrap(http.DELETE('/api/v1/tasks/{id}', { params: { path: { id } } })),
  quickAdd: (text: string) => unwrap(http.POST('/api/v1/tasks/quick', { body: { text } })) as Promise<Task>,
  quickPreview: (text: string, signal?: AbortSignal) =>
    unwrap(http.POST('/api/v1/tasks/quick/preview', { body: { text }, signal })) as Promise<QuickAddPreview>,

  sections: (projectId: string) =>
    allPages((cursor) =>
      unwrap(http.GET('/api/v1/sections', { params: { query: { projectId, cursor, limit: 200 } } })) as Promise<Page<Section>>,
    ),
  createSection: (projectId: string, name: string) =>
    unwrap(http.POST('/api/v1/sections', { body: { projectId, name } })) as Promise<Section>,
  renameSection: (id: string, name: string) =>
    unwrap(http.PATCH('/api/v1/sections/{id}', { params: { path: { id } }, body: { name } })) as Promise<Section>,
  deleteSection: (id: string) => unwrap(http.DELETE('/api/v1/sections/{id}', { params: { path: { id } } })),

  labels: () =>
    allPages((cursor) => unwrap(http.GET('/api/v1/labels', { params: { query: { cursor, limit: 200 } } })) as Promise<Page<Label>>),
  createLabel: (name: string, color?: string) => unwrap(http.POST('/api/v1/labels', { body: { name, color } })) as Promise<Label>,
  deleteLabel: (id: string) => unwrap(http.DELETE('/api/v1/labels/{id}', { params: { path: { id } } })),

  filters: () =>
    allPages((cursor) => unwrap(http.GET('/api/v1/filters', { params: { query: { cursor, limit: 200 } } })) as Promise<Page<SavedFilter>>),
  createFilter: (name: string, query: string) =>
    unwrap(http.POST('/api/v1/filters', { body: { name, query } })) as Promise<SavedFilter>,
  deleteFilter: (id: string) => unwrap(http.DELETE('/api/v1/filters/{id}', { params: { path: { id } } })),

  // audit
  activity: (cursor?: string) =>
    unwrap(http.GET('/api/v1/audit/events', { params: { query: { cursor, limit: '50' } } })) as Promise<Page<AuditEvent>>,
};
