// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SearchHit } from '../../../api/types';
import { currentLocation, json, renderApp, signIn, type Call } from '../../../test/app';

export const hit = (over: Partial<SearchHit> = {}): SearchHit => ({
  type: 'task',
  id: 't1',
  title: 'Buy groceries',
  projectId: 'p1',
  projectName: 'Home',
  taskId: null,
  status: 'PENDING',
  priority: 'HIGH',
  due: null,
  highlights: [{ field: 'title', snippet: 'Buy <mark>gro</mark>ceries' }],
  ...over,
});

const HITS: SearchHit[] = [
  // the server's order (its ranking); the palette groups them by kind: tasks, projects, comments, events
  hit({
    type: 'event',
    id: 'e1',
    title: 'Grocery run',
    projectId: null,
    projectName: null,
    status: null,
    priority: null,
    due: '2026-03-05',
    highlights: [{ field: 'title', snippet: '<mark>Gro</mark>cery run' }],
  }),
  hit(),
  hit({
    type: 'comment',
    id: 'c1',
    title: 'Plan the week',
    taskId: 't9',
    status: null,
    priority: null,
    highlights: [{ field: 'body', snippet: 'remember the <mark>gro</mark>cer &amp; the baker' }],
  }),
  hit({
    type: 'project',
    id: 'p2',
    title: 'Groceries',
    projectId: 'p2',
    projectName: 'Groceries',
    status: null,
    priority: null,
    highlights: [{ field: 'title', snippet: '<mark>Gro</mark>ceries' }],
  }),
];

// jsdom's <dialog> cannot open as a modal: open it in place.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
// The tab's live stream outlives a test's render by a moment: let it stop.
beforeEach(() => new Promise((r) => setTimeout(r, 20)));

const palette = () => screen.getByRole('dialog', { name: 'Search' });
const input = () => within(palette()).getByRole('combobox', { name: 'Search' });
const searches = (calls: Call[]) => calls.filter((c) => c.path === '/api/v1/search');
const activeOption = () => {
  const id = input().getAttribute('aria-activedescendant');
  return id ? document.getElementById(id) : null;
};
const press = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(input(), { key, ...init });
const type = (text: string) => fireEvent.change(input(), { target: { value: text } });

/** The app on Today, signed in, whose search answers `answer(q)` (HITS by default). */
function renderSearch(answer: (q: string, signal: AbortSignal) => Response | Promise<Response> = () => page(HITS)) {
  signIn();
  return renderApp('/today', (method, path, _body, { query, signal }) =>
    method === 'GET' && path === '/api/v1/search' ? (answer(query.get('q') ?? '', signal) as Response) : undefined,
  );
}
const page = (items: SearchHit[], nextCursor: string | null = null) => json(200, { items, nextCursor });

/** The header's search box (the results page has a Search button of its own). */
const searchBox = async () => {
  await screen.findByRole('button', { name: 'Add task' });
  return within(document.querySelector<HTMLElement>('.topbar')!).getByRole('button', { name: 'Search' });
};

async function openPalette() {
  const box = await searchBox();
  box.focus();
  fireEvent.click(box);
  await waitFor(() => expect(document.activeElement).toBe(input()));
  return box;
}

describe('the search palette', { timeout: 20_000 }, () => {
  it('opens with Ctrl+K or ⌘K anywhere, even in a field, and with / when not typing', async () => {
    renderSearch();
    await searchBox();
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    expect(palette()).toBeTruthy();
    expect(document.activeElement).toBe(input());
    fireEvent.click(within(palette()).getByRole('button', { name: 'Close search' }));
    expect(screen.queryByRole('dialog', { name: 'Search' })).toBeNull();

    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    fireEvent.keyDown(field, { key: '/' });
    expect(screen.queryByRole('dialog', { name: 'Search' })).toBeNull();
    fireEvent.keyDown(field, { key: 'K', metaKey: true });
    expect(palette()).toBeTruthy();
    fireEvent.click(within(palette()).getByRole('button', { name: 'Close search' }));
    field.remove();

    fireEvent.keyDown(document.body, { key: '/' });
    expect(palette()).toBeTruthy();
  });

  it('closes on Escape and gives the focus back to what opened it', async () => {
    renderSearch();
    const box = await openPalette();
    fireEvent(palette(), new Event('cancel', { cancelable: true }));
    expect(screen.queryByRole('dialog', { name: 'Search' })).toBeNull();
    expect(document.activeElement).toBe(box);
  });

  it('offers the places to go while empty: the arrows move, Enter goes', async () => {
    const { calls } = renderSearch();
    await openPalette();
    const options = within(palette()).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      '+Add taskq',
      '→Go to Inboxg i',
      '→Go to Todayg t',
      '→Go to Upcomingg u',
      '→Go to Calendarg c',
      '→Go to Settingsg s',
    ]);
    expect(activeOption()).toBe(options[0]);
    expect(options[0].getAttribute('aria-selected')).toBe('true');
    press('ArrowDown');
    press('ArrowDown');
    press('ArrowDown');
    expect(activeOption()).toBe(options[3]);
    expect(options[3].getAttribute('aria-selected')).toBe('true');
    expect(options[0].getAttribute('aria-selected')).toBe('false');
    press('ArrowUp');
    press('Enter');
    await waitFor(() => expect(currentLocation()).toBe('/today'));
    expect(screen.queryByRole('dialog', { name: 'Search' })).toBeNull();
    await openPalette();
    press('ArrowUp'); // from the first, round to the last
    expect(activeOption()!.textContent).toContain('Go to Settings');
    press('Enter');
    await waitFor(() => expect(currentLocation()).toBe('/settings'));
    await openPalette();
    press('Enter');
    await screen.findByRole('dialog', { name: 'Quick add' });
    expect(searches(calls)).toHaveLength(0);
  });

  it('asks once the typing pauses, and shows the hits grouped by kind with their matches marked', async () => {
    const { calls } = renderSearch();
    await openPalette();
    type('g');
    type('gr');
    type('gro');
    await within(palette()).findByRole('group', { name: 'Tasks' });
    expect(searches(calls).map((c) => c.query.get('q'))).toEqual(['gro']);
    expect(searches(calls)[0].query.get('limit')).toBe('20');
    const groups = within(palette())
      .getAllByRole('group')
      .map((g) => g.getAttribute('aria-labelledby'))
      .map((id) => document.getElementById(id!)!.textContent);
    expect(groups).toEqual(['Tasks', 'Projects', 'Comments', 'Events', 'Search']);
    const task = within(within(palette()).getByRole('group', { name: 'Tasks' })).getByRole('option');
    expect(task.querySelector('mark')!.textContent).toBe('gro');
    expect(task.textContent).toContain('# Home');
    expect(task.textContent).toContain('P2');
    const comment = within(within(palette()).getByRole('group', { name: 'Comments' })).getByRole('option');
    expect(comment.textContent).toContain('On Plan the week');
    expect(comment.textContent).toContain('remember the grocer & the baker');
    expect(comment.querySelector('mark')!.textContent).toBe('gro');
    expect(activeOption()).toBe(task);
    await waitFor(() => expect(within(palette()).getByRole('status').textContent).toBe('4 results'));
  });

  it('aborts the request of words typed over, and never shows its late answer', async () => {
    let late: ((r: Response) => void) | undefined;
    const signals: Record<string, AbortSignal> = {};
    renderSearch((q, signal) => {
      signals[q] = signal;
      if (q === 'gro')
        return new Promise<Response>((resolve, reject) => {
          late = resolve;
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        });
      return page([hit({ id: 't2', title: 'Grocery list', highlights: [] })]);
    });
    await openPalette();
    type('gro');
    await waitFor(() => expect(signals.gro).toBeDefined());
    type('groc');
    await within(palette()).findByText('Grocery list');
    expect(signals.gro.aborted).toBe(true);
    expect(signals.groc.aborted).toBe(false);
    await act(async () => {
      late!(page([hit({ id: 't1', title: 'Buy groceries' })]));
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(within(palette()).queryByText(/Buy/)).toBeNull();
    expect(within(palette()).getByText('Grocery list')).toBeTruthy();
  });

  it('moves through every group with the arrows, and Enter opens each kind where it belongs', async () => {
    renderSearch();
    const targets: [string, string][] = [
      ['Buy groceries', '/projects/p1?task=t1'],
      ['Groceries', '/projects/p2'],
      ['On Plan the week', '/projects/p1?task=t9'],
      ['Grocery run', '/calendar?view=week&date=2026-03-05'],
      ['See all results for “gro”', '/search?q=gro'],
      ['Filter tasks by “gro”', '/filters/search?q=gro'],
    ];
    for (const [i, [title, target]] of targets.entries()) {
      await openPalette();
      type('gro');
      await within(palette()).findByRole('group', { name: 'Tasks' });
      for (let n = 0; n < i; n++) press('ArrowDown');
      expect(activeOption()!.textContent).toContain(title);
      press('Enter');
      await waitFor(() => expect(currentLocation()).toBe(target));
      expect(screen.queryByRole('dialog', { name: 'Search' })).toBeNull();
    }
  });

  it('opens the first hit of the words typed when Enter comes before their answer, never an older one', async () => {
    let answerGroc: (() => void) | undefined;
    renderSearch((q) =>
      q === 'groc'
        ? new Promise<Response>((resolve) => {
            answerGroc = () => resolve(page([hit({ id: 't2', title: 'Grocery list', highlights: [] })]));
          })
        : page(HITS),
    );
    await openPalette();
    type('gro');
    press('Enter'); // before the typing pause: gro's hits are not there yet
    await waitFor(() => expect(currentLocation()).toBe('/projects/p1?task=t1'));

    await openPalette();
    type('gro');
    await within(palette()).findByRole('group', { name: 'Tasks' });
    type('groc');
    press('Enter'); // gro's hits still shown, groc's not come yet
    await waitFor(() => expect(answerGroc).toBeDefined());
    expect(palette()).toBeTruthy();
    expect(currentLocation()).toBe('/projects/p1?task=t1');
    act(() => answerGroc!());
    await waitFor(() => expect(currentLocation()).toBe('/projects/p1?task=t2'));
  });

  it('opens a hit that is clicked', async () => {
    renderSearch();
    await openPalette();
    type('gro');
    await within(palette()).findByRole('group', { name: 'Events' });
    const event = within(palette())
      .getAllByRole('option')
      .find((o) => o.textContent!.includes('Grocery run'))!;
    fireEvent.mouseMove(event);
    expect(activeOption()).toBe(event);
    fireEvent.click(event);
    await waitFor(() => expect(currentLocation()).toBe('/calendar?view=week&date=2026-03-05'));
  });

  it('says when nothing matches, and shows a refused query in words', async () => {
    renderSearch((q) =>
      q === '!!!'
        ? json(400, {
            type: 'https://ordo.dev/problems/invalid-search-query',
            title: 'Bad Request',
            status: 400,
            detail: "'q' has no word to search for (letters or digits).",
          })
        : page([]),
    );
    await openPalette();
    type('zzz');
    await within(palette()).findByText('No results for “zzz”.');
    expect(
      within(palette())
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([expect.stringContaining('See all results for “zzz”'), expect.stringContaining('Filter tasks by “zzz”')]);
    type('!!!');
    expect((await within(palette()).findByRole('alert')).textContent).toBe(
      "'q' has no word to search for (letters or digits).",
    );
  });

  it('lists the commands whose place the words name', async () => {
    renderSearch(() => page([]));
    await openPalette();
    type('up');
    await within(palette()).findByText('No results for “up”.');
    expect(within(palette()).getByRole('group', { name: 'Go to' }).textContent).toContain('Go to Upcoming');
    expect(activeOption()!.textContent).toContain('Go to Upcoming');
  });
});
