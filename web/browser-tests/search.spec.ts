// Journeys of search (issue 15): the palette (Ctrl+K) finding a task as its words are typed, its match marked, and
// Enter opening it; a typo forgiven; a stranger in another browser never finding it; a comment's words finding
// its task; the results page narrowed by kind and project, its address kept through reload and Back; a phone.
// The search service indexes from events: each journey first waits (on the API) until what it made is searchable.
import { expect, test, type Page } from '@playwright/test';
import {
  accessible,
  call,
  callEventually,
  newAccount,
  newProject,
  otherBrowser,
  shot,
  signIn,
  type Account,
} from './support';

type Hit = { type: string; id: string; title: string; taskId: string | null };

/** Waits until the account's search for `q` finds a hit of this kind and id (the index is fresh within ~1 s). */
async function searchable(as: Account, q: string, type: string, id: string) {
  await expect
    .poll(
      async () => {
        const page = await call('GET', `/api/v1/search?q=${encodeURIComponent(q)}`, { as });
        return (page.items as Hit[]).some((h) => h.type === type && h.id === id);
      },
      { message: `${type} ${id} found by "${q}"`, timeout: 30_000 },
    )
    .toBe(true);
}

const palette = (page: Page) => page.getByRole('dialog', { name: 'Search' });
const paletteInput = (page: Page) => palette(page).getByRole('combobox', { name: 'Search' });
const option = (page: Page, text: string | RegExp) => palette(page).getByRole('option', { name: text });

/** Ctrl+K, then the words typed one key at a time (as a person types: the palette asks as the typing pauses). */
async function searchFor(page: Page, words: string) {
  await page.keyboard.press('Control+k');
  await expect(paletteInput(page)).toBeFocused();
  await paletteInput(page).pressSequentially(words, { delay: 40 });
}

test('the palette finds a task as its words are typed, marks the match, and Enter opens it; a typo finds it too', async ({
  page,
}) => {
  const ada = await newAccount('Ada Lovelace');
  const home = await newProject(ada, 'Home', ['Buy groceries', 'Call the plumber']);
  const task = home.tasks[0];
  await searchable(ada, 'groceries', 'task', String(task.id));
  await signIn(page, ada);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

  await searchFor(page, 'gro');
  const hit = option(page, /Buy groceries/);
  await expect(hit).toBeVisible({ timeout: 10_000 });
  // the service marks the whole word a prefix matched (its snippets mark matched words)
  await expect(hit.locator('mark')).toHaveText('groceries');
  expect(await hit.locator('.hit-title').innerHTML()).toBe('Buy <mark>groceries</mark>');
  await expect(palette(page).getByRole('group', { name: 'Tasks' })).toContainText('Buy groceries');
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await expect(hit).toContainText('# Home');
  await expect(option(page, /Call the plumber/)).toHaveCount(0);
  await shot(page, '60-search-palette');
  await accessible(page, 'search palette');

  await page.keyboard.press('Enter');
  await expect(palette(page)).toHaveCount(0);
  await expect(page).toHaveURL(`${home.url}?task=${String(task.id)}`);
  const detail = page.getByRole('dialog', { name: 'Task' });
  await expect(detail.getByRole('textbox', { name: 'Title' })).toHaveValue('Buy groceries');
  await page.keyboard.press('Escape');
  await expect(detail).toHaveCount(0);

  // a typo, and / to open the palette where nothing is being typed
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(paletteInput(page)).toBeFocused();
  await paletteInput(page).pressSequentially('grocerys ', { delay: 40 });
  await expect(option(page, /Buy groceries/)).toBeVisible({ timeout: 10_000 });
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);

  // the header's box opens it too; Escape gives the focus back to the box
  const box = page.locator('.topbar').getByRole('button', { name: 'Search' });
  await box.click();
  await expect(paletteInput(page)).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(paletteInput(page)).toBeFocused(); // Tab goes round inside
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect(box).toBeFocused();
});

test("a stranger in another browser never finds someone else's task", async ({ page, browser }) => {
  const ada = await newAccount('Ada Lovelace');
  const bob = await newAccount('Bob Builder');
  const adas = await newProject(ada, 'Home', ['Buy groceries for Ada']);
  const bobs = await newProject(bob, 'Errands', ['Buy groceries for Bob']);
  await searchable(ada, 'groceries', 'task', String(adas.tasks[0].id));
  await searchable(bob, 'groceries', 'task', String(bobs.tasks[0].id));

  const other = await otherBrowser(browser, bob);
  try {
    await other.page.goto('/today');
    await other.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await searchFor(other.page, 'groceries');
    await expect(option(other.page, /Buy groceries for Bob/)).toBeVisible({ timeout: 10_000 });
    await expect(palette(other.page).getByRole('option', { name: /for Ada/ })).toHaveCount(0);
    await other.page.keyboard.press('Escape');
    await other.page.goto('/search?q=groceries');
    await expect(other.page.locator('.search-hit', { hasText: 'Buy groceries for Bob' })).toBeVisible();
    await expect(other.page.locator('.search-hit', { hasText: 'for Ada' })).toHaveCount(0);
  } finally {
    await other.context.close();
  }
  // and Ada, in hers, finds hers and not Bob's
  await signIn(page, ada);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  await searchFor(page, 'groceries');
  await expect(option(page, /Buy groceries for Ada/)).toBeVisible({ timeout: 10_000 });
  await expect(palette(page).getByRole('option', { name: /for Bob/ })).toHaveCount(0);
});

test("a comment's words find its task, and Enter opens the task with the comment", async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const garden = await newProject(ada, 'Garden', ['Plan the beds']);
  const taskId = String(garden.tasks[0].id);
  const comment = await callEventually('POST', '/api/v1/comments', {
    as: ada,
    body: { taskId, text: 'Remember the **zucchini** seeds' },
  });
  await searchable(ada, 'zucchini', 'comment', String(comment.id));
  await signIn(page, ada);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

  await searchFor(page, 'zucchin');
  const comments = palette(page).getByRole('group', { name: 'Comments' });
  const hit = comments.getByRole('option', { name: /Plan the beds/ });
  await expect(hit).toBeVisible({ timeout: 10_000 });
  await expect(hit.locator('mark')).toHaveText('zucchini');
  await expect(hit).toContainText('Remember the zucchini seeds');
  await expect(hit).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`${garden.url}?task=${taskId}`);
  const detail = page.getByRole('dialog', { name: 'Task' });
  await expect(detail.getByRole('textbox', { name: 'Title' })).toHaveValue('Plan the beds');
  await expect(detail.getByRole('article', { name: 'Ada Lovelace' })).toContainText('Remember the zucchini seeds');
});

test('the results page narrows by kind and project, keeps its address through reload and Back', async ({ page }) => {
  const ada = await newAccount('Ada Lovelace');
  const home = await newProject(ada, 'Home', ['Buy groceries']);
  const work = await newProject(ada, 'Work', ['Order groceries for the office']);
  const comment = await callEventually('POST', '/api/v1/comments', {
    as: ada,
    body: { taskId: String(home.tasks[0].id), text: 'groceries: milk, eggs' },
  });
  await searchable(ada, 'groceries', 'comment', String(comment.id));
  await searchable(ada, 'groceries', 'task', String(work.tasks[0].id));
  await signIn(page, ada);
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();

  // from the palette: See all results
  await searchFor(page, 'groceries');
  await expect(option(page, /Order groceries/)).toBeVisible({ timeout: 10_000 });
  await option(page, 'See all results for “groceries”').click();
  await expect(page).toHaveURL(/\/search\?q=groceries$/);
  await expect(page.getByRole('heading', { name: 'Search', level: 1 })).toBeVisible();
  const hits = page.locator('.search-hit');
  await expect(hits).toHaveCount(3);

  const kinds = page.getByRole('group', { name: 'Kinds' });
  await kinds.getByRole('button', { name: 'Comments' }).click();
  await expect(page).toHaveURL(/\/search\?q=groceries&types=comment$/);
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Comment');
  await expect(hits.first().locator('mark')).toHaveText('groceries');
  await page.reload();
  await expect(kinds.getByRole('button', { name: 'Comments' })).toHaveAttribute('aria-pressed', 'true');
  await expect(hits).toHaveCount(1);

  await kinds.getByRole('button', { name: 'Tasks' }).click();
  await expect(page).toHaveURL(/types=task,comment$/);
  await expect(hits).toHaveCount(3);
  await page.getByRole('combobox', { name: 'Project' }).selectOption({ label: 'Work' });
  await expect(page).toHaveURL(new RegExp(`types=task,comment&projectId=${work.id}$`));
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Order groceries for the office');
  await shot(page, '61-search-results');
  await accessible(page, 'search results');

  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=groceries&types=task,comment$/);
  await expect(hits).toHaveCount(3);
  await expect(page.getByRole('combobox', { name: 'Project' })).toHaveValue('');

  await page.getByRole('group', { name: "Tasks' status" }).getByRole('button', { name: 'Completed' }).click();
  await expect(page.getByText('No results for “groceries”')).toBeVisible();
  await page.getByRole('button', { name: 'Search everywhere' }).click();
  await expect(page).toHaveURL(/\/search\?q=groceries$/);
  await expect(hits).toHaveCount(3);

  // words the service refuses: the problem's detail
  await page.getByRole('searchbox', { name: 'Search for' }).fill('!!!');
  await page.getByRole('searchbox', { name: 'Search for' }).press('Enter');
  await expect(page.getByRole('alert')).toContainText('no word to search for');

  // a hit opens where it belongs
  await page.goto('/search?q=groceries&types=task');
  await hits.filter({ hasText: 'Buy groceries' }).click();
  await expect(page).toHaveURL(`${home.url}?task=${String(home.tasks[0].id)}`);
  await expect(page.getByRole('dialog', { name: 'Task' })).toBeVisible();
});

test('on a phone the palette fills the screen and the results stay readable', async ({ browser }) => {
  const ada = await newAccount('Ada Lovelace');
  const home = await newProject(ada, 'Home', ['Buy groceries and a very long list of other things for the weekend']);
  await searchable(ada, 'groceries', 'task', String(home.tasks[0].id));
  const phone = await otherBrowser(browser, ada, { width: 375, height: 740 });
  const page = phone.page;
  try {
    await page.goto('/today');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.locator('.topbar').getByRole('button', { name: 'Search' }).click();
    await expect(paletteInput(page)).toBeFocused();
    const box = await palette(page).boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 375, height: 740 });
    await paletteInput(page).pressSequentially('groceries', { delay: 40 });
    const hit = option(page, /Buy groceries/);
    await expect(hit).toBeVisible({ timeout: 10_000 });
    const hitBox = (await hit.boundingBox())!;
    expect(hitBox.x).toBeGreaterThanOrEqual(0);
    expect(hitBox.x + hitBox.width).toBeLessThanOrEqual(375);
    await shot(page, '62-search-palette-phone');
    await accessible(page, 'search palette on a phone');
    await palette(page).getByRole('button', { name: 'Close search' }).click();
    await expect(palette(page)).toHaveCount(0);

    await page.goto('/search?q=groceries');
    await expect(page.locator('.search-hit')).toHaveCount(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const link = (await page.locator('.search-hit').boundingBox())!;
    expect(link.x + link.width).toBeLessThanOrEqual(375);
    await shot(page, '63-search-results-phone');
    await accessible(page, 'search results on a phone');
  } finally {
    await phone.context.close();
  }
});
