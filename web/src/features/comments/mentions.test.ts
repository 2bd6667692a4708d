import { describe, expect, it } from 'vitest';
import type { Member } from '../../api/types';
import { activeMention, insertMention, matchMembers, mentionToken, mentionedUser } from './mentions';

const BOB = '22222222-2222-4222-8222-222222222222';
const member = (userId: string, name: string, email: string): Member => ({
  userId,
  name,
  email,
  role: 'member',
  joinedAt: '2026-01-01T00:00:00Z',
});
const members = [
  member('11111111-1111-4111-8111-111111111111', 'Ada Lovelace', 'ada@example.com'),
  member(BOB, 'Bob Builder', 'bob@example.com'),
  member('33333333-3333-4333-8333-333333333333', 'Grace Hopper', 'grace@example.com'),
];

describe('mentions', () => {
  it('writes a mention as the token the server reads, without brackets that would end it early', () => {
    expect(mentionToken('Bob Builder', BOB)).toBe(`@[Bob Builder](user:${BOB})`);
    expect(mentionToken('Bob [ops]\n', BOB)).toBe(`@[Bob ops](user:${BOB})`);
  });

  it('reads the user id of a mention link and nothing else', () => {
    expect(mentionedUser(`user:${BOB}`)).toBe(BOB);
    expect(mentionedUser('user:not-an-id')).toBeNull();
    expect(mentionedUser('https://example.com')).toBeNull();
    expect(mentionedUser(undefined)).toBeNull();
  });

  it('finds the @ being typed at the caret, but not one inside an email address or a written token', () => {
    expect(activeMention('hi @bo', 6)).toEqual({ start: 3, query: 'bo' });
    expect(activeMention('@', 1)).toEqual({ start: 0, query: '' });
    expect(activeMention('hi @bob builder', 15)).toEqual({ start: 3, query: 'bob builder' });
    expect(activeMention('mail ada@example.com', 20)).toBeNull();
    expect(activeMention(`@[Bob](user:${BOB}) ok`, 25)).toBeNull();
    expect(activeMention('@bob\nnext', 9)).toBeNull();
    expect(activeMention('no mention', 10)).toBeNull();
  });

  it('offers the members whose name or email begins with what was typed, never the writer', () => {
    const me = members[0].userId;
    expect(matchMembers(members, 'b', me).map((m) => m.name)).toEqual(['Bob Builder']);
    expect(matchMembers(members, 'hop', me).map((m) => m.name)).toEqual(['Grace Hopper']);
    expect(matchMembers(members, 'GRACE@', me).map((m) => m.name)).toEqual(['Grace Hopper']);
    expect(matchMembers(members, '', me).map((m) => m.name)).toEqual(['Bob Builder', 'Grace Hopper']);
    expect(matchMembers(members, 'ada', me)).toEqual([]);
  });

  it('replaces the typed @query with the token and puts the caret after it', () => {
    const text = 'ask @bo about it';
    const result = insertMention(text, { start: 4, query: 'bo' }, members[1]);
    expect(result.text).toBe(`ask @[Bob Builder](user:${BOB}) about it`);
    expect(result.text.slice(0, result.caret)).toBe(`ask @[Bob Builder](user:${BOB}) `);
  });
});
