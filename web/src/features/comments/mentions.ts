// Mentions in a comment's text: `@[Display name](user:<uuid>)`, as the comments service reads them. The name in
// the text is only what the writer saw; the thread shows each member's current name (the comment's mentions).
import type { Member } from '../../api/types';

/** The token a mention is written as. Brackets and line breaks would end the link early: left out of the name. */
export function mentionToken(name: string, userId: string): string {
  const clean = name.replace(/[[\]\r\n]/g, '').trim() || 'member';
  return `@[${clean}](user:${userId})`;
}

/** A `user:<uuid>` link target's id, or null for any other address. */
export function mentionedUser(href: string | undefined): string | null {
  const match = /^user:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i.exec(href ?? '');
  return match ? match[1] : null;
}

/** What is being typed after an `@` at the caret: where the `@` is and the letters after it, or null. */
export function activeMention(text: string, caret: number): { start: number; query: string } | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at < 0) return null;
  // An @ inside a word (an email address) starts no mention; nor does one already written as a token.
  if (at > 0 && !/[\s(]/.test(before[at - 1])) return null;
  const query = before.slice(at + 1);
  if (query.startsWith('[') || query.length > 40 || /[\n@]/.test(query) || /\s\s/.test(query)) return null;
  return { start: at, query };
}

/** The members whose name or email begins a word with the query (the writer is not offered to themself). */
export function matchMembers(members: Member[], query: string, meId: string | undefined, max = 6): Member[] {
  const q = query.trim().toLowerCase();
  const words = (m: Member) => [...(m.name ?? '').toLowerCase().split(/\s+/), (m.name ?? '').toLowerCase(), m.email];
  return members
    .filter((m) => m.userId !== meId)
    .filter((m) => q === '' || words(m).some((w) => w.toLowerCase().startsWith(q)))
    .slice(0, max);
}

/** The text with the typed `@query` replaced by the member's token and a space; the caret after it. */
export function insertMention(
  text: string,
  mention: { start: number; query: string },
  member: Pick<Member, 'userId' | 'name' | 'email'>,
): { text: string; caret: number } {
  const token = `${mentionToken(member.name || member.email, member.userId)} `;
  const end = mention.start + 1 + mention.query.length;
  const rest = text.slice(end).replace(/^ /, '');
  return { text: text.slice(0, mention.start) + token + rest, caret: mention.start + token.length };
}
