// Quick add: the typed line cut into plain text and the tokens the server recognised, and the line sent.
import type { PreviewToken } from '../api/types';

export type Segment = { text: string; kind: string | null };

/** The text in order, each recognised token its own segment; overlapping or out-of-range tokens are ignored. */
export function segments(text: string, tokens: PreviewToken[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const token of [...tokens].sort((a, b) => a.start - b.start)) {
    if (token.start < at || token.end > text.length || token.end <= token.start) continue;
    if (token.start > at) out.push({ text: text.slice(at, token.start), kind: null });
    out.push({ text: text.slice(token.start, token.end), kind: token.kind });
    at = token.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), kind: null });
  return out;
}

/** A filter query with its error position split out, for showing a caret under the offending character. */
export function errorAt(
  query: string,
  position: number | undefined,
): { before: string; at: string; after: string } | null {
  if (position === undefined || position < 0) return null;
  const p = Math.min(position, query.length);
  return { before: query.slice(0, p), at: query.slice(p, p + 1) || ' ', after: query.slice(p + 1) };
}

/**
 * In a project's view a task without a #project of its own goes to that project, as in Todoist: the line
 * sent to the server gets the project's name (quoted) when the user typed none.
 */
export function withProject(text: string, project: string | undefined): string {
  if (!project || project.includes('"') || !text.trim() || /(^|\s)#/.test(text)) return text;
  return `${text} #"${project}"`;
}
