/**
 * The project's own documentation (docs/measures.md, docs/statistics.md), bundled as text so the
 * "About this measure" pages show exactly what the repository says — one source for both.
 */
import measuresDoc from '../../../../docs/measures.md?raw';
import statisticsDoc from '../../../../docs/statistics.md?raw';

/** The text of a section from its heading line to the next heading of the same or a higher level. */
export function docSection(markdown: string, heading: RegExp): string | null {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return null;
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, i) => i > start && /^#+ /.test(line) && /^#+/.exec(line)![0].length <= level);
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

/** One measure's page: its definition, then the rules every measure shares. */
export function aboutMeasure(code: string): string | null {
  const escaped = code.replace('.', '\\.');
  const definition = docSection(measuresDoc, new RegExp(`^### ${escaped} `));
  if (!definition) return null;
  return [
    definition,
    docSection(measuresDoc, /^## Baseline, target and status/),
    docSection(measuresDoc, /^## Disclosure control/),
    docSection(statisticsDoc, /^## Compared with England/),
    docSection(statisticsDoc, /^## Funnel plots/),
    docSection(statisticsDoc, /^## Over time/),
  ]
    .filter(Boolean)
    .join('\n\n');
}
