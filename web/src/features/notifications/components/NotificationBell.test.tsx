// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { InboxNotification } from '../../../api/types';
import { currentLocation, eventStream, json, noContent, renderApp, signIn } from '../../../test/app';

const notification = (id: string, over: Partial<InboxNotification> = {}): InboxNotification => ({
  id,
  type: 'task.assigned',
  read: false,
  archived: false,
  createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  actor: { id: 'u2', name: 'Bob Builder' },
  subject: { type: 'task', id: `t-${id}`, title: `Task ${id}` },
  projectId: 'p1',
  taskId: `t-${id}`,
  text: `Bob Builder assigned you “Task ${id}”`,
  ...over,
});

// jsdom's <dialog> cannot open as a modal (the task detail): open it in place.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

// The tab's live stream outlives a test's render by a moment (it stops once nobody listens): let it stop.
beforeEach(() => new Promise((r) => setTimeout(r, 20)));

const bell = () => screen.getByRole('button', { name: /^Notifications/ });
const panel = () => screen.getByRole('dialog', { name: 'Notifications' });

/**
 * The app over an inbox of these notifications (read, unread and archived as the calls say), with a live stream the
 * test writes to; `more` answers pages by cursor (`first: true` gives the first page a next cursor, c2).
 */
function renderInbox(items: InboxNotification[], more: Record<string, unknown> = {}, path = '/today') {
  const streams: ReturnType<typeof eventStream>[] = [];
  let inbox = items.map((n) => ({ ...n }));
  const view = renderApp(path, (method, route, _body, { query }) => {
    if (route === '/api/v1/notifications/stream') {
      const stream = eventStream();
      streams.push(stream);
      return stream.response;
    }
    if (route === '/api/v1/notifications/unread-count')
      return json(200, { count: inbox.filter((n) => !n.read).length });
    if (method === 'GET' && route === '/api/v1/notifications') {
      const cursor = query.get('cursor');
      if (cursor && more[cursor]) return json(200, more[cursor]);
      const shown = query.get('unread') === 'true' ? inbox.filter((n) => !n.read) : inbox;
      return json(200, { items: shown, nextCursor: more.first ? 'c2' : null });
    }
    if (method === 'POST' && route === '/api/v1/notifications/read-all') {
      inbox = inbox.map((n) => ({ ...n, read: true }));
      return noContent();
    }
    const one = /^\/api\/v1\/notifications\/([^/]+)\/(read|unread|archive)$/.exec(route);
    if (method === 'POST' && one) {
      const [, id, action] = one;
      inbox =
        action === 'archive'
          ? inbox.filter((n) => n.id !== id)
          : inbox.map((n) => (n.id === id ? { ...n, read: action === 'read' } : n));
      return noContent();
    }
    return undefined;
  });
  return { ...view, streams };
}

describe('the bell', { timeout: 20_000 }, () => {
  it('shows the unread count, and keeps it live from the stream', async () => {
    signIn();
    const { streams, calls } = renderInbox([notification('n1'), notification('n0')]);
    await waitFor(() => expect(bell()).toHaveProperty('ariaLabel', 'Notifications, 2 unread'));
    expect(within(bell()).getByText('2')).toBeTruthy();
    await waitFor(() => expect(streams).toHaveLength(1));
    const stream = calls.find((c) => c.path === '/api/v1/notifications/stream');
    expect(stream?.authorization).toMatch(/^Bearer /);
    expect(stream?.headers.get('Accept')).toBe('text/event-stream');

    fireEvent.click(bell());
    expect(bell().getAttribute('aria-expanded')).toBe('true');
    await within(panel()).findByRole('link', { name: /Bob Builder assigned you “Task n1”/ });

    // a new notification: first in the open panel, counted, and announced
    act(() => streams[0].send('notification', notification('n2', { createdAt: new Date().toISOString() }), 7));
    const first = await within(panel()).findByRole('link', { name: /Bob Builder assigned you “Task n2”/ });
    expect(within(panel()).getAllByRole('link', { name: /assigned you/ })[0]).toBe(first);
    expect(first.textContent).toContain('just now');
    await waitFor(() => expect(bell()).toHaveProperty('ariaLabel', 'Notifications, 3 unread'));
    expect(screen.getByText('New notification: Bob Builder assigned you “Task n2”')).toBeTruthy();

    // the server's count is the one that counts
    act(() => streams[0].send('unread-count', { count: 120 }));
    await waitFor(() => expect(bell()).toHaveProperty('ariaLabel', 'Notifications, 120 unread'));
    expect(within(bell()).getByText('99+')).toBeTruthy();
    act(() => streams[0].send('unread-count', { count: 0 }));
    await waitFor(() => expect(bell()).toHaveProperty('ariaLabel', 'Notifications'));
    expect(bell().querySelector('.bell-count')).toBeNull();
  });

  it('resumes the stream after it ends, with the last event id', async () => {
    signIn();
    const { streams, calls } = renderInbox([]);
    await waitFor(() => expect(streams).toHaveLength(1));
    act(() => streams[0].send('notification', notification('n9'), 41));
    await waitFor(() => expect(bell()).toHaveProperty('ariaLabel', 'Notifications, 1 unread'));
    act(() => streams[0].end());
    await waitFor(() => expect(streams).toHaveLength(2), { timeout: 3000 });
    const resumed = calls.filter((c) => c.path === '/api/v1/notifications/stream')[1];
    expect(resumed.headers.get('Last-Event-ID')).toBe('41');
  });
});

describe('the notifications panel', { timeout: 20_000 }, () => {
  it('opens a notification: marked read, the task opened over its project, the panel closed', async () => {
    signIn();
    const { calls } = renderInbox([notification('n1'), notification('n2', { read: true })]);
    await waitFor(() => expect(bell()).toHaveProperty('ariaLabel', 'Notifications, 1 unread'));
    fireEvent.click(bell());
    const item = await within(panel()).findByRole('link', { name: /Task n1/ });
    expect(item.textContent).toContain('(unread)');
    expect(item.textContent).toContain('5 minutes ago');
    fireEvent.click(item);
    await waitFor(() => expect(currentLocation()).toBe('/projects/p1?task=t-n1'));
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/notifications/n1/read')).toBe(true);
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).toBeNull();
    await waitFor(() => expect(bell()).toHaveProperty('ariaLabel', 'Notifications'));
    // opening one already read asks nothing
    fireEvent.click(bell());
    fireEvent.click(await within(panel()).findByRole('link', { name: /Task n2/ }));
    await waitFor(() => expect(currentLocation()).toBe('/projects/p1?task=t-n2'));
    expect(calls.some((c) => c.path === '/api/v1/notifications/n2/read')).toBe(false);
  });

  it('marks read and unread, archives, and marks all read', async () => {
    signIn();
    const invitation = notification('n3', {
      type: 'invitation.received',
      read: true,
      subject: { type: 'invitation', id: 'i1', title: 'Garden' },
      taskId: null,
    });
    const { calls } = renderInbox([notification('n1'), notification('n2'), invitation]);
    fireEvent.click(bell());
    const list = await within(panel()).findByRole('list');
    await within(list).findByRole('link', { name: /Task n1/ });

    fireEvent.click(within(list).getByRole('button', { name: 'Mark as read: Bob Builder assigned you “Task n1”' }));
    await within(list).findByRole('button', { name: 'Mark as unread: Bob Builder assigned you “Task n1”' });
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/notifications/n1/read')).toBe(true);
    await waitFor(() => expect(bell()).toHaveProperty('ariaLabel', 'Notifications, 1 unread'));

    fireEvent.click(within(list).getByRole('button', { name: 'Mark as unread: Bob Builder invited you to “Garden”' }));
    await within(list).findByRole('button', { name: 'Mark as read: Bob Builder invited you to “Garden”' });
    expect(calls.some((c) => c.path === '/api/v1/notifications/n3/unread')).toBe(true);

    fireEvent.click(within(list).getByRole('button', { name: 'Archive: Bob Builder invited you to “Garden”' }));
    await waitFor(() => expect(within(list).queryByText(/invited you/)).toBeNull());
    expect(calls.some((c) => c.path === '/api/v1/notifications/n3/archive')).toBe(true);

    fireEvent.click(within(panel()).getByRole('button', { name: 'Mark all read' }));
    await waitFor(() => expect(bell()).toHaveProperty('ariaLabel', 'Notifications'));
    expect(calls.some((c) => c.path === '/api/v1/notifications/read-all')).toBe(true);
    expect(within(list).queryAllByText('(unread)')).toHaveLength(0);
  });

  it('puts an archived notification back, with the reason, when the server refuses', async () => {
    signIn();
    renderApp('/today', (method, path) => {
      if (path === '/api/v1/notifications/unread-count') return json(200, { count: 1 });
      if (method === 'GET' && path === '/api/v1/notifications')
        return json(200, { items: [notification('n1')], nextCursor: null });
      if (path === '/api/v1/notifications/n1/archive')
        return json(404, { title: 'Not Found', status: 404, detail: 'No such notification.' });
      return undefined;
    });
    fireEvent.click(bell());
    const list = await within(panel()).findByRole('list');
    fireEvent.click(await within(list).findByRole('button', { name: /^Archive: / }));
    await screen.findByText('Could not archive it. No such notification.');
    expect(within(list).getByRole('link', { name: /Task n1/ })).toBeTruthy();
    expect(bell()).toHaveProperty('ariaLabel', 'Notifications, 1 unread');
  });

  it('shows unread only, loads more on demand, and says when there is nothing', async () => {
    signIn();
    const { calls } = renderInbox([notification('n1'), notification('n2', { read: true })], {
      first: true,
      c2: {
        items: [notification('n0', { read: true, subject: { type: 'task', id: 't0', title: 'Older' } })],
        nextCursor: null,
      },
    });
    fireEvent.click(bell());
    await within(panel()).findByRole('link', { name: /Task n2/ });
    fireEvent.click(within(panel()).getByRole('button', { name: 'Load more' }));
    await within(panel()).findByRole('link', { name: /“Older”/ });
    expect(calls.some((c) => c.path === '/api/v1/notifications' && c.query.get('cursor') === 'c2')).toBe(true);
    expect(within(panel()).queryByRole('button', { name: 'Load more' })).toBeNull();

    fireEvent.click(within(panel()).getByRole('button', { name: 'Unread', pressed: false }));
    await waitFor(() => expect(within(panel()).queryByRole('link', { name: /Task n2/ })).toBeNull());
    await within(panel()).findByRole('link', { name: /Task n1/ });
    expect(calls.some((c) => c.path === '/api/v1/notifications' && c.query.get('unread') === 'true')).toBe(true);
  });

  it('has an empty state, closes on Escape and gives the focus back to the bell', async () => {
    signIn();
    renderInbox([]);
    fireEvent.click(bell());
    await within(panel()).findByText('You are all caught up');
    expect(document.activeElement?.textContent).toBe('Notifications');
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'Escape' });
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).toBeNull();
    expect(document.activeElement).toBe(bell());
    // a press elsewhere closes it too
    fireEvent.click(bell());
    await within(panel()).findByText('You are all caught up');
    fireEvent.pointerDown(screen.getByRole('main'));
    expect(screen.queryByRole('dialog', { name: 'Notifications' })).toBeNull();
  });
});

describe('changes made by others', { timeout: 20_000 }, () => {
  it('read the open list again when the stream tells of a changed task', async () => {
    signIn();
    let titles = ['Water the tomatoes'];
    const streams: ReturnType<typeof eventStream>[] = [];
    const { calls } = renderApp('/today', (method, path) => {
      if (path === '/api/v1/notifications/stream') {
        streams.push(eventStream());
        return streams[streams.length - 1].response;
      }
      if (method === 'GET' && path === '/api/v1/tasks')
        return json(200, { items: titles.map((title, i) => task(`t${i}`, title)), nextCursor: null });
      return undefined;
    });
    await screen.findByText('Water the tomatoes');
    await waitFor(() => expect(streams).toHaveLength(1));
    const reads = calls.filter((c) => c.path === '/api/v1/tasks').length;
    titles = ['Water the tomatoes twice'];
    act(() =>
      streams[0].send('change', { kind: 'task', action: 'updated', id: 't0', projectId: 'p1', taskId: null }, 3),
    );
    await screen.findByText('Water the tomatoes twice');
    expect(calls.filter((c) => c.path === '/api/v1/tasks').length).toBeGreaterThan(reads);
  });
});

function task(id: string, title: string) {
  const today = new Date().toISOString().slice(0, 10);
  return {
    id,
    projectId: 'p1',
    sectionId: null,
    parentId: null,
    title,
    description: null,
    status: 'PENDING',
    priority: 'LOW',
    due: { date: today, datetime: null, timezone: null, string: null, recurrence: null, fromCompletion: false },
    deadline: null,
    duration: null,
    labels: [],
    assigneeId: null,
    creatorId: 'u1',
    position: 1,
    openSubtasks: 0,
    commentCount: 0,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    completedAt: null,
    version: 1,
  };
}
