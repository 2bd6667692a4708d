// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { json, noContent, renderApp, signIn, user, type Handler } from '../../../test/app';

// jsdom's <dialog> cannot open as a modal: open it in place (focus trapping is the browser's, tested there).
beforeAll(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});
afterEach(() => vi.restoreAllMocks());

const ADA = '11111111-1111-4111-8111-111111111111';
const BOB = '22222222-2222-4222-8222-222222222222';
const THUMBS = encodeURIComponent('👍');

const project = (role: string) => ({
  id: 'p1',
  name: 'Garden',
  color: 'green',
  description: null,
  parentId: null,
  ownerId: ADA,
  inbox: false,
  favorite: false,
  archived: false,
  role,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const task = (over: Record<string, unknown> = {}) => ({
  id: 't1',
  title: 'Plant roses',
  projectId: 'p1',
  sectionId: null,
  parentId: null,
  description: null,
  priority: 'LOW',
  status: 'PENDING',
  due: null,
  deadline: null,
  duration: null,
  assigneeId: null,
  labels: [],
  openSubtasks: 0,
  position: 1,
  commentCount: 0,
  createdBy: ADA,
  createdAt: '2026-11-29T00:00:00Z',
  updatedAt: '2026-11-29T00:00:00Z',
  completedAt: null,
  version: 1,
  ...over,
});
const members = [
  { userId: ADA, name: 'Ada Lovelace', email: 'ada@example.com', role: 'owner', joinedAt: '2026-01-01T00:00:00Z' },
  { userId: BOB, name: 'Bob Builder', email: 'bob@example.com', role: 'member', joinedAt: '2026-01-01T00:00:00Z' },
];
const attachment = (over: Record<string, unknown> = {}) => ({
  id: 'a1',
  commentId: 'c1',
  name: 'photo.png',
  size: 2048,
  contentType: 'image/png',
  url: '/api/v1/attachments/a1/content',
  thumbnailUrl: '/api/v1/attachments/a1/thumbnail',
  image: true,
  uploadedBy: BOB,
  createdAt: '2026-11-29T10:00:00Z',
  ...over,
});
const comment = (over: Record<string, unknown> = {}) => ({
  id: 'c1',
  projectId: 'p1',
  taskId: 't1',
  author: { id: BOB, name: 'Bob Builder' },
  text: `Hello @[Ada](user:${ADA}), **look**`,
  mentions: [{ userId: ADA, name: 'Ada Lovelace' }],
  reactions: [] as { emoji: string; count: number; userIds: string[]; mine: boolean }[],
  attachments: [] as unknown[],
  createdAt: '2026-11-29T10:00:00Z',
  editedAt: null,
  version: 1,
  ...over,
});

/**
 * A task's detail in project p1 (as `role`); the server's thread is `comments` (a test's handlers change it as the
 * server would), `more` answers anything else first.
 */
function openTask(role: string, comments: unknown[], more: Handler = () => undefined) {
  signIn({ sub: ADA, email_verified: true });
  return renderApp('/today?task=t1', (method, path, body, request) => {
    const answer = more(method, path, body, request);
    if (answer) return answer;
    if (method !== 'GET') return undefined;
    if (path === '/api/v1/users/me') return json(200, user({ id: ADA, name: 'Ada Lovelace', emailVerified: true }));
    if (path === '/api/v1/projects') return json(200, { items: [project(role)], nextCursor: null });
    if (path === '/api/v1/projects/p1/members') return json(200, { items: members, nextCursor: null });
    if (path === '/api/v1/tasks/t1') return json(200, task());
    if (path === '/api/v1/comments') return json(200, { items: comments, nextCursor: null });
    return undefined;
  });
}

const thread = () => screen.findByRole('region', { name: /^Comments/ });

/** XMLHttpRequest as the uploads use it: each request waits for the test to report progress and answer. */
class FakeXhr {
  static sent: FakeXhr[] = [];
  upload: { onprogress: ((e: { loaded: number; total: number; lengthComputable: boolean }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  status = 0;
  responseText = '';
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader() {
    return null;
  }
  send(body: FormData) {
    this.body = body;
    FakeXhr.sent.push(this);
  }
  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ loaded, total, lengthComputable: true });
  }
  respond(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

describe('a task’s comments', { timeout: 20_000 }, () => {
  it('shows the thread with mentions by their current names, and writes a comment mentioning a member picked after @', async () => {
    const posted = comment({ id: 'c2', author: { id: ADA, name: 'Ada Lovelace' }, text: 'x', mentions: [] });
    const { calls } = openTask('member', [comment()], (m, path) =>
      m === 'POST' && path === '/api/v1/comments' ? json(201, posted) : undefined,
    );
    const region = await thread();
    const first = await within(region).findByRole('article', { name: 'Bob Builder' });
    // the renderer loads on first use
    await expect.poll(() => first.querySelector('.mention')?.textContent).toBe('@Ada Lovelace');
    expect(first.querySelector('p strong')?.textContent).toBe('look');

    const box = within(region).getByRole('combobox', { name: 'Comment' });
    fireEvent.change(box, { target: { value: 'Thanks @bo' } });
    const options = await within(region).findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Bob Builder bob@example.com']);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect((box as HTMLTextAreaElement).value).toBe(`Thanks @[Bob Builder](user:${BOB}) `);
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(box, { target: { value: `Thanks @[Bob Builder](user:${BOB}) for **this**` } });

    fireEvent.click(within(region).getByRole('tab', { name: 'Preview' }));
    const preview = within(region).getByRole('tabpanel', { name: 'Preview' });
    await expect.poll(() => preview.querySelector('.mention')?.textContent).toBe('@Bob Builder');
    expect(preview.querySelector('strong')?.textContent).toBe('this');

    fireEvent.click(within(region).getByRole('button', { name: 'Comment' }));
    await expect
      .poll(() => calls.find((c) => c.method === 'POST' && c.path === '/api/v1/comments')?.body)
      .toEqual({ taskId: 't1', text: `Thanks @[Bob Builder](user:${BOB}) for **this**` });
    await within(region).findByRole('tab', { name: 'Write', selected: true });
    expect((within(region).getByRole('combobox', { name: 'Comment' }) as HTMLTextAreaElement).value).toBe('');
  });

  it('says beside the thread why a comment was refused, and keeps what was written', async () => {
    openTask('member', [], (m, path) =>
      m === 'POST' && path === '/api/v1/comments'
        ? json(400, {
            type: 'https://ordo.dev/problems/mention-not-member',
            title: 'Bad Request',
            status: 400,
            detail: 'Grace is not a member of this project.',
          })
        : undefined,
    );
    const region = await thread();
    const box = await within(region).findByRole('combobox', { name: 'Comment' });
    fireEvent.change(box, { target: { value: 'hi @[Grace](user:33333333-3333-4333-8333-333333333333)' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    expect((await within(region).findByRole('alert')).textContent).toBe('Grace is not a member of this project.');
    expect((box as HTMLTextAreaElement).value).toBe('hi @[Grace](user:33333333-3333-4333-8333-333333333333)');
  });

  it('lets a viewer read the thread but gives them nothing to write, edit, delete or react with', async () => {
    openTask('viewer', [comment({ reactions: [{ emoji: '👍', count: 1, userIds: [BOB], mine: false }] })]);
    const region = await thread();
    await within(region).findByRole('article', { name: 'Bob Builder' });
    await within(region).findByText('As a viewer you can read the comments but not write.');
    expect(within(region).queryByRole('combobox')).toBeNull();
    expect(within(region).queryByRole('button', { name: /^(Edit|Delete)/ })).toBeNull();
    expect(within(region).queryByRole('button', { name: 'Add reaction' })).toBeNull();
    expect((within(region).getByRole('button', { name: '👍 1' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('edits my own comment, and shows its earlier versions behind “edited”', async () => {
    const mine = comment({
      author: { id: ADA, name: 'Ada Lovelace' },
      text: 'Second',
      editedAt: '2026-11-29T11:00:00Z',
    });
    const server = [mine];
    const { calls } = openTask('member', server, (m, path) => {
      if (path === '/api/v1/comments/c1/revisions')
        return json(200, { items: [{ revision: 1, text: 'First *try*', writtenAt: '2026-11-29T10:00:00Z' }] });
      if (m === 'PATCH' && path === '/api/v1/comments/c1') {
        server[0] = { ...mine, text: 'Third', version: 2 };
        return json(200, server[0]);
      }
      return undefined;
    });
    const region = await thread();
    const item = await within(region).findByRole('article', { name: 'Ada Lovelace' });
    fireEvent.click(within(item).getByRole('button', { name: 'edited' }));
    const history = await within(item).findByRole('region', { name: 'Earlier versions' });
    expect((await within(history).findByText('try')).tagName).toBe('EM');

    fireEvent.click(within(item).getByRole('button', { name: 'Edit comment by Ada Lovelace' }));
    const box = within(item).getByRole('combobox', { name: 'Edit comment' });
    expect((box as HTMLTextAreaElement).value).toBe('Second');
    fireEvent.change(box, { target: { value: 'Third' } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save' }));
    await expect
      .poll(() => calls.find((c) => c.method === 'PATCH' && c.path === '/api/v1/comments/c1')?.body)
      .toEqual({ text: 'Third' });
    await within(item).findByText('Third');
    expect(within(item).queryByRole('combobox')).toBeNull();
  });

  it('lets an owner delete someone else’s comment after confirming, and a member only their own', async () => {
    const { calls } = openTask('owner', [comment()], (m, path) =>
      m === 'DELETE' && path === '/api/v1/comments/c1' ? noContent() : undefined,
    );
    const region = await thread();
    const item = await within(region).findByRole('article', { name: 'Bob Builder' });
    expect(within(item).queryByRole('button', { name: /^Edit/ })).toBeNull();
    fireEvent.click(within(item).getByRole('button', { name: 'Delete comment by Bob Builder' }));
    const confirm = within(item).getByRole('group', { name: 'Delete this comment?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Delete' }));
    await expect.poll(() => calls.some((c) => c.method === 'DELETE' && c.path === '/api/v1/comments/c1')).toBe(true);
  });

  it('gives a member no delete for someone else’s comment', async () => {
    openTask('member', [comment()]);
    const item = await within(await thread()).findByRole('article', { name: 'Bob Builder' });
    expect(within(item).queryByRole('button', { name: /^Delete/ })).toBeNull();
  });

  it('toggles my reactions with PUT and DELETE, counts them and names who reacted', async () => {
    const server = [comment({ reactions: [{ emoji: '👍', count: 1, userIds: [BOB], mine: false }] })];
    const { calls } = openTask('member', server, (_m, path) => {
      if (!path.startsWith('/api/v1/comments/c1/reactions/')) return undefined;
      const emoji = decodeURIComponent(path.split('/').pop()!);
      const reactions =
        emoji === '👍'
          ? [{ emoji, count: 2, userIds: [BOB, ADA], mine: true }]
          : [...server[0].reactions, { emoji, count: 1, userIds: [ADA], mine: true }];
      server[0] = { ...server[0], reactions };
      return json(200, reactions);
    });
    const item = await within(await thread()).findByRole('article', { name: 'Bob Builder' });
    const thumbs = within(item).getByRole('button', { name: '👍 1' });
    expect(thumbs.getAttribute('aria-pressed')).toBe('false');
    expect(within(item).getByRole('tooltip').textContent).toBe('Bob Builder');
    fireEvent.click(thumbs);
    // shown at once, before the server answers
    const pressed = await within(item).findByRole('button', { name: '👍 2' });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect(calls.some((c) => c.method === 'PUT' && c.path === `/api/v1/comments/c1/reactions/${THUMBS}`)).toBe(true);

    fireEvent.click(within(item).getByRole('button', { name: 'Add reaction' }));
    fireEvent.click(within(item).getByRole('button', { name: 'party' }));
    await expect
      .poll(() =>
        calls.some((c) => c.method === 'PUT' && c.path === `/api/v1/comments/c1/reactions/${encodeURIComponent('🎉')}`),
      )
      .toBe(true);
  });

  it('takes my reaction back with DELETE', async () => {
    const server = [comment({ reactions: [{ emoji: '👍', count: 2, userIds: [BOB, ADA], mine: true }] })];
    const { calls } = openTask('member', server, (m, path) => {
      if (m !== 'DELETE' || !path.startsWith('/api/v1/comments/c1/reactions/')) return undefined;
      server[0] = { ...server[0], reactions: [{ emoji: '👍', count: 1, userIds: [BOB], mine: false }] };
      return json(200, server[0].reactions);
    });
    const item = await within(await thread()).findByRole('article', { name: 'Bob Builder' });
    expect(within(item).getByRole('tooltip').textContent).toBe('Bob Builder, You');
    fireEvent.click(within(item).getByRole('button', { name: '👍 2' }));
    await expect
      .poll(() => calls.some((c) => c.method === 'DELETE' && c.path === `/api/v1/comments/c1/reactions/${THUMBS}`))
      .toBe(true);
  });

  it('uploads a dropped file to the new comment with a progress bar and the bearer token', async () => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const posted = comment({ id: 'c2', author: { id: ADA, name: 'Ada Lovelace' }, text: 'the plan', mentions: [] });
    const server: Record<string, unknown>[] = [];
    openTask('member', server, (m, path) => {
      if (m !== 'POST' || path !== '/api/v1/comments') return undefined;
      server.push(posted);
      return json(201, posted);
    });
    const region = await thread();
    const box = await within(region).findByRole('combobox', { name: 'Comment' });
    fireEvent.change(box, { target: { value: 'the plan' } });
    const file = new File(['%PDF-1.7'], 'plan.pdf', { type: 'application/pdf' });
    fireEvent.drop(box.closest('form')!, { dataTransfer: { files: [file], types: ['Files'] } });
    within(region).getByRole('list', { name: 'Files to attach' });
    fireEvent.click(within(region).getByRole('button', { name: 'Comment' }));

    await expect.poll(() => FakeXhr.sent.length).toBe(1);
    const xhr = FakeXhr.sent[0];
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/v1/comments/c2/attachments');
    expect(xhr.headers.Authorization).toMatch(/^Bearer /);
    expect((xhr.body?.get('file') as File).name).toBe('plan.pdf');
    xhr.progress(40, 100);
    const bar = await within(region).findByRole('progressbar', { name: 'Uploading plan.pdf' });
    await expect.poll(() => bar.getAttribute('value')).toBe('40');
    const file2 = attachment({ id: 'a2', commentId: 'c2', name: 'plan.pdf', image: false, thumbnailUrl: null });
    server[0] = { ...posted, attachments: [file2] };
    xhr.respond(201, file2);
    await within(region).findByRole('button', { name: 'Download plan.pdf' });
    expect(within(region).queryByRole('progressbar')).toBeNull();
  });

  it('says in words why a file was refused: too large (413) or not accepted (415)', async () => {
    FakeXhr.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const posted = comment({ id: 'c2', author: { id: ADA, name: 'Ada Lovelace' }, mentions: [] });
    openTask('member', [], (m, path) => (m === 'POST' && path === '/api/v1/comments' ? json(201, posted) : undefined));
    const region = await thread();
    const picker = await within(region).findByLabelText('Files to attach');
    const big = new File([new Uint8Array(3 * 1024 * 1024)], 'big.bin');
    const page = new File(['<html>'], 'page.html', { type: 'text/html' });
    fireEvent.change(picker, { target: { files: [big, page] } });
    // files alone make a comment: its text names them
    fireEvent.click(within(region).getByRole('button', { name: 'Comment' }));
    await expect.poll(() => FakeXhr.sent.length).toBe(1);
    FakeXhr.sent[0].respond(413, { type: 'about:blank', title: 'Payload Too Large', status: 413 });
    await expect.poll(() => FakeXhr.sent.length).toBe(2);
    FakeXhr.sent[1].respond(415, { type: 'about:blank', title: 'Unsupported Media Type', status: 415 });
    const alerts = await within(region).findAllByRole('alert');
    await expect
      .poll(() =>
        within(region)
          .getAllByRole('alert')
          .map((a) => a.textContent),
      )
      .toEqual([
        '“big.bin” (3.0 MB) is too large to attach. Try a smaller file.',
        '“page.html” cannot be attached: this kind of file is not accepted, or its content does not match its name.',
      ]);
    expect(alerts.length).toBeGreaterThan(0);
  });

  it('shows an image’s thumbnail fetched with the token, and downloads a file under its name', async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return `blob:${created.length}`;
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    const { calls } = openTask('member', [comment({ attachments: [attachment()] })], (_m, path) => {
      if (path === '/api/v1/attachments/a1/thumbnail')
        return new Response('thumb', { headers: { 'Content-Type': 'image/png' } });
      if (path === '/api/v1/attachments/a1/content')
        return new Response('full', { headers: { 'Content-Type': 'image/png' } });
      return undefined;
    });
    const item = await within(await thread()).findByRole('article', { name: 'Bob Builder' });
    const img = await within(item).findByRole('img', { name: 'Preview of photo.png' });
    // a data: address (the app's Content-Security-Policy allows images from 'self' and data: only)
    expect(img.getAttribute('src')).toBe(`data:image/png;base64,${btoa('thumb')}`);
    expect(calls.find((c) => c.path === '/api/v1/attachments/a1/thumbnail')?.authorization).toMatch(/^Bearer /);

    fireEvent.click(within(item).getByRole('button', { name: 'Download photo.png' }));
    await expect.poll(() => clicked).toEqual([{ href: 'blob:1', download: 'photo.png' }]);
    expect(await created[0].text()).toBe('full');
  });
});

describe('comment counts and a project’s discussion', { timeout: 20_000 }, () => {
  it('shows a task’s comment count on its row when it has any', async () => {
    signIn({ sub: ADA, email_verified: true });
    renderApp('/projects/p1', (_m, path) => {
      if (path === '/api/v1/projects') return json(200, { items: [project('member')], nextCursor: null });
      if (path === '/api/v1/tasks')
        return json(200, {
          items: [task({ commentCount: 3 }), task({ id: 't2', title: 'Quiet one', position: 2 })],
          nextCursor: null,
        });
      return undefined;
    });
    const row = (await screen.findByText('Plant roses')).closest('.task-item');
    expect(row?.querySelector('.chip-comments')?.textContent).toBe('💬 3 comments');
    expect(screen.getByText('Quiet one').closest('.task-item')?.querySelector('.chip-comments')).toBeNull();
  });

  it('writes in a project’s discussion tab, on the project rather than a task', async () => {
    signIn({ sub: ADA, email_verified: true });
    const posted = comment({
      id: 'c9',
      taskId: null,
      author: { id: ADA, name: 'Ada Lovelace' },
      text: 'Kick-off',
      mentions: [],
    });
    const server: unknown[] = [];
    const { calls } = renderApp('/projects/p1', (m, path) => {
      if (path === '/api/v1/users/me') return json(200, user({ id: ADA, emailVerified: true }));
      if (path === '/api/v1/projects') return json(200, { items: [project('member')], nextCursor: null });
      if (path === '/api/v1/projects/p1/members') return json(200, { items: members, nextCursor: null });
      if (m === 'GET' && path === '/api/v1/comments') return json(200, { items: server, nextCursor: null });
      if (m === 'POST' && path === '/api/v1/comments') {
        server.push(posted);
        return json(201, posted);
      }
      return undefined;
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Discussion' }));
    const region = await screen.findByRole('region', { name: 'Garden discussion' });
    await within(region).findByText(/No discussion yet/);
    fireEvent.change(within(region).getByRole('combobox', { name: 'Comment' }), { target: { value: 'Kick-off' } });
    fireEvent.click(within(region).getByRole('button', { name: 'Comment' }));
    await expect
      .poll(() => calls.find((c) => c.method === 'POST' && c.path === '/api/v1/comments')?.body)
      .toEqual({ projectId: 'p1', text: 'Kick-off' });
    await within(region).findByRole('article', { name: 'Ada Lovelace' });
  });
});
