// The app's names for the API's shapes. The generated schema marks every response field optional (the
// services' documents list no `required`), but the services always send every field (null when empty),
// so responses are read as complete objects.
import type { components } from './schema';

type S = components['schemas'];
type Complete<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

export type User = Complete<S['UserResponse']>;
export type Project = Complete<S['ProjectResponse']>;
export type Member = Complete<S['MemberResponse']>;
export type Invitation = Complete<S['InvitationResponse']>;
export type Section = Complete<S['SectionResponse']>;
export type Label = Complete<S['LabelResponse']>;
export type SavedFilter = Complete<S['FilterResponse']>;
export type Task = Complete<Omit<S['TaskResponse'], 'due' | 'duration'>> & {
  due: Due | null;
  duration: { amount: number; unit: 'minute' | 'day' } | null;
};
export type Due = { date: string; datetime: string | null; timezone: string | null };
export type PreviewToken = Complete<S['Token']>;
export type QuickAddPreview = Complete<Omit<S['QuickAddPreview'], 'tokens' | 'due'>> & { tokens: PreviewToken[]; due: Due | null };
export type AuditEvent = Complete<S['AuditEventResponse']> & { data: Record<string, unknown> };
export type TokenPair = Complete<S['TokenResponse']>;

export type CreateTask = S['CreateTaskRequest'];
export type UpdateTask = S['UpdateTaskRequest'];
export type UpdateProfile = S['UpdateProfileRequest'];

export type Priority = NonNullable<Task['priority']>;
export type Status = NonNullable<Task['status']>;
export type Role = NonNullable<Member['role']>;

export type Page<T> = { items: T[]; nextCursor: string | null };

export const PRIORITIES: Priority[] = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'];
export const STATUSES: Status[] = ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'];
export const OPEN_STATUSES: Status[] = ['PENDING', 'IN_PROGRESS'];
export const COLORS = [
  'berry_red', 'red', 'orange', 'yellow', 'olive_green', 'lime_green', 'green', 'mint_green', 'teal', 'sky_blue',
  'light_blue', 'blue', 'grape', 'violet', 'lavender', 'magenta', 'salmon', 'charcoal', 'grey', 'taupe',
] as const;
