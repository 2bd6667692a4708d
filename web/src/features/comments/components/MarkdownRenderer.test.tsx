// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import MarkdownRenderer from './MarkdownRenderer';

const BOB = '22222222-2222-4222-8222-222222222222';

describe('a comment’s Markdown', () => {
  it('renders Markdown and GitHub’s extensions', () => {
    const { container } = render(
      <MarkdownRenderer
        text={'**bold** and ~~gone~~\n\n- [ ] todo\n\n| a | b |\n|---|---|\n| 1 | 2 |'}
        mentions={[]}
      />,
    );
    expect(container.querySelector('strong')?.textContent).toBe('bold');
    expect(container.querySelector('del')?.textContent).toBe('gone');
    expect(container.querySelector('table td')?.textContent).toBe('1');
    expect(container.querySelector('input[type="checkbox"]')).not.toBeNull();
  });

  it('opens links in a new tab without the opener, the referrer or a vote for the site', () => {
    render(<MarkdownRenderer text="see [the docs](https://example.com/docs) and https://ordo.dev" mentions={[]} />);
    const link = screen.getByRole('link', { name: 'the docs' });
    expect(link.getAttribute('href')).toBe('https://example.com/docs');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    expect(screen.getByRole('link', { name: 'https://ordo.dev' }).getAttribute('rel')).toBe(
      'noopener noreferrer nofollow',
    );
  });

  it('drops the address of a javascript: link and keeps its words', () => {
    const { container } = render(
      <MarkdownRenderer
        text="[x](javascript:alert(1)) [y](JaVaScRiPt:alert(2)) [z](data:text/html,hi)"
        mentions={[]}
      />,
    );
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect(container.textContent).toContain('x');
    expect(container.innerHTML).not.toMatch(/javascript|data:/i);
  });

  it('shows HTML as the text it is: no element is made from it', () => {
    const text =
      '<img src=x onerror=alert(1)> and <script>alert(2)</script>\n\n<iframe src="https://evil.example"></iframe>';
    const { container } = render(<MarkdownRenderer text={text} mentions={[]} />);
    expect(container.querySelector('img, script, iframe')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<script>');
  });

  it('offers an image from elsewhere as a link instead of loading it', () => {
    const { container } = render(<MarkdownRenderer text="![a cat](https://example.com/cat.png)" mentions={[]} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('link', { name: 'a cat' }).getAttribute('href')).toBe('https://example.com/cat.png');
  });

  it('shows a mention as a chip with the member’s current name', () => {
    const { container } = render(
      <MarkdownRenderer
        text={`thanks @[Bobby](user:${BOB}), and \`@[Code](user:${BOB})\``}
        mentions={[{ userId: BOB, name: 'Bob Builder' }]}
      />,
    );
    const chip = container.querySelector('.mention');
    expect(chip?.textContent).toBe('@Bob Builder');
    expect(container.querySelector('p')?.textContent).toMatch(/^thanks @Bob Builder, and /);
    // in code it stays the text that was written
    expect(container.querySelector('code')?.textContent).toBe(`@[Code](user:${BOB})`);
    expect(container.querySelectorAll('a')).toHaveLength(0);
  });
});
