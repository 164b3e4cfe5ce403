/**
 * The one-pass sweep against the definition: on random data with many periods (years and
 * quarters, overlapping one another), each period's home placements equal those chosen by a
 * literal reading of §4, and every locality's figures equal those of the period analysed alone.
 */
import { describe, expect, it } from 'vitest';
import { mustParsePeriod, overlaps, type Period, periodsUpTo } from '../periods';
import { LOCALITY_CODES } from '../reference/localities';
import { analysePeriod, analysePeriods } from './analyse-period';
import type { MeasureRows, PlacementFact } from './facts';
import { selectHomesByPeriod } from './home-placement';

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const isoDay = (day: number) => new Date(Date.UTC(2021, 0, 1) + day * DAY).toISOString().slice(0, 10);
const GRADES = ['F1', 'F2', 'CT1', 'ST2', 'GPST1', 'ST4', 'ST8', 'GPST3'];
const STATUSES = ['applied', 'enrolled', 'completed', 'withdrawn'];
// Ids whose code-point and UTF-16 orders differ, so ties exercise the rule.
const ID_PREFIXES = ['A', 'a', 'Z', '\uFF21', '\u{1F600}'];

function randomRows(seed: number): MeasureRows & { placements: PlacementFact[] } {
  const next = random(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const organisations = Array.from({ length: 20 }, (_, i) => ({ code: `ORG${i}`, localityCode: pick(LOCALITY_CODES) }));
  const placements: PlacementFact[] = [];
  for (let t = 0; t < 300; t++) {
    const gmcNumber = String(1_000_000 + Math.floor(next() * 5_000));
    for (let n = Math.floor(next() * 6); n > 0; n--) {
      // Few distinct start days, so same-day starts (ties) are common.
      const start = Math.floor(next() * 40) * 50;
      placements.push({
        placementId: `${pick(ID_PREFIXES)}${placements.length}`,
        gmcNumber,
        organisationCode: pick(organisations).code,
        programmeCode: next() < 0.5 ? null : `PRG${Math.floor(next() * 5)}`,
        grade: pick(GRADES),
        specialty: next() < 0.3 ? null : pick(['Surgery', 'Medicine', 'General Practice']),
        startDate: isoDay(start),
        endDate: isoDay(start + Math.floor(next() * 500)),
      });
    }
  }
  const offers = Array.from({ length: 12 }, (_, i) => ({
    code: `OFF${i}`,
    scopeLocalityCode: next() < 0.3 ? null : pick(LOCALITY_CODES),
    tier: 1 + Math.floor(next() * 3),
    stages: ['foundation', 'core', 'higher'].filter(() => next() < 0.6),
  }));
  const cohorts = Array.from({ length: 30 }, (_, i) => {
    const start = Math.floor(next() * 2000);
    return {
      code: `COH${i}`,
      offerCode: pick(offers).code,
      startDate: isoDay(start),
      endDate: isoDay(start + Math.floor(next() * 300)),
      places: 1 + Math.floor(next() * 30),
    };
  });
  const participations = Array.from({ length: 400 }, () => {
    const start = Math.floor(next() * 2000);
    return {
      gmcNumber: pick(placements).gmcNumber,
      cohortCode: pick(cohorts).code,
      status: pick(STATUSES),
      startDate: isoDay(start),
      endDate: next() < 0.2 ? null : isoDay(start + Math.floor(next() * 400)),
    };
  });
  const years = ['2021-22', '2022-23', '2023-24', '2024-25', '2025-26'];
  return {
    organisations,
    placements,
    offers,
    cohorts,
    participations,
    practiceRecords: organisations.flatMap((o) =>
      years.map((year) => ({ organisationCode: o.code, year, practicesProvided: Math.floor(next() * 10) })),
    ),
    selfAssessments: Array.from({ length: 20 }, (_, id) => ({
      id,
      localityCode: pick(LOCALITY_CODES),
      assessedOn: isoDay(Math.floor(next() * 2000)),
      scores: Array.from({ length: 24 }, () => Math.floor(next() * 4)),
    })),
    planActions: Array.from({ length: 40 }, () => ({
      localityCode: pick(LOCALITY_CODES),
      dueDate: isoDay(Math.floor(next() * 2000)),
      status: pick(['not started', 'on track', 'complete']),
    })),
  };
}

/** §4 read literally: among the trainee's placements overlapping P, latest start, then lowest id by code point. */
function homesByDefinition(placements: readonly PlacementFact[], period: Period): Map<string, string> {
  const byCodePoint = (a: string, b: string) => {
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  };
  const homes = new Map<string, string>();
  const trainees = new Set(placements.map((p) => p.gmcNumber));
  for (const gmcNumber of trainees) {
    const candidates = placements.filter(
      (p) => p.gmcNumber === gmcNumber && overlaps(p.startDate, p.endDate, period.from, period.to),
    );
    if (candidates.length === 0) continue;
    const latest = candidates.reduce((max, p) => (p.startDate > max ? p.startDate : max), '');
    const ids = candidates.filter((p) => p.startDate === latest).map((p) => p.placementId);
    homes.set(gmcNumber, ids.sort(byCodePoint)[0]!);
  }
  return homes;
}

const PERIODS: Period[] = [
  ...periodsUpTo(mustParsePeriod('2025-26 Q4'), 20),
  ...periodsUpTo(mustParsePeriod('2025-26'), 5),
  mustParsePeriod('2020-21 Q2'), // before any placement
];

describe('one sweep for many periods', () => {
  for (const seed of [1, 2, 3]) {
    it(`chooses the home placements of §4 for every period, whatever the row order (seed ${seed})`, () => {
      const rows = randomRows(seed);
      const sorted = [...rows.placements].sort((a, b) =>
        a.gmcNumber < b.gmcNumber ? -1 : a.gmcNumber > b.gmcNumber ? 1 : a.startDate < b.startDate ? -1 : 1,
      );
      for (const placements of [rows.placements, sorted]) {
        const swept = selectHomesByPeriod(placements, PERIODS);
        PERIODS.forEach((period, i) => {
          const found = new Map(swept[i]!.map((home) => [home.gmcNumber, home.placementId]));
          expect(found, period.label).toEqual(homesByDefinition(rows.placements, period));
        });
      }
    });

    it(`gives every period the figures it has when analysed alone (seed ${seed})`, () => {
      const rows = randomRows(seed);
      const swept = analysePeriods(rows, PERIODS);
      PERIODS.forEach((period, i) => {
        const alone = analysePeriod({ ...rows, period });
        expect(swept[i]!.localities, period.label).toEqual(alone.localities);
        expect(swept[i]!.trainees.length).toBe(homesByDefinition(rows.placements, period).size);
      });
      // The data is not degenerate: some period has trainees in post and some uptake.
      const all = swept.flatMap((a) => a.localities);
      expect(all.some((l) => l.traineesInPost > 0 && l.measures.M3.numerator > 0)).toBe(true);
    });
  }
});
