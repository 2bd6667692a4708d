import { describe, expect, it } from 'vitest';
import type { Project, Task } from '../api/types';
import { favorites, flatten, projectTree, taskTree } from './tree';

const project = (id: string, name: string, extra: Partial<Project> = {}): Project => ({
  id,
  name,
  description: null as never,
  color: 'charcoal',
  parentId: null as never,
  favorite: false,
  inbox: false,
  archived: false,
  role: 'owner',
  ownerId: 'u',
  createdAt: '',
  updatedAt: '',
  ...extra,
});
const task = (id: string, parentId: string | null = null): Task => ({ id, parentId }) as Task;

describe('project tree', () => {
  it('nests sub-projects by name, leaves the Inbox out and lifts orphans to the top', () => {
    const tree = projectTree([
      project('inbox', 'Inbox', { inbox: true }),
      project('w', 'Work'),
      project('h', 'home'),
      project('w2', 'Reports', { parentId: 'w' }),
      project('w1', 'Meetings', { parentId: 'w' }),
      project('o', 'Shared with me', { parentId: 'not-mine' }),
    ]);
    expect(flatten(tree).map((n) => `${'-'.repeat(n.depth)}${n.project.name}`)).toEqual([
      'home',
      'Shared with me',
      'Work',
      '-Meetings',
      '-Reports',
    ]);
  });

  it('lists favorites by name, never the Inbox', () => {
    expect(
      favorites([
        project('a', 'b', { favorite: true }),
        project('i', 'Inbox', { inbox: true, favorite: true }),
        project('c', 'a', { favorite: true }),
      ]).map((p) => p.name),
    ).toEqual(['a', 'b']);
  });
});

describe('task tree', () => {
  it('puts subtasks under their parents in list order', () => {
    const tree = taskTree([task('a'), task('a1', 'a'), task('b'), task('a2', 'a'), task('x', 'gone')]);
    expect(tree.map((n) => [n.task.id, n.children.map((c) => c.task.id)])).toEqual([
      ['a', ['a1', 'a2']],
      ['b', []],
      ['x', []],
    ]);
  });
});
