// The browser journeys: Debian's Chromium, driven headless by playwright-core, against a running Ordo
// (ORDO_URL, default http://localhost:8080; `./ordo test` starts a separate instance on :18080 for this).
// Each step waits on conditions in the page, never on time. Screenshots of every main screen go to
// web/test-results/ (not committed), with summary.json: the steps, the bundle size and the time to first
// render of Today measured in the browser. The mail the app's journeys need (verification, password reset, email
// change) is read from the instance's development mail server (mail.mjs), and its links are followed.
import { chromium } from 'playwright-core';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { normaliseOpenApi } from '../scripts/openapi-normalise.mjs';
import { mailApiUrl, waitForLink } from './mail.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const web = path.resolve(here, '..');
const BASE = (process.env.ORDO_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const CHROMIUM = process.env.ORDO_CHROMIUM ?? '/usr/bin/chromium';
const OUT = path.join(web, 'test-results');
const TIMEOUT = 20_000;
const MAIL_API = mailApiUrl(BASE);
const AXE = await readFile(path.join(web, 'node_modules/axe-core/axe.min.js'), 'utf8');

const results = { base: BASE, steps: [], screenshots: [], accessibility: {}, bundle: null, todayFirstRenderMs: null };
const run = Date.now().toString(36);
const userA = { name: 'Ada Lovelace', email: `ada-${run}@example.com`, password: 'analytical engine' };
const userB = { name: 'Grace Hopper', email: `grace-${run}@example.com`, password: 'compiler 1952' };
const usedLinks = new Set();

await rm(OUT, { recursive: true, force: true });
await mkdir(OUT, { recursive: true });

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  // As root in a sandbox without a GPU, and on a closed network: no sandbox, no background connections.
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});

let failed = false;
let current = null;

async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.steps.push({ name, ok: true, ms: Date.now() - started });
    console.log(`  ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed = true;
    results.steps.push({ name, ok: false, ms: Date.now() - started, error: String(error.message ?? error).split('\n').slice(0, 6).join('\n') });
    console.log(`  FAIL ${name}\n${String(error.stack ?? error).split('\n').slice(0, 12).map((l) => `       ${l}`).join('\n')}`);
    if (current) await current.screenshot({ path: path.join(OUT, `failure-${results.steps.length}.png`), fullPage: true }).catch(() => {});
    throw error;
  }
}

async function shot(page, name) {
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  results.screenshots.push(path.relative(web, file));
}

/** axe-core in the page: every WCAG 2.0/2.1 A and AA rule must pass. */
async function accessible(page, name) {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  results.accessibility[name] = violations.length;
  if (violations.length) throw new Error(`axe on ${name}: ${JSON.stringify(violations, null, 1)}`);
}

async function newUserPage(viewport = { width: 1280, height: 860 }) {
  const context = await browser.newContext({ viewport, baseURL: BASE });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('pageerror', (e) => console.log(`       page error: ${e.message}`));
  return { context, page };
}

async function signUp(page, user) {
  await page.goto('/sign-up');
  await page.getByLabel('Name').fill(user.name);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL('**/today');
  await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
}

/**
 * Opens the link (path /verify-email, /reset-password or /confirm-email) in the newest mail to `email` that has one
 * not opened yet. The link's own origin is identity's app URL; a test instance whose app URL is not its gateway
 * still gets the link's path and token opened on the gateway under test.
 */
async function openMailLink(page, email, linkPath) {
  const link = new URL(await waitForLink(MAIL_API, email, linkPath, usedLinks));
  if (!link.searchParams.get('token')) throw new Error(`the ${linkPath} link in the mail to ${email} has no token: ${link}`);
  if (link.origin !== new URL(BASE).origin) results.mailLinkOrigin = link.origin;
  await page.goto(link.pathname + link.search);
}

const banner = (page) => page.getByRole('region', { name: 'Email verification' });

/** Reload until the condition holds: for what other services learn through Kafka a moment later. */
async function eventually(page, condition, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`not within ${timeout} ms: ${what}`);
    await page.reload();
    await page.waitForLoadState('networkidle');
  }
}

/** Runs the action and waits until the app's write it causes (method, URL part) has been answered. */
async function written(page, method, urlPart, action) {
  const answered = page.waitForResponse((r) => r.request().method() === method && r.url().includes(urlPart));
  await action();
  const response = await answered;
  if (!response.ok()) throw new Error(`${method} ${response.url()} answered ${response.status()}`);
}

const taskRow = (page, title) => page.locator('.task-item', { has: page.getByRole('button', { name: title }) });
const column = (page, name) => page.locator('.board-column', { has: page.getByRole('heading', { name, level: 2 }) });

try {
  console.log(`browser journeys against ${BASE} with ${CHROMIUM}`);

  await step('the typed client matches the gateway\'s OpenAPI document', async () => {
    const snapshot = JSON.parse(await readFile(path.join(web, 'src/api/openapi.json'), 'utf8'));
    const deadline = Date.now() + 60_000;
    let live;
    for (;;) {
      const res = await fetch(`${BASE}/api/docs/openapi.json`);
      live = normaliseOpenApi(await res.json());
      if (!/Left out/.test(live.info?.description ?? '') || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 1000)); // the gateway re-reads a missing service's document after its cache period
    }
    if (JSON.stringify(live) !== JSON.stringify(normaliseOpenApi(snapshot))) {
      throw new Error('web/src/api/openapi.json differs from the running API: run `npm run api:generate` in web/ against ./ordo up, then fix the type errors');
    }
  });

  const a = await newUserPage();
  current = a.page;
  const page = a.page;

  await step('sign up lands in Today', async () => {
    await signUp(page, userA);
    await page.getByText('All clear for today.').waitFor();
    await shot(page, '01-today-empty');
  });

  await step('an unverified account sees the banner; the link in the verification mail verifies it', async () => {
    await banner(page).getByText(`we sent a link to ${userA.email}`).waitFor();
    await shot(page, '01-today-unverified');
    await accessible(page, 'today-unverified');
    await openMailLink(page, userA.email, '/verify-email');
    await page.getByText('Thank you: your email address is verified.').waitFor();
    await shot(page, '01-verify-email');
    await accessible(page, 'verify-email');
    await page.getByRole('link', { name: 'Continue to Today' }).click();
    await page.waitForURL('**/today');
    await page.getByText('All clear for today.').waitFor();
    if (await banner(page).count() !== 0) throw new Error('the banner is still shown after verifying');
    await page.reload();
    await page.getByText('All clear for today.').waitFor();
    if (await banner(page).count() !== 0) throw new Error('the banner is back after a reload');
  });

  await step('quick add (q) highlights the recognised tokens and creates the task', async () => {
    await page.keyboard.press('q');
    const input = page.getByRole('textbox', { name: 'Task to add' });
    await input.pressSequentially('Buy milk today p1 @shop', { delay: 5 });
    for (const kind of ['date', 'priority', 'label']) await page.locator(`mark[data-kind="${kind}"]`).waitFor();
    const marked = await page.locator('mark[data-kind]').allTextContents();
    if (marked.join('|') !== 'today|p1|@shop') throw new Error(`highlighted ${marked.join('|')}`);
    await shot(page, '02-quick-add');
    await input.press('Enter');
    await page.getByRole('dialog', { name: 'Quick add' }).waitFor({ state: 'detached' });
  });

  await step('the task is in Today with its date, priority and label chips', async () => {
    const row = taskRow(page, 'Buy milk');
    await row.waitFor();
    const chips = await row.locator('.chip').allTextContents();
    for (const want of ['Today', 'P1', '@shop']) if (!chips.includes(want)) throw new Error(`chips ${JSON.stringify(chips)} lack ${want}`);
    await shot(page, '03-today');
    await accessible(page, 'today');
  });

  await step('time to first render of Today, on a fresh load', async () => {
    await page.goto('/today');
    await taskRow(page, 'Buy milk').waitFor();
    const timing = await page.evaluate(() => {
      const mark = performance.getEntriesByName('ordo:today-rendered')[0];
      const nav = performance.getEntriesByType('navigation')[0];
      return { rendered: mark?.startTime ?? null, domContentLoaded: nav?.domContentLoadedEventEnd ?? null };
    });
    if (timing.rendered === null) throw new Error('Today set no ordo:today-rendered mark');
    results.todayFirstRenderMs = Math.round(timing.rendered);
    results.todayDomContentLoadedMs = Math.round(timing.domContentLoaded);
  });

  await step('completing the task takes it out of Today, also after a reload', async () => {
    await written(page, 'PATCH', '/api/v1/tasks/', async () => {
      await page.getByRole('checkbox', { name: 'Complete Buy milk' }).click();
      await taskRow(page, 'Buy milk').waitFor({ state: 'detached' }); // at once, before the server answers
    });
    await page.reload();
    await page.getByText('All clear for today.').waitFor();
  });

  let projectUrl;
  await step('create a project with a section and a task', async () => {
    await page.getByRole('button', { name: 'Add project' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add project' });
    await dialog.getByLabel('Name').fill('Garden');
    await dialog.getByRole('button', { name: 'Add project' }).click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectUrl = new URL(page.url()).pathname;
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

  await step('drag the task into the section on the board, and it stays there', async () => {
    await page.getByRole('button', { name: 'Board', exact: true }).click();
    const card = page.locator('.card', { hasText: 'Plant seeds' });
    await column(page, 'No section').locator('.card', { hasText: 'Plant seeds' }).waitFor();
    const from = await card.boundingBox();
    const to = await column(page, 'Spring').boundingBox();
    await written(page, 'PATCH', '/api/v1/tasks/', async () => { // the move, then the position
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2 + 5, { steps: 3 });
      await page.mouse.move(to.x + to.width / 2, to.y + 60, { steps: 12 });
      await page.mouse.up();
      await column(page, 'Spring').locator('.card', { hasText: 'Plant seeds' }).waitFor();
    });
    await page.reload();
    await column(page, 'Spring').locator('.card', { hasText: 'Plant seeds' }).waitFor();
    if (await column(page, 'No section').locator('.card', { hasText: 'Plant seeds' }).count() !== 0) throw new Error('the task is still in No section after a reload');
    await shot(page, '05-project-board');
    await accessible(page, 'board');
  });

  const b = await newUserPage();
  await step('a second user signs up in another browser context and verifies the address (invitations need it)', async () => {
    current = b.page;
    await signUp(b.page, userB);
    await b.page.getByRole('link', { name: /^Invitations/ }).click();
    await b.page.getByText('Verify your email to see invitations').waitFor();
    await openMailLink(b.page, userB.email, '/verify-email');
    await b.page.getByText('Thank you: your email address is verified.').waitFor();
    await b.page.getByRole('link', { name: 'Continue to Today' }).click();
    await b.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    current = page;
  });

  await step('the owner invites the second user from the members page', async () => {
    await page.getByRole('link', { name: /^Members/ }).click();
    await page.getByRole('heading', { name: 'Members of Garden' }).waitFor();
    await page.getByLabel('Email').fill(userB.email);
    await page.getByRole('button', { name: 'Invite' }).click();
    await page.getByRole('listitem').filter({ hasText: userB.email }).waitFor();
    await shot(page, '06-members');
    await accessible(page, 'members');
  });

  await step('the invitee accepts and sees the project with its task', async () => {
    current = b.page;
    await b.page.getByRole('link', { name: /^Invitations/ }).click();
    await eventually(b.page, () => b.page.getByText('Garden').first().isVisible(), 'the invitation in the invitee\'s list');
    await shot(b.page, '07-invitations');
    await b.page.getByRole('button', { name: 'Accept' }).click();
    await b.page.waitForURL(`**${projectUrl}`);
    await b.page.getByRole('heading', { name: 'Garden', level: 1 }).waitFor();
    await eventually(b.page, () => taskRow(b.page, 'Plant seeds').isVisible(), 'the project\'s task for the new member');
    await b.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Garden' }).waitFor();
    await shot(b.page, '08-invitee-project');
    current = page;
  });

  await step('the owner sees the new member', async () => {
    await eventually(page, () => page.getByRole('cell', { name: userB.email }).isVisible(), 'the member in the owner\'s list');
  });

  await step('a filter query error is shown at its position', async () => {
    await page.getByRole('searchbox', { name: 'Filter tasks' }).fill('p1 & (');
    await page.getByRole('searchbox', { name: 'Filter tasks' }).press('Enter');
    await page.getByRole('alert').filter({ hasText: 'position 6' }).waitFor();
    await page.locator('mark.error-at').waitFor();
    await shot(page, '09-filter-error');
  });

  await step('the other screens render and pass the accessibility check', async () => {
    for (const [url, heading, name] of [['/upcoming', 'Upcoming', 'upcoming'], ['/filters', 'Filters & labels', 'filters-labels'],
      ['/activity', 'Activity', 'activity'], ['/settings', 'Settings', 'settings'], ['/inbox', 'Inbox', 'inbox']]) {
      await page.goto(url);
      await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
      if (name === 'activity') await page.locator('.activity li').first().waitFor();
      await shot(page, `10-${name}`);
      await accessible(page, name);
    }
    await page.keyboard.press('?');
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
    await shot(page, '11-shortcuts');
    await page.keyboard.press('Escape');
  });

  await step('the task detail shows every field and saves a change', async () => {
    await page.goto(projectUrl);
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('button', { name: 'Plant seeds' }).click();
    const dialog = page.getByRole('dialog', { name: 'Task' });
    for (const label of ['Project', 'Section', 'Priority', 'Due date', 'Deadline', 'Duration amount', 'Assignee', 'Add label', 'Description']) {
      await dialog.getByLabel(label, { exact: true }).waitFor();
    }
    await written(page, 'PATCH', '/api/v1/tasks/', () => dialog.getByLabel('Priority').selectOption('HIGH'));
    await written(page, 'PATCH', '/api/v1/tasks/', () => dialog.getByLabel('Assignee').selectOption({ label: userB.name }));
    await shot(page, '12-task-detail');
    await accessible(page, 'task-detail');
    await page.keyboard.press('Escape');
    await page.reload();
    await taskRow(page, 'Plant seeds').locator('.chip', { hasText: 'P2' }).waitFor();
    await taskRow(page, 'Plant seeds').locator('.chip-assignee', { hasText: userB.name }).waitFor();
  });

  await step('an optimistic change the server refuses is rolled back, with the problem in words', async () => {
    const refuse = (route) => (route.request().method() === 'PATCH'
      ? route.fulfill({ status: 409, contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Conflict', status: 409, detail: 'The project is archived.' }) })
      : route.fallback());
    await page.route('**/api/v1/tasks/*', refuse);
    await page.getByRole('checkbox', { name: 'Complete Plant seeds' }).click();
    await page.getByRole('status').getByText('The project is archived.').waitFor();
    await taskRow(page, 'Plant seeds').waitFor();
    await page.unroute('**/api/v1/tasks/*', refuse);
    if (await page.getByRole('checkbox', { name: 'Complete Plant seeds' }).isChecked()) throw new Error('still shown as completed');
  });

  await step('dark theme from settings', async () => {
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.goto('/today');
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByText('All clear for today.').waitFor();
    await shot(page, '13-today-dark');
    await accessible(page, 'today-dark');
  });

  await step('archive a project and bring it back from settings', async () => {
    await page.goto(projectUrl);
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

  await step('at 375 px wide the sidebar folds behind the menu button', async () => {
    const m = await browser.newContext({ viewport: { width: 375, height: 740 }, baseURL: BASE, storageState: await a.context.storageState() });
    const phone = await m.newPage();
    current = phone;
    phone.setDefaultTimeout(TIMEOUT);
    await phone.goto('/today');
    await phone.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await phone.getByText('All clear for today.').waitFor();
    if (await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Upcoming' }).isVisible()) {
      // visible means inside the viewport: the drawer must be off screen until opened
      const box = await phone.locator('#sidebar').boundingBox();
      if (box && box.x + box.width > 0) throw new Error('the sidebar is on screen at 375 px before the menu is opened');
    }
    await shot(phone, '14-mobile-today');
    await accessible(phone, 'mobile-today');
    await phone.getByRole('button', { name: 'Menu' }).click();
    await phone.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Garden' }).click();
    await phone.getByRole('heading', { name: 'Garden', level: 1 }).waitFor();
    const width = await phone.evaluate(() => document.documentElement.scrollWidth);
    if (width > 375) throw new Error(`the page is ${width} px wide at 375`);
    await shot(phone, '15-mobile-project');
    await m.close();
    current = page;
  });

  await step('change the email address in settings: the link mailed to the new address changes it', async () => {
    const newEmail = `ada-new-${run}@example.com`;
    await page.goto('/settings');
    const form = page.locator('form', { has: page.getByRole('heading', { name: 'Email address' }) });
    await form.getByLabel('New email').fill(newEmail);
    await form.getByLabel('Current password').fill(userA.password);
    await form.getByRole('button', { name: 'Change email' }).click();
    await form.getByText(`We sent a link to ${newEmail}.`).waitFor();
    await page.getByText(`Signed in as ${userA.email}`).waitFor(); // nothing changes until the link is used
    await openMailLink(page, newEmail, '/confirm-email');
    await page.getByText('Your new email address is confirmed.', { exact: false }).waitFor();
    await shot(page, '16-confirm-email');
    await accessible(page, 'confirm-email');
    await page.getByRole('link', { name: 'Back to Settings' }).click();
    await page.getByText(`Signed in as ${newEmail}`).waitFor();
    userA.email = newEmail;
  });

  await step('a revoked session returns to sign in', async () => {
    // Sign out "elsewhere": revoke the refresh token through the API and let the access token run out.
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('ordo.session')));
    const res = await fetch(`${BASE}/api/v1/auth/logout`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ refreshToken: stored.refreshToken }) });
    if (res.status !== 204) throw new Error(`logout answered ${res.status}`);
    await page.evaluate(() => {
      const s = JSON.parse(localStorage.getItem('ordo.session'));
      localStorage.setItem('ordo.session', JSON.stringify({ ...s, expiresAt: 0 }));
    });
    await page.goto('/upcoming');
    await page.waitForURL(/\/sign-in\?expired=1/);
    await page.getByText('Your session has ended').waitFor();
    await shot(page, '17-sign-in-expired');
    await accessible(page, 'sign-in');
  });

  await step('sign in again and sign out', async () => {
    await page.getByLabel('Email').fill(userA.email);
    await page.getByLabel('Password').fill(userA.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/upcoming$/);
    await page.getByRole('button', { name: /^Sign out/ }).click();
    await page.waitForURL(/\/sign-in/);
    const left = await page.evaluate(() => localStorage.getItem('ordo.session'));
    if (left) throw new Error('the session is still stored after signing out');
  });

  await step('forgot password: the mailed link sets a new password, which signs in', async () => {
    await page.getByRole('link', { name: 'Forgot password?' }).click();
    await page.getByRole('heading', { name: 'Forgot your password?' }).waitFor();
    await accessible(page, 'forgot-password');
    await page.getByLabel('Email').fill(userA.email);
    await page.getByRole('button', { name: 'Send link' }).click();
    await page.getByText(`If an account exists for ${userA.email}, we sent it a link`).waitFor();
    await shot(page, '18-forgot-password');
    await openMailLink(page, userA.email, '/reset-password');
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await accessible(page, 'reset-password');
    userA.password = 'difference engine 1822';
    await page.getByLabel('New password', { exact: true }).fill(userA.password);
    await page.getByLabel('Confirm new password').fill(userA.password);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await page.waitForURL(/\/sign-in\?reset=1$/);
    await page.getByText('Your password has been changed').waitFor();
    await shot(page, '19-sign-in-after-reset');
    await page.getByLabel('Email').fill(userA.email);
    await page.getByLabel('Password').fill(userA.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/today$/);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
  });
} catch {
  // reported by step()
} finally {
  await browser.close();
}

results.bundle = await bundleSize();
await writeFile(path.join(OUT, 'summary.json'), JSON.stringify(results, null, 2));
const passed = results.steps.filter((s) => s.ok).length;
console.log(`\nbrowser journeys: ${passed}/${results.steps.length} steps passed${failed ? ' — FAILED' : ''}`);
console.log(`time to first render of Today: ${results.todayFirstRenderMs ?? '—'} ms after navigation start (DOMContentLoaded ${results.todayDomContentLoadedMs ?? '—'} ms)`);
if (results.bundle) console.log(`bundle: JS ${kb(results.bundle.js)} (${kb(results.bundle.jsGzip)} gzip), CSS ${kb(results.bundle.css)} (${kb(results.bundle.cssGzip)} gzip)`);
console.log(`screenshots and summary.json in ${path.relative(process.cwd(), OUT) || '.'}`);
process.exit(failed ? 1 : 0);

async function bundleSize() {
  const dir = path.join(web, 'dist/assets');
  const files = await readdir(dir).catch(() => []);
  const size = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
  for (const f of files) {
    const kind = f.endsWith('.js') ? 'js' : f.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const bytes = await readFile(path.join(dir, f));
    size[kind] += (await stat(path.join(dir, f))).size;
    size[`${kind}Gzip`] += gzipSync(bytes, { level: 9 }).length;
  }
  return size;
}

function kb(n) {
  return `${(n / 1024).toFixed(1)} KiB`;
}
