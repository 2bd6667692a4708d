// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { Marked } from './Marked';

describe('a snippet on the page', () => {
  it('shows the matches as <mark> elements and the rest as text', () => {
    const { container } = render(<Marked snippet="Buy <mark>gro</mark>ceries &amp; milk" />);
    expect(container.innerHTML).toBe('Buy <mark>gro</mark>ceries &amp; milk');
    expect(container.querySelectorAll('mark')).toHaveLength(1);
  });

  it('never makes an element of a <script> or an <img onerror> in the text, escaped or not', () => {
    const { container } = render(
      <p>
        <Marked snippet="&lt;script&gt;alert(1)&lt;/script&gt; <mark>&lt;img src=x onerror=alert(1)&gt;</mark>" />
        <Marked snippet="<img src=x onerror=alert(2)><script>alert(3)</script>" />
      </p>,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(container.querySelectorAll('p > *')).toHaveLength(1);
    expect(container.querySelector('mark')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(container.textContent).toBe(
      '<script>alert(1)</script> <img src=x onerror=alert(1)><img src=x onerror=alert(2)><script>alert(3)</script>',
    );
  });
});
