// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { accessToken, currentLocation, json, noContent, renderApp, signIn, user } from '../../../test/app';
import { session } from '../../../api/client';

const invalidToken = {
  type: 'https://ordo.dev/problems/invalid-token',
  title: 'Invalid or expired link',
  status: 400,
  detail: 'This link does not work (any more): it may have expired or been used already. Ask for a new one.',
};
const refreshed = () =>
  json(200, {
    accessToken: accessToken({ sub: 'u1', email_verified: true }),
    refreshToken: 'r2',
    tokenType: 'Bearer',
    expiresIn: 900,
  });

describe('the verify-email page', () => {
  it('posts the token from the link once, renews the session so the new claim applies, and continues to Today', async () => {
    signIn({ sub: 'u1', email_verified: false });
    const { calls } = renderApp('/verify-email?token=tok-1', (method, path) => {
      if (path === '/api/v1/auth/verify-email') return noContent();
      if (path === '/api/v1/auth/refresh') return refreshed();
      if (method === 'GET' && path === '/api/v1/users/me') return json(200, user({ emailVerified: true }));
      return undefined;
    });
    await screen.findByText('Thank you: your email address is verified.');
    expect(calls.filter((c) => c.path === '/api/v1/auth/verify-email').map((c) => c.body)).toEqual([
      { token: 'tok-1' },
    ]);
    expect(calls.filter((c) => c.path === '/api/v1/auth/refresh').map((c) => c.body)).toEqual([{ refreshToken: 'r1' }]);
    expect(session.claims()?.email_verified).toBe(true);
    fireEvent.click(screen.getByRole('link', { name: 'Continue to Today' }));
    await waitFor(() => expect(currentLocation()).toBe('/today'));
    await screen.findByRole('heading', { name: 'Today', level: 1 });
    expect(screen.queryByText('Verify your email address')).toBeNull();
  });

  it('works signed out too, and then offers to sign in', async () => {
    const { calls } = renderApp('/verify-email?token=tok-2', (_m, path) =>
      path === '/api/v1/auth/verify-email' ? noContent() : undefined,
    );
    await screen.findByText('Thank you: your email address is verified.');
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeTruthy();
    expect(calls.map((c) => [c.path, c.authorization])).toEqual([['/api/v1/auth/verify-email', null]]);
  });

  it('says an expired or used link did not work, and offers a new one when signed in; a 429 says when to ask again', async () => {
    signIn();
    const { calls } = renderApp('/verify-email?token=old', (_m, path) => {
      if (path === '/api/v1/auth/verify-email') return json(400, invalidToken);
      if (path === '/api/v1/auth/resend-verification')
        return json(429, { status: 429, title: 'Too Many Requests' }, { 'Retry-After': '95' });
      return undefined;
    });
    await screen.findByRole('heading', { name: 'This link did not work' });
    expect(screen.getByRole('alert').textContent).toBe(invalidToken.detail);
    fireEvent.click(screen.getByRole('button', { name: 'Send a new link' }));
    await screen.findByText('A link was sent a moment ago. You can ask for another in 2 minutes.');
    expect(calls.filter((c) => c.path === '/api/v1/auth/resend-verification')).toHaveLength(1);
  });

  it('sends a new link when asked', async () => {
    signIn();
    renderApp('/verify-email?token=used', (_m, path) => {
      if (path === '/api/v1/auth/verify-email')
        return json(404, { status: 404, detail: 'This link is not valid any more.' });
      if (path === '/api/v1/auth/resend-verification') return noContent();
      return undefined;
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Send a new link' }));
    await screen.findByText('We sent a new link. It is good for 24 hours.');
  });

  it('signed out, a failed link says to sign in for a new one', async () => {
    // (each test its own token: a token is posted once per page load, and the tests share one)
    renderApp('/verify-email?token=stale', (_m, path) =>
      path === '/api/v1/auth/verify-email' ? json(400, { status: 400, detail: 'This link has expired.' }) : undefined,
    );
    await screen.findByText('This link has expired.');
    expect(screen.queryByRole('button', { name: 'Send a new link' })).toBeNull();
    expect(screen.getByText(/Sign in to have a new link sent/)).toBeTruthy();
  });

  it('a link without its token is named incomplete, and nothing is posted', async () => {
    const { calls } = renderApp('/verify-email');
    await screen.findByText(/This link is incomplete/);
    expect(calls).toHaveLength(0);
  });
});

describe('the confirm-email page', () => {
  it('confirms the new address with the token and refreshes the profile of a signed-in user', async () => {
    signIn({ sub: 'u1', email_verified: true });
    let email = 'ada@example.com';
    const { calls } = renderApp('/confirm-email?token=change-1', (method, path) => {
      if (path === '/api/v1/auth/email-change/confirm') {
        email = 'ada@new.example';
        return noContent();
      }
      if (path === '/api/v1/auth/refresh') return refreshed();
      if (method === 'GET' && path === '/api/v1/users/me') return json(200, user({ email, emailVerified: true }));
      return undefined;
    });
    await screen.findByText('Your new email address is confirmed. Use it to sign in from now on.');
    expect(calls.filter((c) => c.path === '/api/v1/auth/email-change/confirm').map((c) => c.body)).toEqual([
      { token: 'change-1' },
    ]);
    fireEvent.click(screen.getByRole('link', { name: 'Back to Settings' }));
    await screen.findByText('Signed in as ada@new.example');
  });

  it('says the address has not changed when the link does not work', async () => {
    renderApp('/confirm-email?token=x', (_m, path) =>
      path === '/api/v1/auth/email-change/confirm'
        ? json(400, { status: 400, detail: 'This link has expired.' })
        : undefined,
    );
    await screen.findByText('This link has expired.');
    expect(screen.getByText(/Your email address has not changed/)).toBeTruthy();
  });
});
