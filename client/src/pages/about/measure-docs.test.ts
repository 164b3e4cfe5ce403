import { MEASURE_CODES } from '@ldm/shared';
import { describe, expect, it } from 'vitest';
import { aboutMeasure, docSection } from './measure-docs';

describe('about this measure', () => {
  it('finds every measure in docs/measures.md, with the shared rules after it', () => {
    for (const code of MEASURE_CODES) {
      const text = aboutMeasure(code)!;
      expect(text.split('\n')[0]).toMatch(new RegExp(`^### ${code.replace('.', '\\.')} `));
      expect(text).toContain('## Disclosure control');
      expect(text).toContain('## Compared with England');
    }
    expect(aboutMeasure('M9')).toBeNull();
  });

  it('cuts a section at the next heading of the same or a higher level', () => {
    const doc = '## A\na\n### A1\na1\n### A2\na2\n## B\nb';
    expect(docSection(doc, /^### A1/)).toBe('### A1\na1');
    expect(docSection(doc, /^## A/)).toBe('## A\na\n### A1\na1\n### A2\na2');
    expect(docSection(doc, /^## B/)).toBe('## B\nb');
  });
});
