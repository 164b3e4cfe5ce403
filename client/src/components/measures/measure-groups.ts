/** The measures in three families, for a table of every measure to show one family at a time (PRODUCT.md §4). */
import type { ColumnGroup } from '../data-table';

export const MEASURE_COLUMN_GROUPS: readonly ColumnGroup[] = [
  { label: 'Access (M1–M2)', columnIds: ['M1', 'M1.1', 'M1.2', 'M1.3', 'M2'] },
  { label: 'Uptake and completion (M3–M5)', columnIds: ['M3', 'M4', 'M5'] },
  { label: 'Workplace, self-assessment and plan (M6–M8)', columnIds: ['M6', 'M7', 'M8'] },
];
