// Reactions counted in the browser: my click shown at once, before the server's answer replaces it.
import type { Reaction } from '../../api/types';

/** My reaction added to (or taken from) a comment's reactions, as the server will count it. */
export function toggleReaction(reactions: Reaction[], emoji: string, meId: string, add: boolean): Reaction[] {
  const found = reactions.find((r) => r.emoji === emoji);
  if (add) {
    if (found?.mine) return reactions;
    if (found)
      return reactions.map((r) =>
        r === found ? { ...r, mine: true, count: r.count + 1, userIds: [...r.userIds, meId] } : r,
      );
    return [...reactions, { emoji, count: 1, userIds: [meId], mine: true }];
  }
  if (!found?.mine) return reactions;
  if (found.count <= 1) return reactions.filter((r) => r !== found);
  return reactions.map((r) =>
    r === found ? { ...r, mine: false, count: r.count - 1, userIds: r.userIds.filter((u) => u !== meId) } : r,
  );
}
