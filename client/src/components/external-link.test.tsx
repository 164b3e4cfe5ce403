import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExternalLink } from './external-link';

describe('ExternalLink', () => {
  it('links http, https and mailto with rel="noopener noreferrer"', () => {
    expect(renderToStaticMarkup(<ExternalLink href={'https://example.org/a?b=1&c=2'}>Go</ExternalLink>)).toBe(
      '<a href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer">Go</a>',
    );
    expect(renderToStaticMarkup(<ExternalLink href="mailto:lead@example.org">Mail</ExternalLink>)).toBe(
      '<a href="mailto:lead@example.org" rel="noopener noreferrer">Mail</a>',
    );
  });

  it('shows any other scheme as text, never as a link', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      expect(renderToStaticMarkup(<ExternalLink href={href}>Click</ExternalLink>)).toBe('Click');
    }
  });
});
