// Journeys of tasks: quick add with its highlighting, Today and its chips, completing, the task detail, and an
// optimistic change the server refuses.
import { expect, test } from '@playwright/test';
import { accessible, call, figure, join, newAccount, newProject, shot, signIn, taskRow, written } from './support';

test('quick add (q) highlights the recognised tokens and creates the task', async ({ page }) => {
  await signIn(page, await newAccount('Ada Lovelace'));
  await page.getByText('All clear for today.').waitFor();
  await page.keyboard.press('q');
  const input = page.getByRole('textbox', { name: 'Task to add' });
  await input.pressSequentially('Buy milk today p1 @shop', { delay: 5 });
  for (const kind of ['date', 'priority', 'label']) await page.locator(`mark[data-kind="${kind}"]`).waitFor();
  expect((await page.locator('mark[data-kind]').allTextContents()).join('|')).toBe('today|p1|@shop');
  await shot(page, '02-quick-add');
  await input.press('Enter');
  await page.getByRole('dialog', { name: 'Quick add' }).waitFor({ state: 'detached' });
  await taskRow(page, 'Buy milk').waitFor();
});

test('the task is in Today with its date, priority and label chips', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  await call('POST', '/api/v1/tasks/quick', { as: ada, body: { text: 'Buy milk today p1 @shop' } });
  await signIn(page, ada);
  const row = taskRow(page, 'Buy milk');
  await row.waitFor();
  const chips = await row.locator('.chip').allTextContents();
  for (const want of ['Today', 'P1', '@shop']) expect(chips, 'the chips').toContain(want);
  await shot(page, '03-today');
  await accessible(page, 'today');
});

test('time to first render of Today, on a fresh load', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  await call('POST', '/api/v1/tasks/quick', { as: ada, body: { text: 'Buy milk today p1 @shop' } });
  await signIn(page, ada);
  await taskRow(page, 'Buy milk').waitFor();
  await page.goto('/today');
  await taskRow(page, 'Buy milk').waitFor();
  const timing = await page.evaluate(() => {
    const mark = performance.getEntriesByName('ordo:today-rendered')[0];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { rendered: mark?.startTime ?? null, domContentLoaded: nav?.domContentLoadedEventEnd ?? null };
  });
  expect(timing.rendered, 'the ordo:today-rendered mark').not.toBeNull();
  figure('todayFirstRenderMs', Math.round(timing.rendered ?? 0));
  figure('todayDomContentLoadedMs', Math.round(timing.domContentLoaded ?? 0));
});

test('completing the task takes it out of Today, also after a reload', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  await call('POST', '/api/v1/tasks/quick', { as: ada, body: { text: 'Buy milk today p1 @shop' } });
  await signIn(page, ada);
  await written(page, 'POST', '/close', async () => {
    await page.getByRole('checkbox', { name: 'Complete Buy milk' }).click();
    await taskRow(page, 'Buy milk').waitFor({ state: 'detached' }); // at once, before the server answers
  });
  await page.reload();
  await page.getByText('All clear for today.').waitFor();
});

test('the task detail shows every field and saves a change', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const grace = await newAccount('Grace Hopper');
  const garden = await newProject(ada, 'Garden', ['Plant seeds']);
  await join(ada, garden.id, grace);
  await signIn(page, ada, garden.url);
  await page.getByRole('button', { name: 'Plant seeds' }).click();
  const dialog = page.getByRole('dialog', { name: 'Task' });
  for (const label of [
    'Project',
    'Section',
    'Priority',
    'Due date',
    'Deadline',
    'Duration amount',
    'Assignee',
    'Add label',
    'Description',
  ]) {
    await dialog.getByLabel(label, { exact: true }).waitFor();
  }
  await written(page, 'PATCH', '/api/v1/tasks/', () => dialog.getByLabel('Priority').selectOption('HIGH'));
  await written(page, 'PATCH', '/api/v1/tasks/', () =>
    dialog.getByLabel('Assignee').selectOption({ label: grace.name }),
  );
  await shot(page, '12-task-detail');
  await accessible(page, 'task-detail');
  await page.keyboard.press('Escape');
  await page.reload();
  await taskRow(page, 'Plant seeds').locator('.chip', { hasText: 'P2' }).waitFor();
  await taskRow(page, 'Plant seeds').locator('.chip-assignee', { hasText: grace.name }).waitFor();
});

test('an optimistic change the server refuses is rolled back, with the problem in words', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const garden = await newProject(ada, 'Garden', ['Plant seeds']);
  await signIn(page, ada, garden.url);
  await taskRow(page, 'Plant seeds').waitFor();
  await page.route('**/api/v1/tasks/*/close', (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 409,
          contentType: 'application/problem+json',
          body: JSON.stringify({ title: 'Conflict', status: 409, detail: 'The project is archived.' }),
        })
      : route.fallback(),
  );
  await page.getByRole('checkbox', { name: 'Complete Plant seeds' }).click();
  await page.getByRole('status').getByText('The project is archived.').waitFor();
  await taskRow(page, 'Plant seeds').waitFor();
  await expect(page.getByRole('checkbox', { name: 'Complete Plant seeds' })).not.toBeChecked();
});
