// How a notification reads in the panel: its sentence by type (who did what to which thing), where a click takes
// the user, and how long ago it happened.
import type { InboxNotification } from '../../api/types';

/** The notification types, in the order Settings lists them, with how each is named there. */
export const NOTIFICATION_TYPES: { type: string; label: string; hint?: string }[] = [
  { type: 'task.assigned', label: 'Assigned to me' },
  { type: 'comment.mentioned', label: 'Mentioned in a comment' },
  { type: 'comment.added', label: 'Comments on my tasks', hint: 'tasks I created, am assigned or commented on' },
  { type: 'invitation.received', label: 'Invitations to a project' },
  { type: 'invitation.accepted', label: 'Invitation accepted' },
  { type: 'invitation.rejected', label: 'Invitation declined' },
  { type: 'task.completed', label: 'Task completed in my shared project' },
  { type: 'reminder', label: 'Reminders' },
  { type: 'digest', label: 'Daily digest' },
];

/** A sentence in parts: the actor and the subject are set apart (bold, quoted) in the panel. */
export type Sentence = { actor: string | null; before: string; subject: string; after: string };

/** The sentence of a notification of a known type; an unknown one reads as the server's own text. */
export function sentenceOf(n: InboxNotification): Sentence | null {
  const actor = n.actor?.name ?? 'Someone';
  const title = n.subject.title;
  const of = (before: string, after = ''): Sentence => ({ actor, before, subject: title, after });
  switch (n.type) {
    case 'task.assigned':
      return of(' assigned you ');
    case 'comment.mentioned':
      return of(' mentioned you in a comment on ');
    case 'comment.added':
      return of(' commented on ');
    case 'invitation.received':
      return of(' invited you to ');
    case 'invitation.accepted':
      return of(' accepted your invitation to ');
    case 'invitation.rejected':
      return of(' declined your invitation to ');
    case 'task.completed':
      return of(' completed ');
    case 'reminder':
      return { actor: null, before: 'Reminder: ', subject: title, after: '' };
    case 'digest': {
      // "Today: “First task” and 2 more" — the count is only in the server's text
      const more = /and (\d+) more$/.exec(n.text);
      return { actor: null, before: 'Today: ', subject: title, after: more ? ` and ${more[1]} more` : '' };
    }
    default:
      return null;
  }
}

/** The whole sentence as one line of text (for labels and announcements). */
export function sentenceText(n: InboxNotification): string {
  const s = sentenceOf(n);
  return s ? `${s.actor ?? ''}${s.before}“${s.subject}”${s.after}` : n.text;
}

/** Where opening it goes: the task's detail over its project, the invitations, the project, else the Inbox. */
export function targetOf(n: InboxNotification): string {
  const taskId = n.taskId ?? (n.subject.type === 'task' ? n.subject.id : null);
  if (n.type === 'invitation.received') return '/invitations';
  if (n.type === 'invitation.accepted' || n.type === 'invitation.rejected')
    return n.projectId ? `/projects/${n.projectId}/members` : '/invitations';
  if (taskId) return n.projectId ? `/projects/${n.projectId}?task=${taskId}` : `/inbox?task=${taskId}`;
  if (n.projectId) return `/projects/${n.projectId}`;
  if (n.subject.type === 'project') return `/projects/${n.subject.id}`;
  return '/inbox';
}

const RELATIVE = new Intl.RelativeTimeFormat('en', { numeric: 'auto', style: 'long' });

/** "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago", then the date ("Dec 5", with its year). */
export function relativeTime(iso: string, now: Date, timeZone: string): string {
  const then = new Date(iso);
  const seconds = Math.round((now.getTime() - then.getTime()) / 1000);
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return RELATIVE.format(-minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return RELATIVE.format(-hours, 'hour');
  const days = Math.round(hours / 24);
  if (days < 7) return RELATIVE.format(-days, 'day');
  const year = (d: Date) => new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(d);
  return new Intl.DateTimeFormat('en', {
    month: 'short',
    day: 'numeric',
    ...(year(then) === year(now) ? {} : { year: 'numeric' }),
    timeZone,
  }).format(then);
}

/** The full date and time, in the user's zone (the tooltip of a relative time). */
export function fullTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** "AB" of "Ada Byron", "A" of "Ada". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1][0] ?? '') : '')).toUpperCase();
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "30 minutes", "1 hour 30 minutes", "2 days": a span of minutes in words (days, hours, minutes). */
export function minutesInWords(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = [
    days ? plural(days, 'day') : '',
    hours ? plural(hours, 'hour') : '',
    rest ? plural(rest, 'minute') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : '0 minutes';
}

/** "Tue, Dec 1, 09:30" in the user's zone. */
export function dateTimeText(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(new Date(iso));
}

/** A reminder as the task detail lists it: "At due time", "30 minutes before", "At Tue, Dec 1, 09:30". */
export function reminderText(r: { minutesBefore: number | null; at: string | null }, timeZone: string): string {
  if (r.minutesBefore !== null)
    return r.minutesBefore === 0 ? 'At due time' : `${minutesInWords(r.minutesBefore)} before`;
  return r.at ? `At ${dateTimeText(r.at, timeZone)}` : 'Reminder';
}

const CHANNEL_NAMES: Record<string, string> = { in_app: 'in the app', email: 'by email', push: 'by push' };

/** "in the app and by push". */
export function channelsText(channels: string[]): string {
  const names = channels.map((c) => CHANNEL_NAMES[c] ?? c);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
