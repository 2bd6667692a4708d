import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../api/types';
import { hitTarget, resultsPath } from './targets';

const hit = (over: Partial<SearchHit>): SearchHit => ({
  type: 'task',
  id: 'x1',
  title: 'T',
  projectId: 'p1',
  projectName: 'Home',
  taskId: null,
  status: null,
  priority: null,
  due: null,
  highlights: [],
  ...over,
});

describe('where a hit opens', () => {
  it('opens a task over its project, its detail shown', () => {
    expect(hitTarget(hit({ type: 'task', id: 't1' }))).toBe('/projects/p1?task=t1');
  });

  it("opens a comment on its task's detail, or its project's Discussion when it is on no task", () => {
    expect(hitTarget(hit({ type: 'comment', id: 'c1', taskId: 't1' }))).toBe('/projects/p1?task=t1');
    expect(hitTarget(hit({ type: 'comment', id: 'c1', taskId: null }))).toBe('/projects/p1?view=discussion');
  });

  it("opens a project's page, and an event's day in the calendar (a personal one too)", () => {
    expect(hitTarget(hit({ type: 'project', id: 'p2', projectId: 'p2' }))).toBe('/projects/p2');
    expect(hitTarget(hit({ type: 'event', id: 'e1', projectId: null, due: '2026-03-05' }))).toBe(
      '/calendar?view=week&date=2026-03-05',
    );
    expect(hitTarget(hit({ type: 'event', id: 'e1', due: null }))).toBe('/calendar');
  });
});

describe('the results page address', () => {
  it('holds the words and only the filters set', () => {
    expect(resultsPath({ q: 'buy milk & eggs, #1' })).toBe('/search?q=buy+milk+%26+eggs,+%231');
    expect(new URLSearchParams(resultsPath({ q: 'a,b&c' }).split('?')[1]).get('q')).toBe('a,b&c');
    expect(resultsPath({ q: 'gro', types: ['task', 'comment'], projectId: 'p1', status: 'open' })).toBe(
      '/search?q=gro&types=task,comment&projectId=p1&status=open',
    );
  });
});
