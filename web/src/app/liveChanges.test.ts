// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { Invalidations, keysForChange, keysForNotification } from './liveChanges';

const change = (kind: string, action: string, taskId: string | null = null) => ({
  kind,
  action,
  id: 'x1',
  projectId: 'p1',
  taskId,
});

describe('what a change by someone else makes the app read again', () => {
  it('a task: every task list and its detail, and its reminders', () => {
    expect(keysForChange(change('task', 'updated'))).toEqual([['tasks'], ['reminders', 'x1']]);
  });

  it('a comment: its thread (a task’s, or the project’s discussion), its versions, the task’s count', () => {
    expect(keysForChange(change('comment', 'created', 't1'))).toEqual([
      ['comments', 'thread', { taskId: 't1' }],
      ['tasks', 'one', 't1'],
    ]);
    expect(keysForChange(change('comment', 'updated', 't1'))).toEqual([
      ['comments', 'thread', { taskId: 't1' }],
      ['comments', 'revisions', 'x1'],
    ]);
    expect(keysForChange(change('comment', 'deleted'))).toEqual([['comments', 'thread', { projectId: 'p1' }]]);
  });

  it('a project: the projects; anything else: nothing', () => {
    expect(keysForChange(change('project', 'updated'))).toEqual([['projects']]);
    expect(keysForChange(change('label', 'updated'))).toEqual([]);
  });

  it('an invitation notification: the invitations, or the project’s members', () => {
    const event = (type: string) => ({
      type: 'notification' as const,
      notification: {
        id: 'n1',
        type,
        read: false,
        archived: false,
        createdAt: '',
        actor: null,
        subject: { type: 'invitation', id: 'i1', title: 'Garden' },
        projectId: 'p1',
        taskId: null,
        text: '',
      },
    });
    expect(keysForNotification(event('invitation.received'))).toEqual([['my-invitations']]);
    expect(keysForNotification(event('invitation.accepted'))).toEqual([
      ['members', 'p1'],
      ['project-invitations', 'p1'],
      ['projects'],
    ]);
    expect(keysForNotification(event('task.assigned'))).toEqual([]);
  });
});

describe('reading again', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gathers the changes of a moment and reads each query once', () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries').mockResolvedValue();
    const pending = new Invalidations(client, 150);
    pending.add([['tasks'], ['reminders', 'a']]);
    pending.add([['tasks'], ['reminders', 'b']]);
    expect(invalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(150);
    expect(invalidate.mock.calls.map(([filters]) => filters?.queryKey)).toEqual([
      ['tasks'],
      ['reminders', 'a'],
      ['reminders', 'b'],
    ]);
  });

  it('waits while a change of this tab’s own is on its way', () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries').mockResolvedValue();
    const mutating = vi.spyOn(client, 'isMutating').mockReturnValue(1);
    const pending = new Invalidations(client, 150);
    pending.add([['tasks']]);
    vi.advanceTimersByTime(1000);
    expect(invalidate).not.toHaveBeenCalled();
    mutating.mockReturnValue(0);
    vi.advanceTimersByTime(150);
    expect(invalidate).toHaveBeenCalledTimes(1);
  });

  it('forgets what it gathered when disposed', () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    const invalidate = vi.spyOn(client, 'invalidateQueries').mockResolvedValue();
    const pending = new Invalidations(client, 150);
    pending.add([['tasks']]);
    pending.dispose();
    vi.advanceTimersByTime(1000);
    expect(invalidate).not.toHaveBeenCalled();
  });
});
