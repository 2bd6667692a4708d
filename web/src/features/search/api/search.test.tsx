// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { TYPING_PAUSE, useDebounced } from './search';

afterEach(() => vi.useRealTimers());

describe('the words searched for', () => {
  it('follow the typing only once it pauses: the words typed over are never searched', () => {
    vi.useFakeTimers();
    const seen: string[] = [];
    const { result, rerender } = renderHook(
      ({ text }) => {
        const settled = useDebounced(text, TYPING_PAUSE);
        seen.push(settled);
        return settled;
      },
      { initialProps: { text: '' } },
    );
    for (const text of ['g', 'gr', 'gro']) {
      rerender({ text });
      act(() => vi.advanceTimersByTime(TYPING_PAUSE - 10));
    }
    expect(result.current).toBe('');
    act(() => vi.advanceTimersByTime(10));
    expect(result.current).toBe('gro');
    expect(new Set(seen)).toEqual(new Set(['', 'gro']));
    expect(TYPING_PAUSE).toBe(150);
  });
});
