import { describe, expect, it } from 'vitest';
import { errorAt, segments, withProject } from './highlight';

describe('quick add highlighting', () => {
  it('cuts the line at the recognised tokens', () => {
    const text = 'Buy milk tomorrow p1 @shop';
    const tokens = [
      { kind: 'label', start: 21, end: 26, text: '@shop' },
      { kind: 'date', start: 9, end: 17, text: 'tomorrow' },
      { kind: 'priority', start: 18, end: 20, text: 'p1' },
    ];
    expect(segments(text, tokens)).toEqual([
      { text: 'Buy milk ', kind: null },
      { text: 'tomorrow', kind: 'date' },
      { text: ' ', kind: null },
      { text: 'p1', kind: 'priority' },
      { text: ' ', kind: null },
      { text: '@shop', kind: 'label' },
    ]);
  });

  it('ignores tokens that no longer fit the text (an answer for an older keystroke)', () => {
    expect(segments('Buy', [{ kind: 'date', start: 4, end: 12, text: 'tomorrow' }])).toEqual([
      { text: 'Buy', kind: null },
    ]);
  });

  it('splits a query at an error position, also at its very end', () => {
    expect(errorAt('p1 & (', 6)).toEqual({ before: 'p1 & (', at: ' ', after: '' });
    expect(errorAt('p1 | | p2', 5)).toEqual({ before: 'p1 | ', at: '|', after: ' p2' });
    expect(errorAt('x', undefined)).toBeNull();
  });
});

describe('quick add in a project view', () => {
  it('sends the viewed project when the line names none', () => {
    expect(withProject('Water plants tomorrow', 'Garden')).toBe('Water plants tomorrow #"Garden"');
    expect(withProject('Water plants', 'My Garden')).toBe('Water plants #"My Garden"');
  });

  it('leaves a line that names its own project, an empty line, and views without a project alone', () => {
    expect(withProject('Call Bob #Work', 'Garden')).toBe('Call Bob #Work');
    expect(withProject('#Work call', 'Garden')).toBe('#Work call');
    expect(withProject('  ', 'Garden')).toBe('  ');
    expect(withProject('Call Bob', undefined)).toBe('Call Bob');
    expect(withProject('Quote', 'The "Best" one')).toBe('Quote');
  });
});
