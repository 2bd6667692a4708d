// Journeys of an account: signing up and verifying the address, the theme, the email address, a session that
// ends, signing in and out, a forgotten password.
import { expect, test, type Page } from '@playwright/test';
import { accessible, banner, newAccount, openMailLink, shot, signIn } from './support';

const password = 'analytical engine';

test('sign up lands in Today', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill('Ada Lovelace');
  await page.getByLabel('Email').fill(`ada-${Date.now().toString(36)}@example.com`);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/today');
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.getByText('All clear for today.').waitFor();
  await shot(page, '01-today-empty');
});

test('an unverified account sees the banner; the link in the verification mail verifies it', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace', { verified: false });
  await signIn(page, ada);
  await banner(page).getByText(`we sent a link to ${ada.email}`).waitFor();
  await shot(page, '01-today-unverified');
  await accessible(page, 'today-unverified');
  await openMailLink(page, ada.email, '/verify-email');
  await page.getByText('Thank you: your email address is verified.').waitFor();
  await shot(page, '01-verify-email');
  await accessible(page, 'verify-email');
  await page.getByRole('link', { name: 'Continue to Today' }).click();
  await page.waitForURL('**/today');
  await page.getByText('All clear for today.').waitFor();
  await expect(banner(page), 'the banner after verifying').toHaveCount(0);
  await page.reload();
  await page.getByText('All clear for today.').waitFor();
  await expect(banner(page), 'the banner after a reload').toHaveCount(0);
});

test('dark theme from settings', async ({ page }) => {
  await signIn(page, await newAccount('Ada Lovelace'), '/settings');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
  await page.goto('/today');
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.getByText('All clear for today.').waitFor();
  await shot(page, '13-today-dark');
  await accessible(page, 'today-dark');
});

test('change the email address in settings: the link mailed to the new address changes it', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const newEmail = ada.email.replace('ada-', 'ada-new-');
  await signIn(page, ada, '/settings');
  const form = page.locator('form', { has: page.getByRole('heading', { name: 'Email address' }) });
  await form.getByLabel('New email').fill(newEmail);
  await form.getByLabel('Current password').fill(ada.password);
  await form.getByRole('button', { name: 'Change email' }).click();
  await form.getByText(`We sent a link to ${newEmail}.`).waitFor();
  await page.getByText(`Signed in as ${ada.email}`).waitFor(); // nothing changes until the link is used
  await openMailLink(page, newEmail, '/confirm-email');
  await page.getByText('Your new email address is confirmed.', { exact: false }).waitFor();
  await shot(page, '16-confirm-email');
  await accessible(page, 'confirm-email');
  await page.getByRole('link', { name: 'Back to Settings' }).click();
  await page.getByText(`Signed in as ${newEmail}`).waitFor();
});

/** Signs the page's session out "elsewhere": its refresh token revoked through the API, its access token run out. */
async function revokeSession(page: Page) {
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ordo.session') ?? '{}'));
  const res = await page.request.post('/api/v1/auth/logout', { data: { refreshToken: stored.refreshToken } });
  expect(res.status(), 'logout').toBe(204);
  await page.evaluate(() => {
    const s = JSON.parse(localStorage.getItem('ordo.session') ?? '{}');
    localStorage.setItem('ordo.session', JSON.stringify({ ...s, expiresAt: 0 }));
  });
}

test('a revoked session returns to sign in', async ({ page }) => {
  await signIn(page, await newAccount('Ada Lovelace'));
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await revokeSession(page);
  await page.goto('/upcoming');
  await page.waitForURL(/\/sign-in\?expired=1/);
  await page.getByText('Your session has ended').waitFor();
  await shot(page, '17-sign-in-expired');
  await accessible(page, 'sign-in');
});

test('sign in again and sign out', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  await signIn(page, ada);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await revokeSession(page);
  await page.goto('/upcoming');
  await page.waitForURL(/\/sign-in\?expired=1/);
  await page.getByLabel('Email').fill(ada.email);
  await page.getByLabel('Password').fill(ada.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/upcoming$/);
  await page.getByRole('button', { name: /^Sign out/ }).click();
  await page.waitForURL(/\/sign-in/);
  expect(await page.evaluate(() => localStorage.getItem('ordo.session')), 'the session after signing out').toBeNull();
});

test('forgot password: the mailed link sets a new password, which signs in', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
  await accessible(page, 'forgot-password');
  await page.getByLabel('Email').fill(ada.email);
  await page.getByRole('button', { name: 'Send link' }).click();
  await page.getByText(`If an account exists for ${ada.email}, we sent it a link`).waitFor();
  await shot(page, '18-forgot-password');
  await openMailLink(page, ada.email, '/reset-password');
  await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
  await accessible(page, 'reset-password');
  const newPassword = 'difference engine 1822';
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Set new password' }).click();
  await page.waitForURL(/\/sign-in\?reset=1$/);
  await page.getByText('Your password has been changed').waitFor();
  await shot(page, '19-sign-in-after-reset');
  await page.getByLabel('Email').fill(ada.email);
  await page.getByLabel('Password').fill(newPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/today$/);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
});
