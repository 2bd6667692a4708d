// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { currentLocation, json, noContent, renderApp, signIn } from '../../../test/app';
import { session } from '../../../api/client';

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('forgot password', () => {
  it('is linked from sign in, posts the email and answers the same whether or not there is an account', async () => {
    const { calls } = renderApp('/sign-in', (_m, path) =>
      path === '/api/v1/auth/password-reset' ? noContent() : undefined,
    );
    fireEvent.click(screen.getByRole('link', { name: 'Forgot password?' }));
    await screen.findByRole('heading', { name: 'Forgot your password?' });
    type('Email', ' nobody@example.com ');
    fireEvent.click(screen.getByRole('button', { name: 'Send link' }));
    await screen.findByText('If an account exists for nobody@example.com, we sent it a link to choose a new password.');
    expect(calls.map((c) => [c.method, c.path, c.body])).toEqual([
      ['POST', '/api/v1/auth/password-reset', { email: 'nobody@example.com' }],
    ]);
  });

  it('says when to ask again after too many requests', async () => {
    renderApp('/forgot-password', (_m, path) =>
      path === '/api/v1/auth/password-reset'
        ? json(429, { status: 429, title: 'Too Many Requests' }, { 'Retry-After': '30' })
        : undefined,
    );
    type('Email', 'ada@example.com');
    fireEvent.click(screen.getByRole('button', { name: 'Send link' }));
    await screen.findByText('Too many requests. Try again in 30 seconds.');
  });
});

describe('reset password', () => {
  it('refuses two different passwords without asking the server', async () => {
    const { calls } = renderApp('/reset-password?token=t1');
    type('New password', 'correct horse battery');
    type('Confirm new password', 'correct horse battery!');
    fireEvent.submit(screen.getByRole('button', { name: 'Set new password' }));
    await screen.findByText('The two passwords are not the same.');
    expect(calls).toHaveLength(0);
  });

  it("shows the server's rule for a refused password", async () => {
    renderApp('/reset-password?token=t1', (_m, path) =>
      path === '/api/v1/auth/password-reset/confirm'
        ? json(400, {
            status: 400,
            title: 'Bad Request',
            detail: 'This password is one of the most common ones; choose another.',
          })
        : undefined,
    );
    type('New password', 'password1');
    type('Confirm new password', 'password1');
    fireEvent.submit(screen.getByRole('button', { name: 'Set new password' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'This password is one of the most common ones; choose another.',
    );
  });

  it("sets the password with the token, ends this tab's session too and shows sign in with a notice", async () => {
    signIn();
    const { calls } = renderApp('/reset-password?token=t1', (_m, path) =>
      path === '/api/v1/auth/password-reset/confirm' ? noContent() : undefined,
    );
    type('New password', 'correct horse battery');
    type('Confirm new password', 'correct horse battery');
    fireEvent.submit(screen.getByRole('button', { name: 'Set new password' }));
    await screen.findByText(
      'Your password has been changed and every device was signed out. Sign in with your new password.',
    );
    expect(currentLocation()).toBe('/sign-in?reset=1');
    expect(session.signedIn()).toBe(false);
    expect(calls.find((c) => c.path === '/api/v1/auth/password-reset/confirm')?.body).toEqual({
      token: 't1',
      newPassword: 'correct horse battery',
    });
  });

  it('without a token offers to ask for a new link', async () => {
    renderApp('/reset-password');
    await screen.findByRole('heading', { name: 'This link is incomplete' });
    fireEvent.click(screen.getByRole('link', { name: 'Ask for a new link' }));
    await waitFor(() => expect(currentLocation()).toBe('/forgot-password'));
  });
});
