// A search snippet shown with its matches marked: text nodes and <mark> elements only (see highlight.ts). A field
// written in Markdown (a comment, a description) shows its words without the Markdown's marks.
import { markedParts, withoutMarkdown } from '../highlight';

export function Marked({ snippet, markdown = false }: { snippet: string; markdown?: boolean }) {
  const parts = markedParts(snippet);
  return (
    <>
      {(markdown ? withoutMarkdown(parts) : parts).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
