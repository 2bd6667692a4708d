// What the live stream says someone else changed, read again wherever this tab shows it: a task (every task list,
// its detail), a comment (its thread), a project; a notification about an invitation (the invitations, the
// members). Changes that come together are read once (they are gathered for a moment), and not while a change of
// this tab's own is on its way (its optimistic state would flicker back): then right after it.
import { useEffect, useRef } from 'react';
import { useQueryClient, type QueryClient, type QueryKey } from '@tanstack/react-query';
import { commentKeys } from '../features/comments';
import { reminderKeys, useLiveEvents, type LiveChange, type LiveEvent } from '../features/notifications';
import { peopleKeys } from '../features/people';
import { projectKeys } from '../features/projects';
import { taskKeys } from '../features/tasks';

/** The cached queries that show what a change changed. */
export function keysForChange(change: LiveChange): QueryKey[] {
  switch (change.kind) {
    case 'task':
      // lists anywhere (a project's, Today, a filter's), the detail, Completed; a task's reminders follow its due
      return [taskKeys.all, reminderKeys.task(change.id)];
    case 'comment': {
      const thread = change.taskId ? { taskId: change.taskId } : { projectId: change.projectId };
      return [
        commentKeys.thread(thread),
        ...(change.action === 'updated' ? [commentKeys.revisions(change.id)] : []),
        // the task's comment count
        ...(change.taskId && change.action !== 'updated' ? [taskKeys.one(change.taskId)] : []),
      ];
    }
    case 'project':
      return [projectKeys.all];
    default:
      return [];
  }
}

/** The cached queries a notification says changed besides the inbox (which the bell keeps itself). */
export function keysForNotification(event: Extract<LiveEvent, { type: 'notification' }>): QueryKey[] {
  const n = event.notification;
  switch (n.type) {
    case 'invitation.received':
      return [peopleKeys.myInvitations];
    case 'invitation.accepted':
    case 'invitation.rejected':
      return n.projectId
        ? [peopleKeys.members(n.projectId), peopleKeys.projectInvitations(n.projectId), projectKeys.all]
        : [projectKeys.all];
    default:
      return [];
  }
}

/** Gathers keys for `delayMs`, then invalidates each once (later still while the client has writes in flight). */
export class Invalidations {
  private pending = new Map<string, QueryKey>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly client: QueryClient,
    private readonly delayMs = 150,
  ) {}

  add(keys: QueryKey[]): void {
    for (const key of keys) this.pending.set(JSON.stringify(key), key);
    if (this.pending.size > 0 && this.timer === null) this.schedule();
  }

  dispose(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending.clear();
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.client.isMutating() > 0) {
        this.schedule();
        return;
      }
      const keys = [...this.pending.values()];
      this.pending.clear();
      for (const queryKey of keys) void this.client.invalidateQueries({ queryKey });
    }, this.delayMs);
  }
}

/** Keeps what this tab shows current with the changes others make (the signed-in frame calls it once). */
export function useLiveChanges() {
  const client = useQueryClient();
  const invalidations = useRef<Invalidations | null>(null);
  useEffect(() => {
    const current = new Invalidations(client);
    invalidations.current = current;
    return () => current.dispose();
  }, [client]);
  useLiveEvents((event) => {
    const pending = invalidations.current;
    if (!pending) return;
    if (event.type === 'change') pending.add(keysForChange(event.change));
    else if (event.type === 'notification') pending.add(keysForNotification(event));
    else if (event.type === 'open' && event.gap) {
      // the stream may have missed changes (away longer than the server keeps them): read what is shown again
      pending.add([taskKeys.all, commentKeys.all, projectKeys.all]);
    }
  });
}
