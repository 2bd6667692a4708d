// A search snippet as text and marked runs. The server sends each snippet HTML-escaped with the matched words in
// <mark>…</mark>; rather than trusting it as HTML, only those two tags become marks and every other character is
// text: the entities an escaper writes are decoded, and anything else that looks like markup (a <script>, an
// <img onerror>, a <mark> with attributes) stays the characters it is, never an element.

export type MarkedPart = { text: string; marked: boolean };

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text an escaped run stands for: &amp; &lt; &gt; &quot; &apos; &nbsp; and numeric references decoded. */
export function unescapeHtml(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      // Not a character (a surrogate, past Unicode, NUL): kept as it was written.
      return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The snippet cut at its <mark> and </mark> tags: the runs between them, decoded, each marked or not. Neighbouring
 * runs of the same kind are joined and empty ones left out; an unclosed <mark> marks to the end.
 */
export function markedParts(snippet: string): MarkedPart[] {
  const parts: MarkedPart[] = [];
  let marked = false;
  const push = (raw: string) => {
    if (!raw) return;
    const text = unescapeHtml(raw);
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  let at = 0;
  for (const tag of snippet.matchAll(/<(\/?)mark>/gi)) {
    push(snippet.slice(at, tag.index));
    at = tag.index + tag[0].length;
    marked = tag[1] !== '/';
  }
  push(snippet.slice(at));
  return parts;
}

/** The snippet's plain text (what a screen reader or a title attribute gets). */
export const plainText = (snippet: string) =>
  markedParts(snippet)
    .map((p) => p.text)
    .join('');

/**
 * Text written in Markdown (a comment, a description) as the words it shows: emphasis, strike-through and code
 * marks dropped, a link by its words, a heading's #s and a quote's > at the start of a line dropped.
 */
export function withoutMarkdown(parts: MarkedPart[]): MarkedPart[] {
  return parts
    .map((part) => ({
      ...part,
      text: part.text
        .replace(/!?\[([^\]]*)\]\([^)\s]*\)/g, '$1')
        .replace(/\*\*|__|~~|`+/g, '')
        .replace(/(^|\n)[ \t]{0,3}(?:#{1,6}|>)[ \t]+/g, '$1'),
    }))
    .filter((part) => part.text !== '');
}
