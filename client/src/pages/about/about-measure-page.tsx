/**
 * "About this measure" (PRODUCT.md §5): definition, numerator, denominator, polarity, comparison
 * method and disclosure rule — the text of docs/measures.md and docs/statistics.md.
 */
import { MEASURES } from '@ldm/shared';
import { marked } from 'marked';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../not-found/not-found-page';
import { aboutMeasure } from './measure-docs';

/** Headings in the documents start at ##/###; on the page the measure's name is the h1. */
function renderDoc(markdown: string): string {
  return marked.parse(markdown.replace(/^### /gm, '## '), { async: false });
}

export function AboutMeasurePage() {
  const { measureCode } = useParams();
  const measure = MEASURES.find((m) => m.code === measureCode);
  const text = measure && aboutMeasure(measure.code);
  if (!measure || !text) return <NotFoundPage />;
  return (
    <>
      <p>
        <Link to="/about">All measures</Link>
      </p>
      <h1>
        About {measure.code} {measure.name}
      </h1>
      <div
        className="about-doc"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the repository's own docs, bundled at build time — not user input
        dangerouslySetInnerHTML={{ __html: renderDoc(text) }}
      />
    </>
  );
}

export function AboutMeasuresPage() {
  return (
    <>
      <h1>About the measures</h1>
      <p>What each measure counts, and how its figures are compared and read over time.</p>
      <ul>
        {MEASURES.map((m) => (
          <li key={m.code}>
            <Link to={`/about/${m.code}`}>
              {m.code} {m.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
