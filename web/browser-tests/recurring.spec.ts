// Journeys of issue 12 on the task side: quick add with a #project that does not exist yet (create it, or keep the
// name in the title), a failed line never left in the input, the preview marking recurrence, deadline and
// duration; a recurring task made in the editor, completed twice (its next dates, two entries in Completed), Undo,
// its repeat mark; Upcoming's later occurrences; the editor at 375 px.
import { expect, test, type Page } from '@playwright/test';
import {
  accessible,
  call,
  type Account,
  callEventually,
  newAccount,
  otherBrowser,
  shot,
  signIn,
  taskRow,
  written,
} from './support';

type Task = { id: string; title: string; projectId: string; due: { date: string; isRecurring: boolean } | null };

const isoDay = (instant: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
const addDays = (date: string, days: number) => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};
/** "Tue 1 Dec", as the app says a next occurrence. */
const dayWords = (date: string) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' })
    .format(new Date(`${date}T00:00:00Z`))
    .replace(',', '');
const WEEKDAY = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const weekdayOf = (date: string) => WEEKDAY[new Date(`${date}T00:00:00Z`).getUTCDay()];

async function todayOf(account: Account) {
  const me = await call('GET', '/api/v1/users/me', { as: account });
  return isoDay(new Date(), String(me.timezone ?? 'UTC'));
}

async function openQuickAdd(page: Page) {
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await page.keyboard.press('q');
  return page.getByRole('textbox', { name: 'Task to add' });
}

test('quick add with a #project that does not exist: Create project makes it and adds the task there', async ({
  page,
}) => {
  const ada = await newAccount('Ada Lovelace');
  await signIn(page, ada);
  const input = await openQuickAdd(page);
  await input.fill('Water the roses tomorrow 7pm #Garden');
  await page.locator('mark[data-kind="unknown-project"]', { hasText: '#Garden' }).waitFor();
  await page.locator('mark[data-kind="date"]').first().waitFor();
  await input.press('Enter');
  const create = page.getByRole('button', { name: 'Create project Garden' });
  await expect(create).toBeFocused();
  await shot(page, '30-quick-add-missing-project');
  await accessible(page, 'quick-add-missing-project');
  await create.click();
  await page.getByRole('dialog', { name: 'Quick add' }).waitFor({ state: 'detached' });
  await page.getByRole('status').getByText('Added “Water the roses” to Garden.').waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Garden' }).click();
  await taskRow(page, 'Water the roses').waitFor();
  const projects = (await call('GET', '/api/v1/projects?limit=200', { as: ada })).items as {
    id: string;
    name: string;
  }[];
  const garden = projects.find((p) => p.name === 'Garden');
  expect(garden, 'the project Garden').toBeTruthy();
  const tasks = await call('GET', `/api/v1/tasks?projectId=${garden?.id}`, { as: ada });
  expect((tasks.items as Task[]).map((t) => t.title)).toEqual(['Water the roses']);
});

test('quick add with a #project that does not exist: keep it in the title; a failed line never stays behind', async ({
  page,
}) => {
  const ada = await newAccount('Ada Lovelace');
  await signIn(page, ada);
  let input = await openQuickAdd(page);
  await input.fill('Water the roses tomorrow 7pm #Garden');
  await page.getByRole('button', { name: 'Add with #Garden in the title' }).click();
  await page.getByRole('dialog', { name: 'Quick add' }).waitFor({ state: 'detached' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
  await taskRow(page, 'Water the roses #Garden').waitFor();

  // The server refuses the next line: it leaves the input (shown with the reason), the next line starts afresh.
  await page.route('**/api/v1/tasks/quick', (route) =>
    route.fulfill({
      status: 400,
      contentType: 'application/problem+json',
      body: JSON.stringify({ title: 'Bad Request', status: 400, detail: 'The line says nothing to add.' }),
    }),
  );
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  await page.keyboard.press('q');
  input = page.getByRole('textbox', { name: 'Task to add' });
  await input.fill('Feed the cat today');
  await input.press('Enter');
  await page
    .getByRole('alert')
    .getByText('Could not add “Feed the cat today”: The line says nothing to add.')
    .waitFor();
  await expect(input).toHaveValue('');
  await page.unroute('**/api/v1/tasks/quick');
  await input.pressSequentially('Buy bread', { delay: 5 });
  await expect(input).toHaveValue('Buy bread');
  await page.getByRole('button', { name: 'Edit that line' }).click();
  await expect(input).toHaveValue('Feed the cat today');
  await input.press('Enter');
  await page.getByRole('dialog', { name: 'Quick add' }).waitFor({ state: 'detached' });
  await taskRow(page, 'Feed the cat').waitFor();
});

test('the quick add preview marks recurrence, deadline and duration', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  await signIn(page, ada);
  const input = await openQuickAdd(page);
  await input.pressSequentially('Review the report every mon, wed {Dec 20} for 45 min', { delay: 5 });
  await page.locator('mark[data-kind="recurrence"]', { hasText: 'every mon, wed' }).waitFor();
  await page.locator('mark[data-kind="deadline"]', { hasText: '{Dec 20}' }).waitFor();
  await page.locator('mark[data-kind="duration"]', { hasText: 'for 45 min' }).waitFor();
  await expect(page.getByTestId('preview-repeat')).toContainText('Every week on Mon, Wed');
  await expect(page.getByTestId('preview-deadline')).toContainText('Dec 20');
  await expect(page.getByTestId('preview-duration')).toContainText('45 min');
  await shot(page, '31-quick-add-recurring');
  await input.press('Enter');
  await page.getByRole('dialog', { name: 'Quick add' }).waitFor({ state: 'detached' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
  await taskRow(page, 'Review the report').getByRole('img', { name: 'Repeats every week on Mon, Wed' }).waitFor();
});

test('a recurring task made in the editor: completed twice, its next dates, two entries in Completed, Undo', async ({
  page,
}) => {
  const ada = await newAccount('Ada Lovelace');
  const today = await todayOf(ada);
  const second = addDays(today, 2);
  const third = addDays(today, 7);
  await callEventually('POST', '/api/v1/tasks', { as: ada, body: { title: 'Water the ferns', due: { date: today } } });
  await signIn(page, ada, '/inbox');
  await page.getByRole('button', { name: 'Water the ferns' }).click();
  const dialog = page.getByRole('dialog', { name: 'Task' });
  const repeat = dialog.getByRole('combobox', { name: 'Repeat' });
  await written(page, 'PATCH', '/api/v1/tasks/', () => repeat.selectOption('weekly'));
  // weekly on today's weekday (the default) and the one two days on
  await expect(dialog.getByRole('checkbox', { name: weekdayOf(today) })).toBeChecked();
  await written(page, 'PATCH', '/api/v1/tasks/', () =>
    dialog.getByRole('checkbox', { name: weekdayOf(second) }).check(),
  );
  const days = [weekdayOf(today), weekdayOf(second)].sort(
    (a, b) => ((WEEKDAY.indexOf(a) + 6) % 7) - ((WEEKDAY.indexOf(b) + 6) % 7),
  );
  await dialog.getByText(`Every week on ${days.join(', ')}`).waitFor();
  await shot(page, '32-editor-recurrence');
  await accessible(page, 'editor-recurrence');

  await written(page, 'POST', '/close', () => dialog.getByRole('button', { name: 'Complete' }).click());
  await dialog.getByText(`Next: ${dayWords(second)}`).waitFor();
  await expect(dialog.getByLabel('Due date')).toHaveValue(second);
  await written(page, 'POST', '/close', () => dialog.getByRole('button', { name: 'Complete' }).click());
  await dialog.getByText(`Next: ${dayWords(third)}`).waitFor();
  await expect(dialog.getByLabel('Due date')).toHaveValue(third);
  await page.keyboard.press('Escape');

  // it stays in the list with its new date and its repeat mark
  const row = taskRow(page, 'Water the ferns');
  await row.getByRole('img', { name: /^Repeats every week on/ }).waitFor();
  const dueOfFerns = async () =>
    ((await call('GET', '/api/v1/tasks', { as: ada })).items as Task[]).find((t) => t.title === 'Water the ferns')?.due
      ?.date;
  expect(await dueOfFerns()).toBe(third);

  // two completions, one for each occurrence
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Completed' }).click();
  await page.getByRole('heading', { name: 'Completed', level: 1 }).waitFor();
  await expect(page.locator('.completion', { hasText: 'Water the ferns' })).toHaveCount(2);
  await expect(page.getByTestId('completion-occurrence')).toHaveText([
    new RegExp(dayWords(second)),
    new RegExp(dayWords(today)),
  ]);
  await shot(page, '33-completed');
  await accessible(page, 'completed');

  // completed from the list: "Next: …" with Undo, which puts it back
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Inbox' }).click();
  await written(page, 'POST', '/close', () => page.getByRole('checkbox', { name: 'Complete Water the ferns' }).click());
  const toast = page.getByRole('status').locator('.toast', { hasText: `Next: ${dayWords(addDays(today, 9))}` });
  await toast.waitFor();
  await written(page, 'POST', '/reopen', () => toast.getByRole('button', { name: 'Undo' }).click());
  await expect(async () => expect(await dueOfFerns()).toBe(third)).toPass();
  await taskRow(page, 'Water the ferns').waitFor();
});

test('words in the editor ("every other monday at 9am") set the recurrence; Upcoming shows later occurrences', async ({
  page,
}) => {
  const ada = await newAccount('Ada Lovelace');
  const today = await todayOf(ada);
  await callEventually('POST', '/api/v1/tasks', {
    as: ada,
    body: { title: 'Stand-up', due: { date: today, recurrence: 'FREQ=DAILY' } },
  });
  await callEventually('POST', '/api/v1/tasks', { as: ada, body: { title: 'Team sync', due: { date: today } } });
  await signIn(page, ada, '/upcoming');
  const tomorrow = addDays(today, 1);
  for (const day of [tomorrow, addDays(today, 6)]) {
    await page.locator(`.is-occurrence[data-occurrence="${day}"]`, { hasText: 'Stand-up' }).waitFor();
  }
  await expect(page.locator('.is-occurrence', { hasText: 'Stand-up' })).toHaveCount(6);
  await shot(page, '34-upcoming-occurrences');

  await page.getByRole('button', { name: 'Team sync' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Task' });
  await dialog.getByRole('combobox', { name: 'Repeat' }).selectOption('text');
  await dialog.getByRole('textbox', { name: 'Repeat in words' }).fill('every other monday at 9am');
  await written(page, 'PATCH', '/api/v1/tasks/', () => dialog.getByRole('button', { name: 'Set' }).click());
  await dialog.getByText('Every 2 weeks on Mon').waitFor();
  await expect(dialog.getByLabel('Due time')).toHaveValue('09:00');
  await expect(dialog.getByLabel('Due date')).toHaveValue(/\d{4}-\d{2}-\d{2}/);
  expect(weekdayOf(await dialog.getByLabel('Due date').inputValue())).toBe('Mon');
});

test('the task editor with its recurrence at 375 px wide', async ({ browser }) => {
  const ada = await newAccount('Ada Lovelace');
  const today = await todayOf(ada);
  await callEventually('POST', '/api/v1/tasks', { as: ada, body: { title: 'Pay rent', due: { date: today } } });
  const { context, page: phone } = await otherBrowser(browser, ada, { width: 375, height: 740 });
  try {
    await phone.goto('/inbox');
    await phone.getByRole('button', { name: 'Pay rent' }).click();
    const dialog = phone.getByRole('dialog', { name: 'Task' });
    const repeat = dialog.getByRole('combobox', { name: 'Repeat' });
    await repeat.scrollIntoViewIfNeeded();
    await written(phone, 'PATCH', '/api/v1/tasks/', () => repeat.selectOption('weekly'));
    for (const day of ['Mon', 'Sun']) {
      const box = await dialog.getByRole('checkbox', { name: day }).boundingBox();
      expect(box, `the ${day} checkbox`).not.toBeNull();
      expect(box!.x, `the ${day} checkbox on screen`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `the ${day} checkbox within 375 px`).toBeLessThanOrEqual(375);
    }
    const widths = await phone.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      dialog: document.querySelector('dialog')?.scrollWidth ?? 0,
      dialogBox: document.querySelector('dialog')?.clientWidth ?? 0,
    }));
    expect(widths.page, 'the page width at 375').toBeLessThanOrEqual(375);
    expect(widths.dialog, 'nothing in the editor wider than the editor').toBeLessThanOrEqual(widths.dialogBox);
    await written(phone, 'PATCH', '/api/v1/tasks/', () => repeat.selectOption('monthly-date'));
    await dialog.getByText(`Every month on the`).waitFor();
    await shot(phone, '35-editor-375');
    await accessible(phone, 'editor-375');
  } finally {
    await context.close();
  }
});
