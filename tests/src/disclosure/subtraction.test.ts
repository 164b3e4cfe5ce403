/**
 * The five subtractions of issue 16, replayed with its own figures: under the old rule (only 1–7
 * hidden) each gives the hidden count back exactly; under PRODUCT.md §4 as it stands (the server's
 * shared rule) none does. The parts' split is made up where the issue gives only a sum.
 */
import { discloseCount } from '@ldm/shared/disclosure';
import { describe, expect, it } from 'vitest';
import { type Level, type Part, type Rule, recoverable, type Sum, showUnderOldRule } from './subtraction';

function sumOf(kind: string, rule: Rule, total: [string, number, Level], parts: [string, number | null][]): Sum {
  const show = (count: number, level: Level) =>
    rule === 'old' ? showUnderOldRule(count) : discloseCount(count, level);
  const part = ([label, exact]: [string, number | null], hiddenExact: number): Part =>
    exact === null
      ? { label, shown: null, exact: hiddenExact, level: 'below-england' }
      : { label, shown: show(exact, 'below-england'), exact, level: 'below-england' };
  const known = parts.reduce((sum, [, exact]) => sum + (exact ?? 0), 0);
  return {
    kind,
    label: kind,
    total: { label: total[0], shown: show(total[1], total[2]), exact: total[1], level: total[2] },
    parts: parts.map((p) => part(p, total[1] - known)),
  };
}

/** [kind, total, parts]: the part to recover is the one of 1 to 7 (or the unshown one). */
const ISSUE_16: [string, [string, number, Level], [string, number | null][]][] = [
  [
    // Total 3,018 minus the shown specialties (3,011) gives Public Health = 7.
    'specialty breakdown',
    ['locality', 3018, 'below-england'],
    [
      ['General Practice', 1204],
      ['Medicine', 1108],
      ['Surgery', 699],
      ['Public Health', 7],
    ],
  ],
  [
    // Uptake total minus the shown ethnic groups gives "not recorded" = 7.
    'ethnic-group breakdown of uptake',
    ['locality M3 numerator', 412, 'below-england'],
    [
      ['white', 251],
      ['asian', 98],
      ['black', 31],
      ['mixed', 13],
      ['other', 12],
      ['not recorded', 7],
    ],
  ],
  [
    // A region minus its other locality gives a locality's hidden figure.
    'region and its localities',
    ['region', 51, 'below-england'],
    [
      ['its other locality', 44],
      ['the locality', 7],
    ],
  ],
  [
    // M5's numerator minus the shown cohort fills gives a hidden cohort's fill.
    "M5's fill and its cohorts",
    ['M5 numerator', 40, 'below-england'],
    [
      ['cohort A', 12],
      ['cohort B', 21],
      ['cohort C', 7],
    ],
  ],
  [
    // Denominator minus numerator shows 3 withdrawals (M4 74/77).
    'denominator and numerator',
    ['M4 denominator', 77, 'below-england'],
    [
      ['M4 numerator', 74],
      ['withdrawn', null],
    ],
  ],
];

describe('the subtractions of issue 16', () => {
  it.each(ISSUE_16)('%s: the old rule gives the hidden count back, §4 does not', (kind, total, parts) => {
    const hidden = parts.find(([, exact]) => exact === null || exact <= 7)!;
    const before = recoverable(sumOf(kind, 'old', total, parts), 'old');
    expect(before.map((r) => [r.part.label, r.value])).toContainEqual([hidden[0], hidden[1] ?? 3]);
    expect(recoverable(sumOf(kind, 'current', total, parts), 'current')).toEqual([]);
  });

  it('England is exact, yet its localities rounded keep a hidden one', () => {
    // England 9 = a hidden 1 + 8 elsewhere: 8 is shown as 10, which stands for 8 to 12 — and a
    // hidden count is at least 1, so 9 − 8 = 1 would be pinned if 10 could only mean 8. It can
    // mean 8 to 12, and 9 − 12 < 1, so only "1" fits: a corner, flagged as such.
    const [recovery] = recoverable(
      {
        kind: 'England and its localities',
        label: 'England',
        total: { label: 'England', shown: 9, exact: 9, level: 'england' },
        parts: [
          { label: 'A', shown: '*', exact: 1, level: 'below-england' },
          { label: 'B', shown: 10, exact: 8, level: 'below-england' },
        ],
      },
      'current',
    );
    expect(recovery).toMatchObject({ value: 1, corner: true });
  });
});
