/**
 * Placements in columns, the form the measures engine sweeps: one array per field, dates as
 * integers (YYYYMMDD, ordered as the ISO dates are), trainees, organisations and grades as indexes
 * into small dictionaries. Half a million placement objects with eight string fields each made
 * loading and garbage collection most of a trend's time; the server fills a table row by row from
 * its query, and hand-built facts (tests, the client) are turned into one by `toPlacementTable`.
 */
import type { PlacementFact } from './facts';

/**
 * An ISO date (`2025-04-01`) as the integer 20250401: compared as integers, ordered as the dates.
 * `at`: where the date starts in `date` (a packed text of many).
 */
export function dateNumber(date: string, at = 0): number {
  // Digit by digit: no substring or closure per call (half a million rows, two dates each).
  return (
    (date.charCodeAt(at) - 48) * 10_000_000 +
    (date.charCodeAt(at + 1) - 48) * 1_000_000 +
    (date.charCodeAt(at + 2) - 48) * 100_000 +
    (date.charCodeAt(at + 3) - 48) * 10_000 +
    (date.charCodeAt(at + 5) - 48) * 1000 +
    (date.charCodeAt(at + 6) - 48) * 100 +
    (date.charCodeAt(at + 8) - 48) * 10 +
    (date.charCodeAt(at + 9) - 48)
  );
}

/** The ISO date of a `dateNumber`. */
export function dateText(day: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(day / 10_000)}-${pad(Math.floor(day / 100) % 100)}-${pad(day % 100)}`;
}

/** A value's index in a dictionary of distinct values, adding it when new. */
export class Dictionary {
  readonly values: string[] = [];
  private readonly indexes = new Map<string, number>();

  indexOf(value: string): number {
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.indexes.set(value, index);
    }
    return index;
  }

  find(value: string): number | undefined {
    return this.indexes.get(value);
  }
}

export class PlacementTable {
  /** GMC numbers, by trainee index. */
  readonly trainees = new Dictionary();
  readonly organisations = new Dictionary();
  readonly grades = new Dictionary();
  /** Per placement (row): */
  readonly trainee: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly organisation: Int32Array;
  readonly grade: Int32Array;
  // Pushed: an array allocated at a length over 100,000 starts in slow (dictionary) mode.
  readonly placementId: string[] = [];
  /** Null when loaded without breakdowns (the figures never read them). */
  readonly programmeCode: (string | null)[] = [];
  readonly specialty: (string | null)[] = [];
  private rows = 0;

  /** `rows`: how many placements `add` will add, so the number columns are allocated once, outside the garbage-collected heap. */
  constructor(rows: number) {
    this.trainee = new Int32Array(rows);
    this.start = new Int32Array(rows);
    this.end = new Int32Array(rows);
    this.organisation = new Int32Array(rows);
    this.grade = new Int32Array(rows);
  }

  get length(): number {
    return this.rows;
  }

  add(
    placementId: string,
    gmcNumber: string,
    organisationCode: string,
    programmeCode: string | null,
    grade: string,
    specialty: string | null,
    /** `dateNumber`s of the start and end dates. */
    start: number,
    end: number,
  ): void {
    const row = this.rows++;
    this.placementId.push(placementId);
    this.trainee[row] = this.trainees.indexOf(gmcNumber);
    this.organisation[row] = this.organisations.indexOf(organisationCode);
    this.programmeCode.push(programmeCode);
    this.grade[row] = this.grades.indexOf(grade);
    this.specialty.push(specialty);
    this.start[row] = start;
    this.end[row] = end;
  }

  /** Row `row` as a placement fact (the home placement of a listed or broken-down trainee). */
  factAt(row: number): PlacementFact {
    return {
      placementId: this.placementId[row]!,
      gmcNumber: this.trainees.values[this.trainee[row]!]!,
      organisationCode: this.organisations.values[this.organisation[row]!]!,
      programmeCode: this.programmeCode[row]!,
      grade: this.grades.values[this.grade[row]!]!,
      specialty: this.specialty[row]!,
      startDate: dateText(this.start[row]!),
      endDate: dateText(this.end[row]!),
    };
  }
}

export function toPlacementTable(placements: readonly PlacementFact[]): PlacementTable {
  const table = new PlacementTable(placements.length);
  for (const p of placements) {
    table.add(
      p.placementId,
      p.gmcNumber,
      p.organisationCode,
      p.programmeCode,
      p.grade,
      p.specialty,
      dateNumber(p.startDate),
      dateNumber(p.endDate),
    );
  }
  return table;
}
