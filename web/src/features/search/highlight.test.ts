import { describe, expect, it } from 'vitest';
import { markedParts, plainText, unescapeHtml, withoutMarkdown } from './highlight';

describe('a search snippet', () => {
  it('is cut into text and marked runs at its <mark> tags', () => {
    expect(markedParts('Buy <mark>gro</mark>ceries and <mark>milk</mark>')).toEqual([
      { text: 'Buy ', marked: false },
      { text: 'gro', marked: true },
      { text: 'ceries and ', marked: false },
      { text: 'milk', marked: true },
    ]);
  });

  it('decodes what the server escaped, inside and outside marks', () => {
    expect(markedParts('Tom &amp; Jerry&#39;s &quot;<mark>caf&#xe9;</mark>&quot; &lt;3')).toEqual([
      { text: 'Tom & Jerry\'s "', marked: false },
      { text: 'café', marked: true },
      { text: '" <3', marked: false },
    ]);
  });

  it('keeps escaped markup as text: a <script> or an <img onerror> in a title is never an element', () => {
    const parts = markedParts('&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;img src=x onerror=alert(1)&gt;</mark>');
    expect(parts).toEqual([
      { text: '<script>alert(1)</script> ', marked: false },
      { text: '<img src=x onerror=alert(1)>', marked: true },
    ]);
  });

  it('keeps raw markup other than <mark> as text too, should a snippet ever carry it unescaped', () => {
    expect(markedParts('<img src=x onerror=alert(1)><mark onclick="x">a</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)><mark onclick="x">a', marked: false },
    ]);
    expect(markedParts('<b>bold</b> <script>x</script>')).toEqual([
      { text: '<b>bold</b> <script>x</script>', marked: false },
    ]);
  });

  it('joins neighbouring marks, leaves empty runs out, and marks to the end after an unclosed <mark>', () => {
    expect(markedParts('<mark>gro</mark><mark>ceries</mark>')).toEqual([{ text: 'groceries', marked: true }]);
    expect(markedParts('<mark></mark>x')).toEqual([{ text: 'x', marked: false }]);
    expect(markedParts('a <mark>b')).toEqual([
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
    ]);
    expect(markedParts('')).toEqual([]);
  });

  it('leaves references that are no characters, or unknown, as they were written', () => {
    expect(unescapeHtml('&#0; &#xD800; &#x110000; &bogus; & &;')).toBe('&#0; &#xD800; &#x110000; &bogus; & &;');
    expect(unescapeHtml('&AMP;&Lt;&#65;&#x42;&nbsp;')).toBe('&<AB\u00a0');
  });

  it('gives its plain text', () => {
    expect(plainText('Buy <mark>gro</mark>ceries &amp; milk')).toBe('Buy groceries & milk');
  });

  it("shows Markdown's words without its marks, a link by its words", () => {
    expect(
      withoutMarkdown(
        markedParts('Remember the **<mark>zucchini</mark>** seeds, `code`, ~~old~~, [the shop](https://x.y/z)'),
      ),
    ).toEqual([
      { text: 'Remember the ', marked: false },
      { text: 'zucchini', marked: true },
      { text: ' seeds, code, old, the shop', marked: false },
    ]);
    expect(withoutMarkdown(markedParts('## Plan\n> quoted &gt; kept\n2 * 3 = 6'))).toEqual([
      { text: 'Plan\nquoted > kept\n2 * 3 = 6', marked: false },
    ]);
  });
});
