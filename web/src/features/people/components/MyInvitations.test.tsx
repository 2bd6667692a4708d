// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { json, renderApp, signIn } from '../../../test/app';

describe('invitations of an unverified account', () => {
  it('show "Verify your email to see invitations" instead of an error', async () => {
    signIn();
    renderApp('/invitations', (method, path) =>
      method === 'GET' && path === '/api/v1/invitations'
        ? json(403, {
            type: 'https://ordo.dev/problems/email-not-verified',
            status: 403,
            title: 'Email not verified',
            detail: 'Verify your email address first.',
          })
        : undefined,
    );
    await screen.findByText('Verify your email to see invitations');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('other errors are still shown as errors', async () => {
    signIn();
    renderApp('/invitations', (method, path) =>
      method === 'GET' && path === '/api/v1/invitations' ? json(403, { status: 403, title: 'Forbidden' }) : undefined,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('You do not have permission to do that here.');
  });
});
