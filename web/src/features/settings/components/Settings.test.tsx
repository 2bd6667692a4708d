// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { json, noContent, renderApp, signIn } from '../../../test/app';

describe('changing the email address in Settings', () => {
  it('posts the new address with the password and says nothing changes until the link is used', async () => {
    signIn();
    const { calls } = renderApp('/settings', (_m, path) =>
      path === '/api/v1/users/me/email' ? noContent() : undefined,
    );
    fireEvent.change(await screen.findByLabelText('New email'), { target: { value: 'ada@new.example' } });
    fireEvent.change(screen.getAllByLabelText('Current password')[0], { target: { value: 'analytical engine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change email' }));
    await screen.findByText(
      /We sent a link to ada@new.example\. Open it to confirm the new address: until then nothing changes, and you keep signing in with ada@example.com\./,
    );
    expect(calls.find((c) => c.path === '/api/v1/users/me/email')?.body).toEqual({
      newEmail: 'ada@new.example',
      password: 'analytical engine',
    });
  });

  it('shows why a change was refused', async () => {
    signIn();
    renderApp('/settings', (_m, path) =>
      path === '/api/v1/users/me/email'
        ? json(400, { status: 400, detail: 'The current password is not correct.' })
        : undefined,
    );
    fireEvent.change(await screen.findByLabelText('New email'), { target: { value: 'ada@new.example' } });
    fireEvent.change(screen.getAllByLabelText('Current password')[0], { target: { value: 'wrong' } });
    fireEvent.click(screen.getByRole('button', { name: 'Change email' }));
    await screen.findByText('The current password is not correct.');
  });
});
