// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { json, renderApp, signIn } from '../../../test/app';

// jsdom's <dialog> cannot open as a modal: open it in place (focus trapping is the browser's, tested there).
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

describe('the calendar feed in Settings', { timeout: 20_000 }, () => {
  it('shows the address and replaces it after asking', async () => {
    signIn();
    const { calls } = renderApp('/settings', (_m, path) =>
      path === '/api/v1/calendar/feed'
        ? json(200, { url: 'http://localhost:8080/api/v1/calendar/feed/old.ics' })
        : path === '/api/v1/calendar/feed/reset'
          ? json(200, { url: 'http://localhost:8080/api/v1/calendar/feed/new.ics' })
          : undefined,
    );
    const address = await screen.findByDisplayValue('http://localhost:8080/api/v1/calendar/feed/old.ics');
    fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    const confirm = await screen.findByRole('dialog', { name: 'Reset the feed address?' });
    expect(calls.some((c) => c.path === '/api/v1/calendar/feed/reset')).toBe(false);
    fireEvent.click(within(confirm).getByRole('button', { name: 'Reset address' }));
    await screen.findByDisplayValue('http://localhost:8080/api/v1/calendar/feed/new.ics');
    expect(address.getAttribute('readonly')).not.toBeNull();
  });
});
