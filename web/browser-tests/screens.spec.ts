// The remaining screens: each renders and passes the accessibility check; the filter bar's errors.
import { expect, test } from '@playwright/test';
import { accessible, call, eventually, newAccount, shot, signIn } from './support';

test('a filter query error is shown at its position', async ({ page }) => {
  // the filter bar is on the Filters & labels page (the header's box searches words)
  await signIn(page, await newAccount('Ada Lovelace'), '/filters');
  await page.getByRole('searchbox', { name: 'Filter tasks' }).fill('p1 & (');
  await page.getByRole('searchbox', { name: 'Filter tasks' }).press('Enter');
  await page.getByRole('alert').filter({ hasText: 'position 6' }).waitFor();
  await page.locator('mark.error-at').waitFor();
  await expect(page).toHaveURL(/\/filters\/search\?q=p1/);
  await shot(page, '09-filter-error');
});

test('the other screens render and pass the accessibility check', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  await call('POST', '/api/v1/tasks/quick', { as: ada, body: { text: 'Buy milk today p1 @shop' } });
  await signIn(page, ada);
  for (const [url, heading, name] of [
    ['/upcoming', 'Upcoming', 'upcoming'],
    ['/filters', 'Filters & labels', 'filters-labels'],
    ['/activity', 'Activity', 'activity'],
    ['/settings', 'Settings', 'settings'],
    ['/inbox', 'Inbox', 'inbox'],
  ]) {
    await page.goto(url);
    await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
    if (name === 'activity') {
      // audit reads the events from Kafka: the task just added is there a moment later, in a sentence
      await eventually(page, () => page.locator('.activity li').first().isVisible(), 'a line in Activity');
    }
    await shot(page, `10-${name}`);
    await accessible(page, name);
  }
  await page.keyboard.press('?');
  await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
  await shot(page, '11-shortcuts');
  await page.keyboard.press('Escape');
});
