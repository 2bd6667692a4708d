// A search snippet shown with its matches marked: text nodes and <mark> elements only (see highlight.ts).
import { markedParts } from '../highlight';

export function Marked({ snippet }: { snippet: string }) {
  return <>{markedParts(snippet).map((part, i) => (part.marked ? <mark key={i}>{part.text}</mark> : part.text))}</>;
}
