// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Reminder } from '../../../api/types';
import { json, noContent, renderApp, signIn, user } from '../../../test/app';

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const task = (due: unknown) => ({
  id: 't1',
  title: 'Dentist',
  projectId: 'p1',
  sectionId: null,
  parentId: null,
  description: null,
  priority: 'LOW',
  status: 'PENDING',
  due,
  deadline: null,
  duration: null,
  assigneeId: null,
  labels: [],
  openSubtasks: 0,
  commentCount: 0,
  position: 1,
  createdBy: 'u1',
  createdAt: '2026-11-29T00:00:00Z',
  updatedAt: '2026-11-29T00:00:00Z',
  completedAt: null,
  version: 1,
});

const TIMED = {
  date: '2026-12-01',
  datetime: '2026-12-01T09:00:00Z',
  timezone: 'Europe/Berlin',
  string: null,
  recurrence: null,
  fromCompletion: false,
};

const reminder = (over: Partial<Reminder>): Reminder => ({
  id: 'r1',
  taskId: 't1',
  minutesBefore: null,
  at: null,
  channels: ['in_app', 'push'],
  fireAt: null,
  createdAt: '2026-11-29T00:00:00Z',
  version: 1,
  ...over,
});

/** The task detail of t1 (due as given) for a user in Berlin, with reminders the calls change. */
function renderTask(due: unknown, initial: Reminder[] = [], refuse?: { type: string; detail: string }) {
  let reminders = [...initial];
  const view = renderApp('/today?task=t1', (method, path, body) => {
    if (path === '/api/v1/users/me') return json(200, user({ timezone: 'Europe/Berlin' }));
    if (method === 'GET' && path === '/api/v1/tasks/t1') return json(200, task(due));
    if (method === 'GET' && path === '/api/v1/comments') return json(200, { items: [], nextCursor: null });
    if (method === 'GET' && path === '/api/v1/reminders') return json(200, { items: reminders });
    if (method === 'POST' && path === '/api/v1/reminders') {
      if (refuse) return json(400, { ...refuse, title: 'Bad Request', status: 400 });
      const b = body as { minutesBefore?: number; at?: string; channels: string[] };
      const made = reminder({
        id: `r${reminders.length + 2}`,
        minutesBefore: b.minutesBefore ?? null,
        at: b.at ?? null,
        channels: b.channels,
        fireAt: b.at ?? new Date(Date.parse(TIMED.datetime) - (b.minutesBefore ?? 0) * 60_000).toISOString(),
      });
      reminders = [...reminders, made];
      return json(201, made);
    }
    const one = /^\/api\/v1\/reminders\/(.+)$/.exec(path);
    if (method === 'DELETE' && one) {
      reminders = reminders.filter((r) => r.id !== one[1]);
      return noContent();
    }
    return undefined;
  });
  return view;
}

const section = async () => screen.findByRole('region', { name: 'Reminders' }, { timeout: 8000 });

describe('reminders in the task detail', { timeout: 30_000 }, () => {
  it('adds one 30 minutes before with a quick pick, on the chosen channels, lists it and removes it', async () => {
    signIn();
    const { calls } = renderTask(TIMED);
    const reminders = await section();
    await within(reminders).findByText('No reminders.');
    fireEvent.click(within(reminders).getByRole('checkbox', { name: 'Email' }));
    const picks = within(reminders).getByRole('group', { name: 'Add a reminder' });
    fireEvent.click(within(picks).getByRole('button', { name: '30 min before' }));
    const item = await within(reminders).findByRole('listitem');
    // 09:00 UTC is 10:00 in Berlin: 30 minutes before is 09:30 there
    expect(item.textContent).toContain('30 minutes before');
    expect(item.textContent).toContain('Tue, Dec 1, 09:30');
    expect(item.textContent).toContain('in the app, by push and by email');
    const post = calls.find((c) => c.method === 'POST' && c.path === '/api/v1/reminders');
    expect(post?.body).toEqual({ taskId: 't1', minutesBefore: 30, channels: ['in_app', 'push', 'email'] });
    expect(post?.headers.get('Idempotency-Key')).toBeTruthy();
    // the same pick twice is not offered
    expect(within(picks).getByRole('button', { name: '30 min before' })).toHaveProperty('disabled', true);

    fireEvent.click(within(reminders).getByRole('button', { name: 'Remove reminder: 30 minutes before' }));
    await within(reminders).findByText('No reminders.');
    expect(calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/reminders/r2')).toBe(true);
  });

  it('adds one at the due time, and one at a date and time of my own, read in my zone', async () => {
    signIn();
    const { calls } = renderTask(TIMED);
    const reminders = await section();
    await within(reminders).findByText('No reminders.');
    fireEvent.click(within(reminders).getByRole('button', { name: 'At due time' }));
    await within(reminders).findByText('At due time');
    fireEvent.click(within(reminders).getByRole('button', { name: 'Custom…' }));
    const at = within(reminders).getByLabelText('Remind me on');
    // it starts from the task's due, in my zone
    expect(at).toHaveProperty('value', '2026-12-01T10:00');
    fireEvent.change(at, { target: { value: '2026-11-30T18:15' } });
    fireEvent.click(within(reminders).getByRole('button', { name: 'Add reminder' }));
    await within(reminders).findByText('At Mon, Nov 30, 18:15');
    const posts = calls.filter((c) => c.method === 'POST' && c.path === '/api/v1/reminders').map((c) => c.body);
    expect(posts).toEqual([
      { taskId: 't1', minutesBefore: 0, channels: ['in_app', 'push'] },
      { taskId: 't1', at: '2026-11-30T17:15:00.000Z', channels: ['in_app', 'push'] },
    ]);
    // listed next to fire first
    const items = within(reminders)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toContain('At Mon, Nov 30, 18:15');
  });

  it('says in words why the server refused one', async () => {
    signIn();
    renderTask(null, [], {
      type: 'https://ordo.dev/problems/reminder-needs-due-time',
      detail: 'The task has no due time.',
    });
    const reminders = await section();
    await within(reminders).findByText('No reminders.');
    expect(within(reminders).getByText(/Reminders before the due need a due time/)).toBeTruthy();
    fireEvent.click(within(reminders).getByRole('button', { name: '1 hour before' }));
    expect((await within(reminders).findByRole('alert')).textContent).toBe('Give the task a due time first.');
  });

  it('says when a reminder would be in the past, and when no channel is ticked', async () => {
    signIn();
    const { calls } = renderTask(TIMED, [], {
      type: 'https://ordo.dev/problems/reminder-in-the-past',
      detail: 'It would fire in the past.',
    });
    const reminders = await section();
    await within(reminders).findByText('No reminders.');
    fireEvent.click(within(reminders).getByRole('button', { name: '1 day before' }));
    expect((await within(reminders).findByRole('alert')).textContent).toBe(
      'That time has already passed. Pick a later one.',
    );
    for (const name of ['In app', 'Push']) fireEvent.click(within(reminders).getByRole('checkbox', { name }));
    const before = calls.length;
    fireEvent.click(within(reminders).getByRole('button', { name: '1 hour before' }));
    await waitFor(() =>
      expect(within(reminders).getByRole('alert').textContent).toBe('Tick at least one way to be reminded.'),
    );
    expect(calls.slice(before).some((c) => c.method === 'POST')).toBe(false);
  });

  it('lists the reminders already set, next first, with when they fire by the due shown', async () => {
    signIn();
    const set = [
      reminder({ id: 'r1', minutesBefore: 1440, fireAt: '2026-11-30T09:00:00Z', channels: ['email'] }),
      // the server has not moved it yet after a change of the due: its time follows the due in the dialog
      reminder({ id: 'r2', minutesBefore: 60, fireAt: '2026-11-20T08:00:00Z' }),
      reminder({ id: 'r3', at: '2026-12-24T17:00:00Z', fireAt: '2026-12-24T17:00:00Z' }),
    ];
    renderTask(TIMED, set);
    const reminders = await section();
    const items = await within(reminders).findAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('1 day before'),
      expect.stringContaining('1 hour before'),
      expect.stringContaining('At Thu, Dec 24, 18:00'),
    ]);
    expect(items[0].textContent).toContain('Mon, Nov 30, 10:00 · by email');
    expect(items[1].textContent).toContain('Tue, Dec 1, 09:00 · in the app and by push');
  });

  it('says a reminder before the due waits for a due time', async () => {
    signIn();
    renderTask(null, [reminder({ id: 'r9', minutesBefore: 60, fireAt: null })]);
    const item = await within(await section()).findByRole('listitem');
    expect(item.textContent).toContain('When the task has a due time');
  });
});
