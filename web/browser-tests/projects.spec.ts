// Journeys of projects: making one with a section and tasks, the board, sharing it with a second person,
// archiving, and the narrow screen.
import { expect, test } from '@playwright/test';
import {
  accessible,
  call,
  column,
  eventually,
  join,
  newAccount,
  newProject,
  openMailLink,
  otherBrowser,
  shot,
  signIn,
  taskRow,
  written,
} from './support';

test('create a project with a section and a task', async ({ page }) => {
  await signIn(page, await newAccount('Ada Lovelace'));
  await page.getByRole('button', { name: 'Add project' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add project' });
  await dialog.getByLabel('Name').fill('Garden');
  await dialog.getByRole('button', { name: 'Add project' }).click();
  await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  await page.getByRole('heading', { name: 'Garden', level: 1 }).waitFor();
  await page.getByRole('button', { name: '+ Add section' }).click();
  await page.getByRole('textbox', { name: 'Section name' }).fill('Spring');
  await page.getByRole('button', { name: 'Add section' }).click();
  await page.getByRole('heading', { name: 'Spring', level: 2 }).waitFor();
  await page.locator('main button.add-task').first().click();
  await page.getByRole('textbox', { name: 'Task name' }).fill('Plant seeds');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await taskRow(page, 'Plant seeds').waitFor();
  await page.getByRole('link', { name: 'Garden' }).first().waitFor(); // in the sidebar
  // quick add in a project's view puts the task there when the line names no project
  await page.keyboard.press('q');
  await page.getByRole('textbox', { name: 'Task to add' }).fill('Buy compost');
  await page.locator('.preview-chips .chip-project', { hasText: 'Garden' }).waitFor();
  await page.getByRole('textbox', { name: 'Task to add' }).press('Enter');
  await taskRow(page, 'Buy compost').waitFor();
  await shot(page, '04-project-list');
});

test('drag the task into the section on the board, and it stays there', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const garden = await newProject(ada, 'Garden', ['Plant seeds']);
  await call('POST', '/api/v1/sections', { as: ada, body: { projectId: garden.id, name: 'Spring' } });
  await signIn(page, ada, `${garden.url}?view=board`);
  const card = page.locator('.card', { hasText: 'Plant seeds' });
  await column(page, 'No section').locator('.card', { hasText: 'Plant seeds' }).waitFor();
  await column(page, 'Spring').waitFor();
  const from = await card.boundingBox();
  const to = await column(page, 'Spring').boundingBox();
  if (!from || !to) throw new Error('the card or the column is not on screen');
  await written(page, 'PATCH', '/api/v1/tasks/', async () => {
    // the move, then the position
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5, { steps: 3 });
    await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 12 });
    await page.mouse.up();
    await column(page, 'Spring').locator('.card', { hasText: 'Plant seeds' }).waitFor();
  });
  await page.reload();
  await column(page, 'Spring').locator('.card', { hasText: 'Plant seeds' }).waitFor();
  await expect(
    column(page, 'No section').locator('.card', { hasText: 'Plant seeds' }),
    'No section after a reload',
  ).toHaveCount(0);
  await shot(page, '05-project-board');
  await accessible(page, 'board');
});

test('a second user signs up in another browser context and verifies the address (invitations need it)', async ({
  page,
}) => {
  const grace = await newAccount('Grace Hopper', { verified: false });
  await signIn(page, grace);
  await page.getByRole('link', { name: /^Invitations/ }).click();
  await page.getByText('Verify your email to see invitations').waitFor();
  await openMailLink(page, grace.email, '/verify-email');
  await page.getByText('Thank you: your email address is verified.').waitFor();
  await page.getByRole('link', { name: 'Continue to Today' }).click();
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.getByRole('link', { name: /^Invitations/ }).click();
  await page.getByText('No invitations waiting for you.').waitFor();
});

test('the owner invites the second user from the members page', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const grace = await newAccount('Grace Hopper');
  const garden = await newProject(ada, 'Garden');
  await signIn(page, ada, garden.url);
  await page.getByRole('link', { name: /^Members/ }).click();
  await page.getByRole('heading', { name: 'Members of Garden' }).waitFor();
  await page.getByLabel('Email').fill(grace.email);
  await page.getByRole('button', { name: 'Invite' }).click();
  await page.getByRole('listitem').filter({ hasText: grace.email }).waitFor();
  await shot(page, '06-members');
  await accessible(page, 'members');
});

test('the invitee accepts and sees the project with its task', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const grace = await newAccount('Grace Hopper');
  const garden = await newProject(ada, 'Garden', ['Plant seeds']);
  await call('POST', `/api/v1/projects/${garden.id}/invitations`, {
    as: ada,
    body: { email: grace.email, role: 'member' },
  });
  await signIn(page, grace, '/invitations');
  await eventually(page, () => page.getByText('Garden').first().isVisible(), "the invitation in the invitee's list");
  await shot(page, '07-invitations');
  await page.getByRole('button', { name: 'Accept' }).click();
  await page.waitForURL(`**${garden.url}`);
  await page.getByRole('heading', { name: 'Garden', level: 1 }).waitFor();
  await eventually(page, () => taskRow(page, 'Plant seeds').isVisible(), "the project's task for the new member");
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Garden' }).waitFor();
  await shot(page, '08-invitee-project');
});

test('the owner sees the new member', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const grace = await newAccount('Grace Hopper');
  const garden = await newProject(ada, 'Garden');
  await join(ada, garden.id, grace);
  await signIn(page, ada, `${garden.url}/members`);
  await eventually(
    page,
    () => page.getByRole('cell', { name: grace.email }).isVisible(),
    "the member in the owner's list",
  );
});

test('archive a project and bring it back from settings', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const garden = await newProject(ada, 'Garden');
  await signIn(page, ada, garden.url);
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await page.getByRole('dialog', { name: 'Edit project' }).getByRole('button', { name: 'Archive' }).click();
  await page.waitForURL(/\/today$/);
  const sidebarLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Garden' });
  await sidebarLink.waitFor({ state: 'detached' });
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Show archived projects' }).click();
  await page.getByRole('button', { name: 'Unarchive Garden' }).click();
  await sidebarLink.waitFor();
});

test('at 375 px wide the sidebar folds behind the menu button', async ({ browser }) => {
  const ada = await newAccount('Ada Lovelace');
  await newProject(ada, 'Garden');
  const { context, page: phone } = await otherBrowser(browser, ada, { width: 375, height: 740 });
  await phone.goto('/today');
  await phone.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await phone.getByText('All clear for today.').waitFor();
  if (await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Upcoming' }).isVisible()) {
    // visible means inside the viewport: the drawer must be off screen until opened
    const box = await phone.locator('#sidebar').boundingBox();
    expect(box && box.x + box.width > 0, 'the sidebar on screen at 375 px before the menu is opened').toBe(false);
  }
  await shot(phone, '14-mobile-today');
  await accessible(phone, 'mobile-today');
  await phone.getByRole('button', { name: 'Menu' }).click();
  await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Garden' }).click();
  await phone.getByRole('heading', { name: 'Garden', level: 1 }).waitFor();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth), 'the page width at 375').toBeLessThanOrEqual(
    375,
  );
  await shot(phone, '15-mobile-project');
  await context.close();
});
