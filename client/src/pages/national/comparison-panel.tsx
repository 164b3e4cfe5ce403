/**
 * Localities side by side, with a switch to the seven NHS England regions (pooled figures); each
 * proportion measure's cell coloured as Fingertips colours its compare-areas table — Better /
 * Similar / Worse than England at 95% or, switched, 99.8% — with a marker and a key above.
 * A dean or lead first sees their own locality's row as cards beside England's figures: on a phone
 * the table shows only its names without a sideways scroll, and at any width the table's column
 * groups show only part of the row at once.
 */
import type { ConfidenceLevel } from '@ldm/shared/statistics/confidence';
import { useState } from 'react';
import { ComparisonSection } from '../../components/measures/comparison-section';
import { JudgementKey } from '../../components/measures/judgement-badge';
import { MeasureHeadlines } from '../../components/measures/measure-headlines';
import { useServerCsv } from '../../lib/server-csv';
import { type RouterOutputs, useTRPC } from '../../lib/trpc';
import { usePeriod, withPeriod } from '../../lib/use-period';
import { useSessionUser } from '../../lib/use-session';

type NationalOverview = RouterOutputs['measure']['national'];

export function ComparisonPanel({
  england,
  localities,
  regions,
}: {
  england: NationalOverview['england'];
  localities: NationalOverview['localities'];
  regions: NationalOverview['regions'];
}) {
  const [groupBy, setGroupBy] = useState<'locality' | 'region'>('locality');
  const [level, setLevel] = useState<ConfidenceLevel>(95);
  const user = useSessionUser();
  const [period] = usePeriod();
  const trpc = useTRPC();
  const download = useServerCsv();
  // Links only where the server will answer: national and admin see every locality, others their own.
  const canOpen = (code: string) => user.role === 'admin' || user.role === 'national' || user.localityCode === code;
  const rows =
    groupBy === 'locality'
      ? localities.map((place) => ({
          ...place,
          label: place.name,
          href: canOpen(place.code) ? withPeriod(`/localities/${place.code}`, period) : undefined,
        }))
      : regions.map((place) => ({ ...place, label: place.name }));
  return (
    <section className="section" aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">{groupBy === 'locality' ? 'Localities' : 'NHS England regions'} side by side</h2>
      <fieldset className="toolbar switch">
        <legend>Compare</legend>
        {(['locality', 'region'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name="group-by"
              value={option}
              checked={groupBy === option}
              onChange={() => setGroupBy(option)}
            />{' '}
            {option === 'locality' ? 'the 13 localities' : 'the 7 regions'}
          </label>
        ))}
      </fieldset>
      <p>
        Each share’s cell is coloured by how it compares with England’s value: better or worse when its whole {level}%
        confidence interval (Wilson score) lies above or below it, similar when the interval includes it. Measures M2
        and M7 are not compared.
      </p>
      <fieldset className="inline-choice">
        <legend>Confidence level</legend>
        {([95, 99.8] as const).map((value) => (
          <label key={value}>
            <input type="radio" name="national-level" checked={level === value} onChange={() => setLevel(value)} />{' '}
            {value}%
          </label>
        ))}
      </fieldset>
      <JudgementKey level={level} />
      {groupBy === 'locality' ? <OwnLocalitySummary england={england} localities={localities} level={level} /> : null}
      <ComparisonSection
        judgedAt={level}
        rows={rows}
        labelHeader={groupBy === 'locality' ? 'Locality' : 'Region'}
        caption={`Measures by ${groupBy}, ${period.label}, compared with England at ${level}%`}
        exportName={`measures-by-${groupBy}-${period.label}`}
        onExport={() => download(trpc.export.measures.queryOptions({ period: period.label }))}
      />
    </section>
  );
}

/** The viewer's own row of the table, as the table shows it (exact for them), beside England's figures. */
function OwnLocalitySummary({
  england,
  localities,
  level,
}: {
  england: NationalOverview['england'];
  localities: NationalOverview['localities'];
  level: ConfidenceLevel;
}) {
  const user = useSessionUser();
  const own = localities.find((place) => place.code === user.localityCode);
  if (!own) return null;
  return (
    <section aria-labelledby="own-locality-heading" className="own-locality">
      <h3 id="own-locality-heading">Your locality: {own.name}</h3>
      <p>Its row of the table below, with England’s value and, for each share, how it compares at {level}%.</p>
      <MeasureHeadlines
        traineesInPost={own.traineesInPost}
        measures={own.measures}
        england={{
          traineesInPost: england.traineesInPost,
          measures: england.measures,
          judgementOf: (code) => (level === 95 ? own.measures[code].vsEngland : own.measures[code].vsEngland998),
        }}
      />
    </section>
  );
}
