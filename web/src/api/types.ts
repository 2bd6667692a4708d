// The app's names for the API's shapes, as the services' OpenAPI documents define them: every field of an
// answer is required there, and only those the services may send as null are nullable.
import type { components } from './schema';

type S = components['schemas'];

export type User = S['UserResponse'];
export type Project = S['ProjectResponse'];
export type Member = S['MemberResponse'];
export type Invitation = S['InvitationResponse'];
export type Section = S['SectionResponse'];
export type Label = S['LabelResponse'];
export type SavedFilter = S['FilterResponse'];
export type Task = S['TaskResponse'];
export type Due = S['DueResponse'];
export type Duration = S['DurationResponse'];
export type Completion = S['CompletionResponse'];
export type QuickAddPreview = S['QuickAddPreview'];
export type PreviewToken = S['Token'];
export type AuditEvent = S['AuditEventResponse'];
export type TokenPair = S['TokenResponse'];
export type CalendarEvent = S['EventResponse'];
export type CreateEvent = S['CreateEventRequest'];
export type UpdateEvent = S['UpdateEventRequest'];
export type AgendaItem = S['AgendaItem'];
export type FeedUrl = S['FeedAddress'];
export type Comment = S['CommentResponse'];
export type Mention = S['MentionResponse'];
export type Reaction = S['ReactionResponse'];
export type Attachment = S['AttachmentResponse'];
export type CommentRevision = S['RevisionResponse'];
/** An item of the in-app inbox (named so, as the DOM has a Notification of its own). */
export type InboxNotification = S['NotificationResponse'];
export type Reminder = S['ReminderResponse'];
export type CreateReminder = S['CreateReminderRequest'];
/** Notification preferences: per type × channel, quiet hours, digest, default reminder. */
export type NotificationSettings = S['PreferencesResponse'];
export type NotificationSettingsUpdate = S['PreferencesRequest'];
export type PushSubscriptionInfo = S['PushSubscriptionResponse'];
/** A search result: a task, project, comment or calendar event, with its highlighted snippets. */
export type SearchHit = S['SearchHitResponse'];
export type SearchHighlight = S['HighlightResponse'];

export type CreateTask = S['CreateTaskRequest'];
export type UpdateTask = S['UpdateTaskRequest'];
export type UpdateProfile = S['UpdateProfileRequest'];
export type UpdateProject = S['UpdateProjectRequest'];
export type CreateProject = S['CreateProjectRequest'];
export type MoveTask = S['MoveTaskRequest'];

export type Priority = Task['priority'];
export type Status = Task['status'];
export type Role = Member['role'];
/** The roles a member can be given (ownership moves only by transfer). */
export type GrantedRole = S['ChangeRoleRequest']['role'];

export const PRIORITIES: Priority[] = ['URGENT', 'HIGH', 'MEDIUM', 'LOW'];
export const STATUSES: Status[] = ['PENDING', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED'];
export const OPEN_STATUSES: Status[] = ['PENDING', 'IN_PROGRESS'];
export const GRANTED_ROLES: GrantedRole[] = ['admin', 'member', 'viewer'];
export const COLORS = [
  'berry_red',
  'red',
  'orange',
  'yellow',
  'olive_green',
  'lime_green',
  'green',
  'mint_green',
  'teal',
  'sky_blue',
  'light_blue',
  'blue',
  'grape',
  'violet',
  'lavender',
  'magenta',
  'salmon',
  'charcoal',
  'grey',
  'taupe',
] as const;
