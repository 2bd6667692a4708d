// Journeys of notifications, with two people in two browsers: Bob assigns Ada a task and renames it, and Ada's bell,
// panel and open list change without a reload (the live stream); opening the notification opens the task. Ada's
// reminders in the task detail (30 minutes before, removed; one refused without a due time); her notification
// settings (email off for assignments, still off after a reload) and browser push offered; the panel on a phone.
import { expect, test, type Page } from '@playwright/test';
import {
  accessible,
  call,
  callEventually,
  join,
  newAccount,
  newProject,
  otherBrowser,
  shot,
  signIn,
  taskRow,
  written,
  type Account,
} from './support';

const bell = (page: Page) => page.getByRole('button', { name: /^Notifications/ });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Notifications' });

/** Opens the page at `to` and waits until its live stream is connected (the server answered it). */
async function openLive(page: Page, to: string) {
  const connected = page.waitForResponse((r) => r.url().includes('/api/v1/notifications/stream') && r.ok());
  await page.goto(to);
  await connected;
}

/** A mark in the page that a reload would wipe: its absence later means the page was loaded again. */
const markPage = (page: Page) => page.evaluate(() => ((window as unknown as { ordoMark: string }).ordoMark = 'kept'));
const pageWasKept = (page: Page) => page.evaluate(() => (window as unknown as { ordoMark?: string }).ordoMark);

/** Until the notifications service knows the task and that the account may see it (it learns both from Kafka). */
const knownToNotifications = (taskId: string, who: Account) =>
  callEventually('GET', `/api/v1/reminders?taskId=${taskId}`, { as: who });

/** Waits for the invitation notification the account gets on joining, then marks everything read: a clean bell. */
async function clearInbox(who: Account) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const page = await call('GET', '/api/v1/notifications', { as: who });
    const items = page.items as { type: string }[];
    if (items.some((n) => n.type === 'invitation.received')) break;
    if (Date.now() > deadline) throw new Error(`no invitation notification for ${who.name} within 30 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
  await call('POST', '/api/v1/notifications/read-all', { as: who });
}

test('Bob assigns Ada a task and renames it: her bell, panel and list change without a reload', async ({
  page,
  browser,
}) => {
  const ada = await newAccount('Ada Lovelace');
  const bob = await newAccount('Bob Builder');
  const garden = await newProject(bob, 'Garden', ['Water the tomatoes']);
  const taskId = String(garden.tasks[0].id);
  await join(bob, garden.id, ada);
  await knownToNotifications(taskId, ada);
  await clearInbox(ada);

  // Ada, in her own browser, has the project open and her notifications panel open
  const { context, page: adaPage } = await otherBrowser(browser, ada);
  try {
    await openLive(adaPage, garden.url);
    await expect(taskRow(adaPage, 'Water the tomatoes')).toBeVisible();
    await expect(bell(adaPage)).toHaveAccessibleName('Notifications');
    await bell(adaPage).click();
    // only the invitation she accepted, read
    await expect(panel(adaPage).getByRole('link', { name: /Bob Builder invited you to “Garden”/ })).toBeVisible();
    await expect(panel(adaPage).locator('.is-unread')).toHaveCount(0);
    await markPage(adaPage);

    // Bob assigns her the task in his browser
    await signIn(page, bob, `${garden.url}?task=${taskId}`);
    const assignee = page.getByRole('dialog', { name: 'Task' }).getByLabel('Assignee');
    await expect(assignee.getByRole('option', { name: 'Ada Lovelace' })).toBeAttached();
    await written(page, 'PATCH', `/api/v1/tasks/${taskId}`, () => assignee.selectOption({ label: 'Ada Lovelace' }));

    // Ada's bell counts it and her open panel shows it, without a reload
    const assigned = panel(adaPage).getByRole('link', { name: /Bob Builder assigned you “Water the tomatoes”/ });
    await expect(assigned).toBeVisible({ timeout: 15_000 });
    await expect(assigned).toContainText('just now');
    await expect(bell(adaPage)).toHaveAccessibleName('Notifications, 1 unread');
    await expect(bell(adaPage).locator('.bell-count')).toHaveText('1');
    await shot(adaPage, '50-notifications-panel');
    await accessible(adaPage, 'notifications panel');

    // Bob renames the task: Ada's open list shows the new title, without a reload
    const title = page.getByRole('dialog', { name: 'Task' }).getByLabel('Title');
    await title.fill('Water the tomatoes twice');
    await written(page, 'PATCH', `/api/v1/tasks/${taskId}`, () => title.press('Tab'));
    await expect(taskRow(adaPage, 'Water the tomatoes twice')).toBeVisible({ timeout: 15_000 });
    expect(await pageWasKept(adaPage), 'Ada’s page was not reloaded').toBe('kept');

    // opening the notification opens the task (by its current title) and marks it read
    await written(adaPage, 'POST', '/read', () => assigned.click());
    await expect(adaPage).toHaveURL(new RegExp(`/projects/${garden.id}\\?task=${taskId}$`));
    const detail = adaPage.getByRole('dialog', { name: 'Task' });
    await expect(detail.getByLabel('Title')).toHaveValue('Water the tomatoes twice');
    await expect(bell(adaPage)).toHaveAccessibleName('Notifications');
    await expect(panel(adaPage)).toBeHidden();
    expect(await pageWasKept(adaPage), 'Ada’s page was not reloaded').toBe('kept');

    // and it reads as read in the panel, where it can be archived
    await detail.getByRole('button', { name: 'Close' }).first().click();
    await bell(adaPage).click();
    const read = panel(adaPage).getByRole('listitem').filter({ hasText: 'assigned you' });
    await expect(read).not.toHaveClass(/is-unread/);
    await written(adaPage, 'POST', '/archive', () =>
      read.getByRole('button', { name: /^Archive: Bob Builder assigned you/ }).click(),
    );
    await expect(panel(adaPage).getByText('assigned you')).toBeHidden();
  } finally {
    await context.close();
  }
});

test('reminders in the task detail: 30 minutes before, listed and removed; none before a task without a time', async ({
  page,
}) => {
  const ada = await newAccount('Ada Lovelace');
  const project = await newProject(ada, 'Errands');
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const timed = await callEventually('POST', '/api/v1/tasks', {
    as: ada,
    body: { projectId: project.id, title: 'Dentist', due: { datetime: `${tomorrow}T10:00:00`, timezone: 'UTC' } },
  });
  const untimed = await call('POST', '/api/v1/tasks', { as: ada, body: { projectId: project.id, title: 'Call mum' } });
  await knownToNotifications(String(timed.id), ada);
  await knownToNotifications(String(untimed.id), ada);

  await signIn(page, ada, `${project.url}?task=${String(timed.id)}`);
  const reminders = page.getByRole('dialog', { name: 'Task' }).getByRole('region', { name: 'Reminders' });
  await expect(reminders.getByText('No reminders.')).toBeVisible();
  await written(page, 'POST', '/api/v1/reminders', () =>
    reminders.getByRole('group', { name: 'Add a reminder' }).getByRole('button', { name: '30 min before' }).click(),
  );
  const listed = reminders.getByRole('listitem').filter({ hasText: '30 minutes before' });
  await expect(listed).toBeVisible();
  // fires 09:30 the day before the due's 10:00 (Ada's zone is UTC), in the app and by push
  await expect(listed).toContainText('09:30');
  await expect(listed).toContainText('in the app and by push');
  await shot(page, '51-task-reminders');
  await accessible(page, 'task reminders');
  const stored = await call('GET', `/api/v1/reminders?taskId=${String(timed.id)}`, { as: ada });
  expect((stored.items as { minutesBefore: number }[]).map((r) => r.minutesBefore)).toEqual([30]);

  await written(page, 'DELETE', '/api/v1/reminders/', () =>
    listed.getByRole('button', { name: 'Remove reminder: 30 minutes before' }).click(),
  );
  await expect(reminders.getByText('No reminders.')).toBeVisible();
  const after = await call('GET', `/api/v1/reminders?taskId=${String(timed.id)}`, { as: ada });
  expect(after.items).toEqual([]);

  // a task without a due time: the server's refusal, in words
  await page.goto(`${project.url}?task=${String(untimed.id)}`);
  const others = page.getByRole('dialog', { name: 'Task' }).getByRole('region', { name: 'Reminders' });
  await others.getByRole('button', { name: 'At due time' }).click();
  await expect(others.getByRole('alert')).toHaveText('Give the task a due time first.');
});

test('notification settings: email off for assignments stays off after a reload; browser push is offered', async ({
  page,
}) => {
  const ada = await newAccount('Ada Lovelace');
  await signIn(page, ada, '/today');
  // from the bell's panel to Settings › Notifications
  await bell(page).click();
  await panel(page).getByRole('link', { name: 'Notification settings' }).click();
  await expect(page).toHaveURL(/\/settings#notifications$/);
  const section = page.getByRole('region', { name: 'Notifications' });
  await expect(section.getByRole('heading', { name: 'Notifications', level: 2 })).toBeFocused();
  const email = section.getByRole('checkbox', { name: 'Assigned to me: Email' });
  await expect(email).toBeChecked();
  await expect(section.getByRole('checkbox', { name: 'Task completed in my shared project: Email' })).not.toBeChecked();
  await email.uncheck();
  await section.getByRole('checkbox', { name: /Hold email and push during quiet hours/ }).check();
  await section.getByLabel('From', { exact: true }).fill('22:30');
  await section.getByLabel('To', { exact: true }).fill('07:00');
  await written(page, 'PUT', '/api/v1/notification-preferences', () =>
    section.getByRole('button', { name: 'Save notification settings' }).click(),
  );
  await expect(page.getByRole('status').getByText('Notification settings saved.')).toBeVisible();
  await shot(page, '52-notification-settings');
  await accessible(page, 'notification settings');

  await page.reload();
  const again = page.getByRole('region', { name: 'Notifications' });
  await expect(again.getByRole('checkbox', { name: 'Assigned to me: Email' })).not.toBeChecked();
  await expect(again.getByRole('checkbox', { name: 'Assigned to me: In app' })).toBeChecked();
  await expect(again.getByLabel('From', { exact: true })).toHaveValue('22:30');
  const saved = await call('GET', '/api/v1/notification-preferences', { as: ada });
  expect((saved.types as Record<string, Record<string, boolean>>)['task.assigned']).toEqual({
    in_app: true,
    email: false,
    push: true,
  });
  expect(saved.quietHours).toEqual({ start: '22:30', end: '07:00' });

  // this instance has VAPID keys: push is offered; the service worker is served without a token and installs
  await expect(again.getByRole('button', { name: 'Turn on push in this browser' })).toBeVisible();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.register('/sw.js')).scope);
  expect(scope).toMatch(/\/$/);
});

test('the notifications panel on a phone: the whole screen, and Escape gives the bell back', async ({ browser }) => {
  const ada = await newAccount('Ada Lovelace');
  const bob = await newAccount('Bob Builder');
  const garden = await newProject(bob, 'Garden', ['Weed the beds']);
  await join(bob, garden.id, ada);
  await clearInbox(ada);
  // Bob assigns Ada the task: a notification for her
  const taskId = String(garden.tasks[0].id);
  await knownToNotifications(taskId, ada);
  await call('PATCH', `/api/v1/tasks/${taskId}`, { as: bob, body: { assigneeId: await userId(ada) } });

  const { context, page } = await otherBrowser(browser, ada, { width: 375, height: 740 });
  try {
    await openLive(page, '/today');
    await expect(bell(page)).toHaveAccessibleName('Notifications, 1 unread', { timeout: 15_000 });
    await bell(page).click();
    const box = await panel(page).boundingBox();
    expect(box?.width, 'the panel as wide as the screen').toBeGreaterThanOrEqual(374);
    await expect(panel(page).getByRole('link', { name: /Bob Builder assigned you “Weed the beds”/ })).toBeVisible();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      'the page width at 375',
    ).toBeLessThanOrEqual(375);
    await shot(page, '53-notifications-phone');
    await accessible(page, 'notifications panel on a phone');
    // the unread filter, then Mark all read
    const unread = panel(page).getByRole('button', { name: 'Unread', exact: true });
    await unread.click();
    await expect(unread).toHaveAttribute('aria-pressed', 'true');
    await expect(panel(page).getByRole('link', { name: /invited you/ })).toBeHidden();
    await written(page, 'POST', '/api/v1/notifications/read-all', () =>
      panel(page).getByRole('button', { name: 'Mark all read' }).click(),
    );
    await expect(bell(page)).toHaveAccessibleName('Notifications');
    await page.keyboard.press('Escape');
    await expect(panel(page)).toBeHidden();
    await expect(bell(page)).toBeFocused();
  } finally {
    await context.close();
  }
});

async function userId(who: Account): Promise<string> {
  return String((await call('GET', '/api/v1/users/me', { as: who })).id);
}
