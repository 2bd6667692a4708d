import { describe, expect, it } from 'vitest';
import type { InboxNotification } from '../../api/types';
import { channelsText, initials, minutesInWords, relativeTime, reminderText, sentenceText, targetOf } from './describe';

const notification = (over: Partial<InboxNotification> = {}): InboxNotification => ({
  id: 'n1',
  type: 'task.assigned',
  read: false,
  archived: false,
  createdAt: '2026-12-01T09:00:00Z',
  actor: { id: 'u2', name: 'Bob Builder' },
  subject: { type: 'task', id: 't1', title: 'Buy milk' },
  projectId: 'p1',
  taskId: 't1',
  text: 'Bob Builder assigned you “Buy milk”',
  ...over,
});

describe('a notification in words', () => {
  it('tells each type in its own sentence, with the actor and the subject', () => {
    const cases: [Partial<InboxNotification>, string][] = [
      [{ type: 'task.assigned' }, 'Bob Builder assigned you “Buy milk”'],
      [{ type: 'comment.mentioned' }, 'Bob Builder mentioned you in a comment on “Buy milk”'],
      [{ type: 'comment.added' }, 'Bob Builder commented on “Buy milk”'],
      [
        { type: 'invitation.received', subject: { type: 'invitation', id: 'i1', title: 'Garden' } },
        'Bob Builder invited you to “Garden”',
      ],
      [
        { type: 'invitation.accepted', subject: { type: 'invitation', id: 'i1', title: 'Garden' } },
        'Bob Builder accepted your invitation to “Garden”',
      ],
      [
        { type: 'invitation.rejected', subject: { type: 'invitation', id: 'i1', title: 'Garden' } },
        'Bob Builder declined your invitation to “Garden”',
      ],
      [{ type: 'task.completed' }, 'Bob Builder completed “Buy milk”'],
      [{ type: 'reminder', actor: null }, 'Reminder: “Buy milk”'],
      [{ type: 'digest', actor: null, text: 'Today: “Buy milk” and 2 more' }, 'Today: “Buy milk” and 2 more'],
      [{ type: 'digest', actor: null, text: 'Today: “Buy milk”' }, 'Today: “Buy milk”'],
      [{ type: 'task.assigned', actor: null }, 'Someone assigned you “Buy milk”'],
      // a type this app does not know yet: the server's own sentence
      [{ type: 'project.archived', text: 'Bob archived “Garden”' }, 'Bob archived “Garden”'],
    ];
    for (const [over, text] of cases) expect(sentenceText(notification(over)), over.type).toBe(text);
  });

  it('opens the task over its project, the invitations, the members, or the project', () => {
    expect(targetOf(notification())).toBe('/projects/p1?task=t1');
    // a comment's notification: the comment is the subject, the task is taskId
    expect(
      targetOf(notification({ type: 'comment.added', subject: { type: 'comment', id: 'c1', title: 'Buy milk' } })),
    ).toBe('/projects/p1?task=t1');
    expect(targetOf(notification({ taskId: null }))).toBe('/projects/p1?task=t1');
    expect(targetOf(notification({ projectId: null }))).toBe('/inbox?task=t1');
    expect(targetOf(notification({ type: 'invitation.received', taskId: null }))).toBe('/invitations');
    expect(targetOf(notification({ type: 'invitation.accepted', taskId: null }))).toBe('/projects/p1/members');
    expect(
      targetOf(
        notification({ type: 'x', taskId: null, subject: { type: 'project', id: 'p9', title: 'G' }, projectId: null }),
      ),
    ).toBe('/projects/p9');
    expect(
      targetOf(
        notification({ type: 'x', taskId: null, subject: { type: 'other', id: 'o', title: 'G' }, projectId: null }),
      ),
    ).toBe('/inbox');
  });

  it('says how long ago, then the date', () => {
    const now = new Date('2026-12-10T12:00:00Z');
    const ago = (iso: string) => relativeTime(iso, now, 'UTC');
    expect(ago('2026-12-10T11:59:30Z')).toBe('just now');
    expect(ago('2026-12-10T11:55:00Z')).toBe('5 minutes ago');
    expect(ago('2026-12-10T09:00:00Z')).toBe('3 hours ago');
    expect(ago('2026-12-09T10:00:00Z')).toBe('yesterday');
    expect(ago('2026-12-06T12:00:00Z')).toBe('4 days ago');
    expect(ago('2026-11-20T12:00:00Z')).toBe('Nov 20');
    expect(ago('2025-11-20T12:00:00Z')).toBe('Nov 20, 2025');
    // the date in the user's zone: 23:30 UTC is already the next day in Tokyo
    expect(relativeTime('2026-11-20T23:30:00Z', now, 'Asia/Tokyo')).toBe('Nov 21');
  });

  it('names the actor by initials', () => {
    expect(initials('Ada Lovelace')).toBe('AL');
    expect(initials('ada')).toBe('A');
    expect(initials('Ada King Lovelace')).toBe('AL');
  });
});

describe('a reminder in words', () => {
  it('says how long before the due, or when', () => {
    expect(reminderText({ minutesBefore: 0, at: null }, 'UTC')).toBe('At due time');
    expect(reminderText({ minutesBefore: 30, at: null }, 'UTC')).toBe('30 minutes before');
    expect(reminderText({ minutesBefore: 60, at: null }, 'UTC')).toBe('1 hour before');
    expect(reminderText({ minutesBefore: 90, at: null }, 'UTC')).toBe('1 hour 30 minutes before');
    expect(reminderText({ minutesBefore: 2880, at: null }, 'UTC')).toBe('2 days before');
    expect(reminderText({ minutesBefore: null, at: '2026-12-01T08:30:00Z' }, 'Europe/Berlin')).toBe(
      'At Tue, Dec 1, 09:30',
    );
    expect(minutesInWords(1441)).toBe('1 day 1 minute');
  });

  it('lists its channels', () => {
    expect(channelsText(['in_app'])).toBe('in the app');
    expect(channelsText(['in_app', 'push'])).toBe('in the app and by push');
    expect(channelsText(['in_app', 'email', 'push'])).toBe('in the app, by email and by push');
  });
});
