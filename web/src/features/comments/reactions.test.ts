import { describe, expect, it } from 'vitest';
import { toggleReaction } from './reactions';

const bob = { emoji: '👍', count: 1, userIds: ['bob'], mine: false };

describe('my reaction shown before the server answers', () => {
  it('adds me to an emoji others chose, or starts a new one', () => {
    expect(toggleReaction([bob], '👍', 'me', true)).toEqual([
      { emoji: '👍', count: 2, userIds: ['bob', 'me'], mine: true },
    ]);
    expect(toggleReaction([bob], '🎉', 'me', true)).toEqual([
      bob,
      { emoji: '🎉', count: 1, userIds: ['me'], mine: true },
    ]);
  });

  it('takes me out, and the emoji with me when I was its only one', () => {
    const both = { emoji: '👍', count: 2, userIds: ['bob', 'me'], mine: true };
    expect(toggleReaction([both], '👍', 'me', false)).toEqual([bob]);
    expect(toggleReaction([{ emoji: '🎉', count: 1, userIds: ['me'], mine: true }], '🎉', 'me', false)).toEqual([]);
  });

  it('changes nothing when it is already as asked (a double click)', () => {
    const mine = [{ emoji: '👍', count: 1, userIds: ['me'], mine: true }];
    expect(toggleReaction(mine, '👍', 'me', true)).toBe(mine);
    expect(toggleReaction([bob], '👍', 'me', false)).toEqual([bob]);
  });
});
