// A comment's Markdown. The renderer (react-markdown, its GitHub extensions and the sanitiser: a third of the
// app's script) loads on first use, so pages without comments do not wait for it; meanwhile the text shows as
// it was written (as text: React escapes it).
import { lazy, Suspense } from 'react';
import type { Mention } from '../../../api/types';

const Renderer = lazy(() => import('./MarkdownRenderer'));

export function Markdown({ text, mentions }: { text: string; mentions: Mention[] }) {
  return (
    <Suspense fallback={<div className="markdown markdown-loading">{text}</div>}>
      <Renderer text={text} mentions={mentions} />
    </Suspense>
  );
}
