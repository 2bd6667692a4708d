import { describe, expect, it } from 'vitest';
import type { Task } from '../../../api/types';
import { applyPatch, positionBetween, removeFromPages, updateInPages, type TaskPages } from './taskCache';

const t = (id: string, extra: Partial<Task> = {}): Task =>
  ({ id, status: 'PENDING', title: id, parentId: null, completedAt: null, ...extra }) as Task;
const pages = (...items: Task[]): TaskPages => ({ pages: [{ items, nextCursor: null }], pageParams: [undefined] });

describe('optimistic task cache', () => {
  it('completing a task takes it out of open-only lists and keeps it, completed, elsewhere', () => {
    const complete = (x: Task) => applyPatch(x, { status: 'COMPLETED' });
    expect(updateInPages(pages(t('a'), t('b')), 'a', complete, true)!.pages[0].items.map((x) => x.id)).toEqual(['b']);
    const kept = updateInPages(pages(t('a')), 'a', complete, false)!.pages[0].items[0];
    expect(kept.status).toBe('COMPLETED');
    expect(kept.completedAt).not.toBeNull();
  });

  it("reopening clears completedAt, and a due patch reads like the server's answer", () => {
    const reopened = applyPatch(t('a', { status: 'COMPLETED', completedAt: 'x' }), { status: 'PENDING' });
    expect(reopened.completedAt).toBeNull();
    expect(applyPatch(t('a'), { due: { date: '2026-12-01' } }).due).toEqual({
      date: '2026-12-01',
      datetime: null,
      timezone: null,
      string: null,
      isRecurring: false,
      recurrence: null,
      fromCompletion: false,
    });
    expect(applyPatch(t('a'), { due: { date: '2026-12-01', recurrence: 'FREQ=DAILY' } }).due).toMatchObject({
      isRecurring: true,
      recurrence: 'FREQ=DAILY',
    });
    // Words are read by the server: the due stays as it was until it answers.
    const due = applyPatch(t('a'), { due: { date: '2026-12-01' } }).due;
    const withDue = { ...t('a'), due };
    expect(applyPatch(withDue, { due: { string: 'every other monday' } }).due).toBe(due);
    expect(applyPatch(t('a'), { due: null as never }).due).toBeNull();
  });

  it('removing a task removes its direct subtasks from the list too', () => {
    const left = removeFromPages(pages(t('a'), t('a1', { parentId: 'a' }), t('b')), new Set(['a']));
    expect(left!.pages[0].items.map((x) => x.id)).toEqual(['b']);
  });

  it('finds a position between neighbours, or asks for renumbering', () => {
    expect(positionBetween(undefined, undefined)).toBe(1);
    expect(positionBetween(3, undefined)).toBe(1027);
    expect(positionBetween(2, 10)).toBe(6);
    expect(positionBetween(2, 3)).toBeNull();
    expect(positionBetween(undefined, 8)).toBe(4);
    expect(positionBetween(undefined, 1)).toBeNull();
  });
});
