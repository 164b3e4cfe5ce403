/** A reporting period as typed or chosen: `2024-25` or `2024-25 Q3`. */
import { z } from 'zod';
import { parsePeriod } from '../periods';

export const periodLabelSchema = z
  .string()
  .trim()
  .refine(
    (label) => parsePeriod(label) !== undefined,
    'Write a financial year like 2024-25 or a quarter like 2024-25 Q3.',
  );
