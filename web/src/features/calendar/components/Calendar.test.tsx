// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { json, noContent, renderApp, signIn } from '../../../test/app';

// jsdom's <dialog> cannot open as a modal: open it in place (focus trapping is the browser's, tested there).
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

const event = (over: Record<string, unknown> = {}) => ({
  id: 'e1',
  title: 'Standup',
  description: null,
  location: null,
  allDay: false,
  start: '2026-12-01T09:00',
  end: '2026-12-01T09:15',
  timezone: 'UTC',
  recurrence: null,
  projectId: null,
  attendees: [],
  exceptions: [],
  createdBy: 'u1',
  version: 3,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  ...over,
});

const agenda = {
  items: [
    {
      type: 'event',
      id: 'e1',
      title: 'Standup',
      date: null,
      start: '2026-12-01T09:00',
      end: '2026-12-01T09:15',
      allDay: false,
      occurrence: '2026-12-01T09:00',
      projectId: null,
      recurring: true,
    },
    {
      type: 'task',
      id: 't1',
      title: 'Pay rent',
      date: '2026-12-03',
      start: null,
      end: null,
      allDay: true,
      occurrence: null,
      projectId: 'p1',
      recurring: false,
    },
  ],
};

const day = (name: string) => screen.findByRole('region', { name });

describe('the calendar', { timeout: 20_000 }, () => {
  it('shows the week’s tasks and events on their days', async () => {
    signIn();
    renderApp('/calendar?view=week&date=2026-12-02', (_m, path) =>
      path === '/api/v1/agenda' ? json(200, agenda) : undefined,
    );
    expect(await screen.findByText('Nov 30 – Dec 6, 2026')).toBeTruthy();
    await within(await day('Tuesday, December 1, 2026')).findByRole('button', {
      name: 'Repeating event: 09:00–09:15 Standup',
    });
    within(await day('Thursday, December 3, 2026')).getByRole('button', { name: 'Task: Pay rent' });
    expect(
      within(await day('Wednesday, December 2, 2026')).queryAllByRole('button', { name: /(task|event):/i }),
    ).toEqual([]);
  });

  it('makes an event on the day clicked, in the user’s zone', async () => {
    signIn();
    const { calls } = renderApp('/calendar?view=month&date=2026-12-02', (m, path) =>
      path === '/api/v1/agenda'
        ? json(200, { items: [] })
        : m === 'POST' && path === '/api/v1/events'
          ? json(201, event({ title: 'Dentist' }))
          : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'New event on Wednesday, December 16, 2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'New event' });
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Dentist' } });
    fireEvent.change(within(dialog).getByLabelText('Start time'), { target: { value: '14:00' } });
    fireEvent.change(within(dialog).getByLabelText('End time'), { target: { value: '15:30' } });
    fireEvent.change(within(dialog).getByLabelText('Attendees'), {
      target: { value: 'grace@example.com, ada@example.com' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add event' }));
    await screen.findByText('December 2026');
    await expect
      .poll(() => calls.find((c) => c.method === 'POST' && c.path === '/api/v1/events')?.body)
      .toEqual({
        title: 'Dentist',
        allDay: false,
        start: '2026-12-16T14:00:00',
        end: '2026-12-16T15:30:00',
        timezone: 'UTC',
        attendees: ['grace@example.com', 'ada@example.com'],
      });
  });

  it('refuses an end before the start without asking the server', async () => {
    signIn();
    const { calls } = renderApp('/calendar?date=2026-12-02', (_m, path) =>
      path === '/api/v1/agenda' ? json(200, { items: [] }) : undefined,
    );
    fireEvent.click(await screen.findByRole('button', { name: 'New event' }));
    const dialog = await screen.findByRole('dialog', { name: 'New event' });
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Backwards' } });
    fireEvent.change(within(dialog).getByLabelText('End time'), { target: { value: '08:00' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add event' }));
    await within(dialog).findByText('The end must be after the start.');
    expect(calls.some((c) => c.method === 'POST' && c.path === '/api/v1/events')).toBe(false);
  });

  it('asks which occurrences a change of a repeating event is for, and sends only what changed', async () => {
    signIn();
    const { calls } = renderApp('/calendar?view=week&date=2026-12-02', (m, path) =>
      path === '/api/v1/agenda'
        ? json(200, agenda)
        : path === '/api/v1/events/e1'
          ? m === 'DELETE'
            ? noContent()
            : json(
                200,
                event({ recurrence: 'FREQ=WEEKLY;COUNT=4', start: '2026-11-24T09:00', end: '2026-11-24T09:15' }),
              )
          : undefined,
    );
    const tuesday = await day('Tuesday, December 1, 2026');
    fireEvent.click(await within(tuesday).findByRole('button', { name: 'Repeating event: 09:00–09:15 Standup' }));
    const dialog = await screen.findByRole('dialog', { name: 'Event' });
    // the occurrence's own date, not the series' first
    expect((await within(dialog).findByLabelText<HTMLInputElement>('Start date')).value).toBe('2026-12-01');
    fireEvent.change(within(dialog).getByLabelText('Title'), { target: { value: 'Daily standup' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    fireEvent.click(await within(dialog).findByRole('button', { name: 'This and following events' }));
    await expect.poll(() => calls.find((c) => c.method === 'PATCH')?.body).toEqual({ title: 'Daily standup' });
  });
});
