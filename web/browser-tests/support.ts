// What the journeys share: accounts made through the API (each journey its own, so none depends on
// another), signing a page in with them, the mail server's links, axe-core, screenshots of the main screens,
// and waiting for what the services learn through Kafka a moment later.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test, type Browser, type Locator, type Page, type Request } from '@playwright/test';
import { mailApiUrl, waitForLink } from './mail.mjs';

export const BASE = (process.env.ORDO_URL ?? 'http://localhost:8080').replace(/\/$/, '');
export const MAIL_API = mailApiUrl(BASE);
const web = path.resolve(import.meta.dirname, '..');
const screens = path.join(web, 'test-results', 'screens');
const AXE = readFile(path.join(web, 'node_modules/axe-core/axe.min.js'), 'utf8');
const usedLinks = new Set<string>();
const run = Date.now().toString(36);
let accounts = 0;

export type Account = {
  name: string;
  email: string;
  password: string;
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
};

type Json = Record<string, unknown>;

/** One call of the API as the account (or anonymously); fails the journey unless it answers 2xx. */
export async function call(
  method: string,
  apiPath: string,
  { as, body }: { as?: Account; body?: unknown } = {},
): Promise<Json> {
  const response = await fetch(`${BASE}${apiPath}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(as ? { Authorization: `Bearer ${as.accessToken}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${apiPath} answered ${response.status}: ${text}`);
  return text ? JSON.parse(text) : {};
}

/** Calls again while the answer is 404: for what a service learns of through Kafka (a new project, a membership). */
export async function callEventually(method: string, apiPath: string, options: { as?: Account; body?: unknown }) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return await call(method, apiPath, options);
    } catch (e) {
      if (!String(e).includes('answered 404') || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

async function logIn(email: string, password: string) {
  return call('POST', '/api/v1/auth/login', { body: { email, password } });
}

/**
 * A new account, registered through the API; verified unless asked not to (the link in its mail is used, then
 * it signs in again so its access token says email_verified).
 */
export async function newAccount(name: string, { verified = true } = {}): Promise<Account> {
  const email = `${name.split(' ')[0].toLowerCase()}-${run}-${++accounts}-${test.info().workerIndex}@example.com`;
  const password = 'analytical engine';
  await call('POST', '/api/v1/auth/register', { body: { name, email, password } });
  if (verified) {
    const link = new URL(await waitForLink(MAIL_API, email, '/verify-email', usedLinks));
    await call('POST', '/api/v1/auth/verify-email', { body: { token: link.searchParams.get('token') } });
  }
  const pair = await logIn(email, password);
  return {
    name,
    email,
    password,
    accessToken: String(pair.accessToken),
    refreshToken: String(pair.refreshToken),
    expiresIn: Number(pair.expiresIn),
  };
}

/** The session the app keeps in localStorage, for the account. */
function storedSession(account: Account) {
  return JSON.stringify({
    accessToken: account.accessToken,
    refreshToken: account.refreshToken,
    expiresAt: Date.now() + account.expiresIn * 1000,
  });
}

/** The page, signed in as the account (its session put where the app keeps it), at `to`. */
export async function signIn(page: Page, account: Account, to = '/today') {
  await page.goto('/sign-in');
  await page.evaluate((session) => localStorage.setItem('ordo.session', session), storedSession(account));
  await page.goto(to);
}

/** Another browser (its own context: its own storage), signed in as the account. */
export async function otherBrowser(browser: Browser, account: Account, viewport = { width: 1280, height: 860 }) {
  const context = await browser.newContext({
    baseURL: BASE,
    viewport,
    storageState: {
      cookies: [],
      origins: [{ origin: BASE, localStorage: [{ name: 'ordo.session', value: storedSession(account) }] }],
    },
  });
  const page = await context.newPage();
  return { context, page };
}

/** A project of the account's, with the tasks service told of it (the first task is created once it knows). */
export async function newProject(owner: Account, name: string, tasks: string[] = []) {
  const project = await call('POST', '/api/v1/projects', { as: owner, body: { name } });
  const id = String(project.id);
  const created = [];
  for (const title of tasks) {
    created.push(await callEventually('POST', '/api/v1/tasks', { as: owner, body: { projectId: id, title } }));
  }
  return { id, url: `/projects/${id}`, tasks: created };
}

/** The member joins the owner's project: invited by address, accepted. */
export async function join(owner: Account, projectId: string, member: Account, role = 'member') {
  const invitation = await call('POST', `/api/v1/projects/${projectId}/invitations`, {
    as: owner,
    body: { email: member.email, role },
  });
  await call('POST', `/api/v1/invitations/${String(invitation.id)}/accept`, { as: member });
  // the tasks service learns of the membership through Kafka: until then the member's reads there are 404
  await callEventually('GET', `/api/v1/tasks?projectId=${projectId}`, { as: member });
}

/**
 * Opens the link (path /verify-email, /reset-password or /confirm-email) in the newest mail to `email` that has one
 * not opened yet. The link's own origin is identity's app URL; the path and token are opened on the gateway under test.
 */
export async function openMailLink(page: Page, email: string, linkPath: string) {
  const link = new URL(await waitForLink(MAIL_API, email, linkPath, usedLinks));
  expect(link.searchParams.get('token'), `the ${linkPath} link in the mail to ${email}`).toBeTruthy();
  await page.goto(link.pathname + link.search);
}

/** A screenshot of a main screen, kept in test-results/screens/ whether the journey passes or not. */
export async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(screens, `${name}.png`), fullPage: true });
}

/** axe-core in the page: every WCAG 2.0/2.1 A and AA rule must pass. */
export async function accessible(page: Page, name: string) {
  await page.evaluate(await AXE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            d: Document,
            o: object,
          ) => Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  test.info().annotations.push({ type: `axe:${name}`, description: String(violations.length) });
  expect(violations, `axe on ${name}`).toEqual([]);
}

/** A figure for summary.json (e.g. the time to first render of Today). */
export function figure(name: string, value: number) {
  test.info().annotations.push({ type: `figure:${name}`, description: String(value) });
}

/** The live stream (notifications): a request that stays open while the app runs. */
const LIVE_STREAM = '/api/v1/notifications/stream';

/**
 * Runs the action (a reload, a navigation), then waits until no request of the page but the live stream has been
 * in flight for `idleMs`: Playwright's 'networkidle' never comes while the stream is open.
 */
export async function settledAfter(page: Page, action: () => Promise<unknown>, idleMs = 500, timeout = 20_000) {
  const inFlight = new Set<Request>();
  const start = (r: Request) => {
    if (!r.url().includes(LIVE_STREAM)) inFlight.add(r);
  };
  const end = (r: Request) => inFlight.delete(r);
  page.on('request', start);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    await action();
    const deadline = Date.now() + timeout;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      if (inFlight.size > 0) quietSince = Date.now();
      else if (Date.now() - quietSince >= idleMs) return;
      await page.waitForTimeout(50);
    }
  } finally {
    page.off('request', start);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/** Reload until the condition holds: for what other services learn through Kafka a moment later. */
export async function eventually(page: Page, condition: () => Promise<boolean>, what: string, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await condition().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`not within ${timeout} ms: ${what}`);
    await settledAfter(page, () => page.reload());
  }
}

/** Runs the action and waits until the app's write it causes (method, URL part) has been answered. */
export async function written(page: Page, method: string, urlPart: string, action: () => Promise<unknown>) {
  const answered = page.waitForResponse((r) => r.request().method() === method && r.url().includes(urlPart));
  await action();
  const response = await answered;
  expect(response.ok(), `${method} ${response.url()} answered ${response.status()}`).toBe(true);
}

export const banner = (page: Page) => page.getByRole('region', { name: 'Email verification' });
export const taskRow = (page: Page, title: string): Locator =>
  page.locator('.task-item', { has: page.getByRole('button', { name: title }) });
export const column = (page: Page, name: string): Locator =>
  page.locator('.board-column', { has: page.getByRole('heading', { name, level: 2 }) });
