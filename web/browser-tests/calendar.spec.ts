// Journeys of the calendar: an event made by clicking a day (in the week and the month), a repeating event on
// each week, moving an event by drag and by its dialog, rescheduling a task by drag, the feed's address in
// Settings (copy, reset), and a phone's day view.
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  accessible,
  BASE,
  call,
  callEventually,
  eventually,
  newAccount,
  newProject,
  otherBrowser,
  shot,
  signIn,
  written,
} from './support';

/** An ISO date `days` after `date`. */
const plus = (date: string, days: number) => {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
};
const todayUtc = () => new Date().toISOString().slice(0, 10);
/** The Monday of the week after next: a whole week in the future, whatever today is (accounts' zone is UTC). */
const futureMonday = () => {
  const today = todayUtc();
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return plus(today, 14 - weekday);
};

const day = (page: Page, date: string): Locator => page.locator(`section.cal-day[data-date="${date}"]`);
const item = (page: Page, date: string, title: string): Locator =>
  day(page, date).locator('.cal-item', { hasText: title });

/** A drag with the mouse from the item to the day (dnd-kit starts a drag after a few pixels). */
async function drag(page: Page, from: Locator, to: Locator) {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error('the item or the day is not on screen');
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 4, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height - 20, { steps: 12 });
  await page.mouse.up();
}

async function event(as: Awaited<ReturnType<typeof newAccount>>, body: Record<string, unknown>) {
  return call('POST', '/api/v1/events', {
    as,
    body: { allDay: false, timezone: 'UTC', attendees: [], ...body },
  });
}

test('create an event by clicking a day; it shows in the week and in the month', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const monday = futureMonday();
  const wednesday = plus(monday, 2);
  await signIn(page, ada, '/today');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar' }).click();
  await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
  // today is marked
  await expect(page.locator('section.cal-day[aria-current="date"]')).toHaveAttribute('data-date', todayUtc());
  await page.goto(`/calendar?view=week&date=${monday}`);
  // a click on the empty part of Wednesday opens a new event on that day
  const box = await day(page, wednesday).boundingBox();
  if (!box) throw new Error('Wednesday is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height - 30);
  const dialog = page.getByRole('dialog', { name: 'New event' });
  await expect(dialog.getByLabel('Start date')).toHaveValue(wednesday);
  await dialog.getByLabel('Title').fill('Dentist');
  await dialog.getByLabel('Start time').fill('14:00');
  await dialog.getByLabel('End time').fill('15:00');
  await dialog.getByLabel('Location').fill('Main St 1');
  await written(page, 'POST', '/api/v1/events', () => dialog.getByRole('button', { name: 'Add event' }).click());
  await expect(dialog).toHaveCount(0);
  await expect(item(page, wednesday, 'Dentist')).toContainText('14:00');
  await shot(page, '30-calendar-week');
  await accessible(page, 'calendar week');
  await page.getByRole('button', { name: 'Month', exact: true }).click();
  await expect(page.locator('.cal-grid')).toHaveAttribute('data-view', 'month');
  await item(page, wednesday, 'Dentist').waitFor();
  await shot(page, '31-calendar-month');
  await accessible(page, 'calendar month');
  // opened again (Enter on it), it has what was given
  await item(page, wednesday, 'Dentist').focus();
  await page.keyboard.press('Enter');
  const edit = page.getByRole('dialog', { name: 'Event' });
  await expect(edit.getByLabel('Location')).toHaveValue('Main St 1');
  await edit.getByRole('button', { name: 'Cancel' }).click();
});

test('a repeating event shows on each week', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const monday = futureMonday();
  await event(ada, {
    title: 'Standup',
    start: `${monday}T09:00`,
    end: `${monday}T09:15`,
    recurrence: 'FREQ=WEEKLY;COUNT=3',
  });
  await signIn(page, ada, `/calendar?view=week&date=${monday}`);
  for (const week of [0, 1, 2]) {
    await expect(item(page, plus(monday, 7 * week), 'Standup'), `week ${week + 1}`).toContainText('09:00');
    await page.getByRole('button', { name: 'Next week' }).click();
  }
  await page.locator(`section.cal-day[data-date="${plus(monday, 21)}"]`).waitFor();
  await expect(page.locator('.cal-item', { hasText: 'Standup' }), 'after its three times').toHaveCount(0);
  // the month shows each one
  await page.goto(`/calendar?view=month&date=${plus(monday, 7)}`);
  for (const week of [0, 1, 2]) {
    const date = plus(monday, 7 * week);
    if (date.slice(0, 7) === plus(monday, 7).slice(0, 7)) await item(page, date, 'Standup').waitFor();
  }
});

test('move an event by drag, one occurrence of a repeating one, and by its dialog', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const monday = futureMonday();
  const lunch = await event(ada, { title: 'Lunch', start: `${monday}T12:00`, end: `${monday}T13:00` });
  const yoga = await event(ada, {
    title: 'Yoga',
    start: `${plus(monday, 1)}T07:00`,
    end: `${plus(monday, 1)}T08:00`,
    recurrence: 'FREQ=WEEKLY;COUNT=4',
  });
  await signIn(page, ada, `/calendar?view=week&date=${monday}`);

  // drag Lunch from Monday to Thursday: its time is kept
  await written(page, 'PATCH', `/api/v1/events/${String(lunch.id)}`, () =>
    drag(page, item(page, monday, 'Lunch'), day(page, plus(monday, 3))),
  );
  await expect(item(page, plus(monday, 3), 'Lunch')).toContainText('12:00');
  const moved = await call('GET', `/api/v1/events/${String(lunch.id)}`, { as: ada });
  expect(String(moved.start)).toMatch(new RegExp(`^${plus(monday, 3)}T12:00`));

  // drag this week's Yoga to Wednesday: asked which, this one only
  await drag(page, item(page, plus(monday, 1), 'Yoga'), day(page, plus(monday, 2)));
  const scope = page.getByRole('dialog', { name: 'Move a repeating event' });
  await written(page, 'PATCH', `/api/v1/events/${String(yoga.id)}`, () =>
    scope.getByRole('button', { name: 'This event', exact: true }).click(),
  );
  await item(page, plus(monday, 2), 'Yoga').waitFor();
  await expect(item(page, plus(monday, 1), 'Yoga')).toHaveCount(0);
  await page.getByRole('button', { name: 'Next week' }).click();
  await item(page, plus(monday, 8), 'Yoga').waitFor(); // next week's is where it was

  // the keyboard's way: Lunch opened with Enter, its start date changed in the dialog
  await page.getByRole('button', { name: 'Previous week' }).click();
  await item(page, plus(monday, 3), 'Lunch').focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Event' });
  await expect(dialog.getByLabel('Start date')).toHaveValue(plus(monday, 3));
  await dialog.getByLabel('Start date').fill(plus(monday, 4));
  await written(page, 'PATCH', `/api/v1/events/${String(lunch.id)}`, () =>
    dialog.getByRole('button', { name: 'Save' }).click(),
  );
  await item(page, plus(monday, 4), 'Lunch').waitFor();
  const again = await call('GET', `/api/v1/events/${String(lunch.id)}`, { as: ada });
  expect(String(again.start)).toMatch(new RegExp(`^${plus(monday, 4)}T12:00`));
  expect(String(again.end)).toMatch(new RegExp(`^${plus(monday, 4)}T13:00`));
});

test('reschedule a task by drag', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const monday = futureMonday();
  const garden = await newProject(ada, 'Garden');
  const task = await callEventually('POST', '/api/v1/tasks', {
    as: ada,
    body: { projectId: garden.id, title: 'Water the roses', due: { datetime: `${monday}T19:00:00`, timezone: 'UTC' } },
  });
  await signIn(page, ada, `/calendar?view=week&date=${monday}`);
  // the agenda learns of the task through Kafka a moment later
  await eventually(page, () => item(page, monday, 'Water the roses').isVisible(), 'the task in the calendar');
  await expect(item(page, monday, 'Water the roses')).toContainText('19:00');
  await written(page, 'PATCH', `/api/v1/tasks/${String(task.id)}`, () =>
    drag(page, item(page, monday, 'Water the roses'), day(page, plus(monday, 5))),
  );
  await item(page, plus(monday, 5), 'Water the roses').waitFor();
  const saved = await call('GET', `/api/v1/tasks/${String(task.id)}`, { as: ada });
  const due = saved.due as { date: string; datetime: string | null };
  expect(due.date).toBe(plus(monday, 5));
  expect(due.datetime ?? '').toMatch(/T19:00/); // the time kept
  // and it stays there once the agenda has it
  await page.reload();
  await item(page, plus(monday, 5), 'Water the roses').waitFor();
  await expect(item(page, monday, 'Water the roses')).toHaveCount(0);
});

test('the calendar feed in Settings: copy its address, reset it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE });
  const ada = await newAccount('Ada Lovelace');
  await event(ada, { title: 'Board meeting', start: `${futureMonday()}T10:00`, end: `${futureMonday()}T11:00` });
  await signIn(page, ada, '/settings');
  const address = page.getByRole('textbox', { name: 'Feed address' });
  await expect(address).toHaveValue(/\.ics$/);
  const first = await address.inputValue();
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await page.getByText('Feed address copied.').waitFor();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(first);
  // the feed is readable without a session, and has the event
  const feed = await fetch(`${BASE}${new URL(first).pathname}`);
  expect(feed.status).toBe(200);
  expect(await feed.text()).toContain('Board meeting');

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  const confirm = page.getByRole('dialog', { name: 'Reset the feed address?' });
  await written(page, 'POST', '/api/v1/calendar/feed/reset', () =>
    confirm.getByRole('button', { name: 'Reset address' }).click(),
  );
  await expect(address).not.toHaveValue(first);
  await expect(address).toHaveValue(/\.ics$/);
  expect((await fetch(`${BASE}${new URL(first).pathname}`)).status, 'the old address after a reset').toBe(404);
  expect((await fetch(`${BASE}${new URL(await address.inputValue()).pathname}`)).status).toBe(200);
  await accessible(page, 'settings with the feed');
});

test('a phone-sized screen shows the day', async ({ browser }) => {
  const ada = await newAccount('Ada Lovelace');
  const today = todayUtc();
  await event(ada, { title: 'Coffee', start: `${today}T23:00`, end: `${today}T23:30` });
  await event(ada, { title: 'Tomorrow’s walk', start: `${plus(today, 1)}T08:00`, end: `${plus(today, 1)}T09:00` });
  const { context, page } = await otherBrowser(browser, ada, { width: 375, height: 740 });
  try {
    await page.goto('/calendar?view=month');
    await expect(page.locator('.cal-grid')).toHaveAttribute('data-view', 'day');
    await expect(page.locator('section.cal-day')).toHaveCount(1);
    await item(page, today, 'Coffee').waitFor();
    await expect(page.getByRole('button', { name: 'Month', exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Next day' }).click();
    await item(page, plus(today, 1), 'Tomorrow’s walk').waitFor();
    await expect(page.locator('.cal-item', { hasText: 'Coffee' })).toHaveCount(0);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth),
      'the page width at 375',
    ).toBeLessThanOrEqual(375);
    await shot(page, '32-calendar-phone');
    await accessible(page, 'calendar day on a phone');
  } finally {
    await context.close();
  }
});
