// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { json, renderApp, signIn } from '../../../test/app';

// jsdom has no modal dialogs: open and close are enough here.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

// The whole app renders here: on a busy machine that takes more than the default second.
const WAIT = { timeout: 8000 };
vi.setConfig({ testTimeout: 30_000 });
const LINE = 'Water the roses tomorrow 7pm #Garden';

const task = (title: string, projectId = 'inbox') => ({
  id: 't1',
  title,
  projectId,
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
  createdBy: 'u1',
  createdAt: '2026-11-29T00:00:00Z',
  updatedAt: '2026-11-29T00:00:00Z',
  completedAt: null,
  version: 1,
});

/** The preview of LINE: #Garden is unknown until `known()`. */
const preview = (known: boolean) => ({
  title: known ? 'Water the roses' : 'Water the roses #Garden',
  due: null,
  priority: null,
  projectName: known ? 'Garden' : null,
  sectionName: null,
  labels: [],
  assigneeEmail: null,
  deadline: null,
  duration: null,
  unknownProjectName: known ? null : 'Garden',
  tokens: [{ kind: known ? 'project' : 'unknown-project', start: 29, end: 36, text: '#Garden' }],
});

async function typeLine(text: string) {
  fireEvent.keyDown(document.body, { key: 'q' });
  const input = await screen.findByRole('textbox', { name: 'Task to add' }, WAIT);
  fireEvent.change(input, { target: { value: text } });
  return input as HTMLInputElement;
}

describe('quick add with a #project that does not exist', () => {
  it('offers to create it, then adds the task once the tasks service knows it', async () => {
    signIn();
    let created = false;
    let previewsAfter = 0;
    const { calls } = renderApp('/today', (method, path) => {
      if (method === 'POST' && path === '/api/v1/tasks/quick/preview') {
        if (created) previewsAfter++;
        return json(200, preview(created && previewsAfter > 1)); // known only from the second look after it was made
      }
      if (method === 'POST' && path === '/api/v1/projects') {
        created = true;
        return json(201, { id: 'p-garden', name: 'Garden' });
      }
      if (method === 'POST' && path === '/api/v1/tasks/quick') return json(201, task('Water the roses', 'p-garden'));
      return undefined;
    });
    const input = await typeLine(LINE);
    fireEvent.submit(input.form!);
    const create = await screen.findByRole('button', { name: 'Create project Garden' }, WAIT);
    await waitFor(() => expect(document.activeElement).toBe(create), WAIT);
    expect(screen.getByRole('button', { name: 'Add with #Garden in the title' })).toBeTruthy();
    expect(calls.some((c) => c.path === '/api/v1/tasks/quick')).toBe(false);
    fireEvent.click(create);
    await screen.findByText('Added “Water the roses” to Garden.', {}, WAIT);
    const writes = calls.filter((c) => c.method === 'POST' && c.path !== '/api/v1/tasks/quick/preview');
    expect(writes.map((c) => [c.path, c.body])).toEqual([
      ['/api/v1/projects', { name: 'Garden' }],
      ['/api/v1/tasks/quick', { text: LINE }],
    ]);
    expect(previewsAfter).toBeGreaterThanOrEqual(2);
  });

  it('adds the line as it is when asked to keep #Garden in the title', async () => {
    signIn();
    const { calls } = renderApp('/today', (method, path) => {
      if (method === 'POST' && path === '/api/v1/tasks/quick/preview') return json(200, preview(false));
      if (method === 'POST' && path === '/api/v1/tasks/quick') return json(201, task('Water the roses #Garden'));
      return undefined;
    });
    await typeLine(LINE);
    fireEvent.click(await screen.findByRole('button', { name: 'Add with #Garden in the title' }, WAIT));
    await screen.findByText('Added “Water the roses #Garden”.', {}, WAIT);
    expect(calls.filter((c) => c.path === '/api/v1/projects' && c.method === 'POST')).toHaveLength(0);
    expect(calls.find((c) => c.path === '/api/v1/tasks/quick')?.body).toEqual({ text: LINE });
  });
});

describe('a line the server refuses', () => {
  it('leaves the input, shown with the reason and a way back to it', async () => {
    signIn();
    renderApp('/today', (method, path) => {
      if (method === 'POST' && path === '/api/v1/tasks/quick/preview')
        return json(200, { ...preview(false), title: 'Feed the cat', unknownProjectName: null, tokens: [] });
      if (method === 'POST' && path === '/api/v1/tasks/quick')
        return json(400, { title: 'Bad Request', status: 400, detail: 'The line says nothing to add.' });
      return undefined;
    });
    const input = await typeLine('Feed the cat');
    fireEvent.submit(input.form!);
    await screen.findByText('Could not add “Feed the cat”: The line says nothing to add.', {}, WAIT);
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { value: 'Buy bread' } });
    expect(input.value).toBe('Buy bread');
    fireEvent.click(screen.getByRole('button', { name: 'Edit that line' }));
    expect(input.value).toBe('Feed the cat');
  });
});
