// A comment's Markdown, rendered so that it can never run script: no raw HTML (what looks like a tag is shown
// as the text it is), the HTML sanitised against rehype-sanitize's GitHub-like allow list, and only http(s)
// and mail links kept (a `javascript:` link loses its address). Links open in a new tab without the opener or
// the referrer; `user:<id>` links are mentions, shown as a chip with the member's current name.
import ReactMarkdown, { defaultUrlTransform, type Components } from 'react-markdown';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import remarkGfm from 'remark-gfm';
import type { Mention } from '../../../api/types';
import { mentionedUser } from '../mentions';

type Node = { type: string; value?: string; url?: string; children?: Node[] };

/** HTML written in a comment (a "raw" node) becomes plain text, so it is shown, inert, instead of vanishing. */
function rawAsText() {
  const walk = (node: Node) => {
    for (const child of node.children ?? []) {
      if (child.type === 'raw') child.type = 'text';
      else walk(child);
    }
  };
  return walk;
}

/** `@[Name](user:id)`: the `@` before a mention's link is the chip's own, so it is taken out of the text. */
function mentionAt() {
  const walk = (node: Node) => {
    const children = node.children ?? [];
    children.forEach((child, i) => {
      const before = children[i - 1];
      if (child.type === 'link' && mentionedUser(child.url) && before?.type === 'text' && before.value?.endsWith('@')) {
        before.value = before.value.slice(0, -1);
      }
      walk(child);
    });
  };
  return walk;
}

const schema = {
  ...defaultSchema,
  protocols: { ...defaultSchema.protocols, href: [...(defaultSchema.protocols?.href ?? []), 'user'] },
};

/** react-markdown's safe addresses, and mentions. */
const urlTransform = (url: string) => (mentionedUser(url) ? url : defaultUrlTransform(url));

const REL = 'noopener noreferrer nofollow';

export default function MarkdownRenderer({ text, mentions }: { text: string; mentions: Mention[] }) {
  const components: Components = {
    a: ({ href, children }) => {
      const userId = mentionedUser(href);
      if (userId) {
        const name = mentions.find((m) => m.userId === userId)?.name || undefined;
        return <span className="mention">@{name ?? children}</span>;
      }
      // An address that was not safe was emptied: the words stay, the link goes.
      if (!href) return <span>{children}</span>;
      return (
        <a href={href} target="_blank" rel={REL}>
          {children}
        </a>
      );
    },
    // An image from elsewhere would be fetched by every reader's browser: offered as a link instead.
    img: ({ src, alt }) =>
      typeof src === 'string' && src ? (
        <a href={src} target="_blank" rel={REL}>
          {alt || src}
        </a>
      ) : (
        <span>{alt}</span>
      ),
  };
  return (
    <div className="markdown">
      <ReactMarkdown
        remarkPlugins={[remarkGfm, mentionAt]}
        rehypePlugins={[rawAsText, [rehypeSanitize, schema]]}
        urlTransform={urlTransform}
        components={components}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
