// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SearchHit } from '../../../api/types';
import { currentLocation, json, renderApp, signIn, type Call } from '../../../test/app';

const hit = (id: string, over: Partial<SearchHit> = {}): SearchHit => ({
  type: 'task',
  id,
  title: `Task ${id}`,
  projectId: 'p1',
  projectName: 'Garden',
  taskId: null,
  status: 'PENDING',
  priority: 'LOW',
  due: null,
  highlights: [{ field: 'title', snippet: `<mark>Task</mark> ${id}` }],
  ...over,
});

const project = (id: string, name: string) => ({
  id,
  name,
  color: 'green',
  description: null,
  parentId: null,
  ownerId: 'u1',
  inbox: false,
  favorite: false,
  archived: false,
  role: 'owner',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
beforeEach(() => new Promise((r) => setTimeout(r, 20)));

/** A hit's title on the page (its matches are marks inside it). */
const findTitle = (text: string) =>
  screen.findByText((_content, element) => !!element?.classList.contains('hit-title') && element.textContent === text);
const searches = (calls: Call[]) => calls.filter((c) => c.path === '/api/v1/search');
const lastSearch = (calls: Call[]) => searches(calls).at(-1)!.query;
const kinds = () => screen.getByRole('group', { name: 'Kinds' });
const pressed = (group: HTMLElement) =>
  within(group)
    .getAllByRole('button')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent);

/** The results page at `path`, over projects Garden (p1) and Work (p2), its search answered by `answer`. */
function renderResults(
  path: string,
  answer: (query: URLSearchParams) => Response = () => json(200, page([hit('t1')])),
) {
  signIn();
  return renderApp(path, (method, route, _body, { query }) => {
    if (method === 'GET' && route === '/api/v1/projects')
      return json(200, { items: [project('p1', 'Garden'), project('p2', 'Work')], nextCursor: null });
    if (method === 'GET' && route === '/api/v1/search') return answer(query);
    return undefined;
  });
}
const page = (items: SearchHit[], nextCursor: string | null = null) => ({ items, nextCursor });

describe('the results page', { timeout: 20_000 }, () => {
  it('asks for the words and filters of its address, and shows them set', async () => {
    const { calls } = renderResults('/search?q=milk&types=task,comment&projectId=p2&status=open');
    await findTitle('Task t1');
    const query = lastSearch(calls);
    expect(query.get('q')).toBe('milk');
    expect(query.getAll('types')).toEqual(['task', 'comment']);
    expect(query.get('projectId')).toBe('p2');
    expect(query.get('status')).toBe('open');
    expect(query.get('limit')).toBe('25');
    expect(query.get('cursor')).toBeNull();
    expect(pressed(kinds())).toEqual(['Tasks', 'Comments']);
    await waitFor(() => expect(screen.getByRole<HTMLSelectElement>('combobox', { name: 'Project' }).value).toBe('p2'));
    expect(pressed(screen.getByRole('group', { name: "Tasks' status" }))).toEqual(['Open']);
    expect(screen.getByRole<HTMLInputElement>('searchbox', { name: 'Search for' }).value).toBe('milk');
  });

  it('changes the request and the address with each filter and new words', async () => {
    const { calls } = renderResults('/search?q=milk');
    await findTitle('Task t1');
    expect(lastSearch(calls).getAll('types')).toEqual([]);
    expect(pressed(kinds())).toEqual(['All']);

    fireEvent.click(within(kinds()).getByRole('button', { name: 'Projects' }));
    await waitFor(() => expect(currentLocation()).toBe('/search?q=milk&types=project'));
    await waitFor(() => expect(lastSearch(calls).getAll('types')).toEqual(['project']));
    fireEvent.click(within(kinds()).getByRole('button', { name: 'Tasks' }));
    await waitFor(() => expect(lastSearch(calls).getAll('types')).toEqual(['task', 'project']));
    expect(currentLocation()).toBe('/search?q=milk&types=task,project');
    fireEvent.click(within(kinds()).getByRole('button', { name: 'Projects' }));
    await waitFor(() => expect(currentLocation()).toBe('/search?q=milk&types=task'));

    const select = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Project' });
    await within(select).findByRole('option', { name: 'Work' });
    fireEvent.change(select, { target: { value: 'p2' } });
    await waitFor(() => expect(lastSearch(calls).get('projectId')).toBe('p2'));
    expect(currentLocation()).toBe('/search?q=milk&types=task&projectId=p2');

    const status = screen.getByRole('group', { name: "Tasks' status" });
    fireEvent.click(within(status).getByRole('button', { name: 'Completed' }));
    await waitFor(() => expect(lastSearch(calls).get('status')).toBe('completed'));
    expect(currentLocation()).toBe('/search?q=milk&types=task&projectId=p2&status=completed');
    screen.getByText(/Only tasks have a status/);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search for' }), { target: { value: 'eggs' } });
    fireEvent.submit(screen.getByRole('searchbox', { name: 'Search for' }).closest('form')!);
    await waitFor(() => expect(lastSearch(calls).get('q')).toBe('eggs'));
    expect(currentLocation()).toBe('/search?q=eggs&types=task&projectId=p2&status=completed');

    fireEvent.click(within(kinds()).getByRole('button', { name: 'All' }));
    await waitFor(() => expect(currentLocation()).toBe('/search?q=eggs&projectId=p2&status=completed'));
    fireEvent.click(within(status).getByRole('button', { name: 'All' }));
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() => expect(currentLocation()).toBe('/search?q=eggs'));
    const last = lastSearch(calls);
    expect([last.getAll('types'), last.get('projectId'), last.get('status')]).toEqual([[], null, null]);
  });

  it('loads the next page with the cursor, after the first', async () => {
    const { calls } = renderResults('/search?q=task', (query) =>
      query.get('cursor') === 'c2'
        ? json(200, page([hit('t3')]))
        : json(200, page([hit('t1'), hit('t2', { type: 'comment', taskId: 't1' })], 'c2')),
    );
    await findTitle('Task t1');
    expect(document.querySelector('.search-count')!.textContent).toBe('2+ results');
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await findTitle('Task t3');
    // (StrictMode mounts the page twice: the first page may be asked for twice, never the next one)
    expect([...new Set(searches(calls).map((c) => c.query.get('cursor')))]).toEqual([null, 'c2']);
    expect(searches(calls).filter((c) => c.query.get('cursor') === 'c2')).toHaveLength(1);
    expect(searches(calls)[1].query.get('q')).toBe('task');
    const links = screen.getAllByRole('link').filter((a) => a.classList.contains('search-hit'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      '/projects/p1?task=t1',
      '/projects/p1?task=t1',
      '/projects/p1?task=t3',
    ]);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(document.querySelector('.search-count')!.textContent).toBe('3 results');
  });

  it('shows the hits with their kind, marked matches and chips, and a link opens one', async () => {
    renderResults('/search?q=gro', () =>
      json(
        200,
        page([
          hit('t1', {
            title: '<b>Groceries</b>',
            priority: 'URGENT',
            status: 'COMPLETED',
            highlights: [{ field: 'title', snippet: '&lt;b&gt;<mark>Gro</mark>ceries&lt;/b&gt;' }],
          }),
          hit('c1', {
            type: 'comment',
            title: 'Plan',
            taskId: 't7',
            highlights: [{ field: 'body', snippet: 'the <mark>gro</mark>cer' }],
          }),
        ]),
      ),
    );
    const link = (await screen.findByText('Gro', { selector: 'mark' })).closest('a')!;
    expect(link.textContent).toContain('Task');
    expect(link.textContent).toContain('<b>Groceries</b>');
    expect(link.querySelector('b')).toBeNull();
    expect(link.textContent).toContain('P1');
    expect(link.textContent).toContain('Completed');
    expect(link.textContent).toContain('# Garden');
    const comment = screen.getByText('gro', { selector: 'mark' }).closest('a')!;
    expect(comment.textContent).toContain('On Plan');
    fireEvent.click(comment);
    await waitFor(() => expect(currentLocation()).toBe('/projects/p1?task=t7'));
  });

  it("shows the problem's detail when the words are refused", async () => {
    renderResults('/search?q=%21%21%21', () =>
      json(400, {
        type: 'https://ordo.dev/problems/invalid-search-query',
        title: 'Bad Request',
        status: 400,
        detail: "'q' has no word to search for (letters or digits).",
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toBe("'q' has no word to search for (letters or digits).");
  });

  it('says when nothing matches, and offers to search everywhere when filters narrowed it', async () => {
    const { calls } = renderResults('/search?q=zzz&types=event', () => json(200, page([])));
    await screen.findByText('No results for “zzz”');
    fireEvent.click(screen.getByRole('button', { name: 'Search everywhere' }));
    await waitFor(() => expect(currentLocation()).toBe('/search?q=zzz'));
    await waitFor(() => expect(lastSearch(calls).getAll('types')).toEqual([]));
  });

  it('asks nothing without words, and says what to do', async () => {
    const { calls } = renderResults('/search');
    await screen.findByText('Search your tasks, projects, comments and events');
    expect(searches(calls)).toHaveLength(0);
  });
});
