/**
 * Checks a row read from a file with the entity's own zod schema (@ldm/shared/schemas) — the one
 * the forms and procedures use — so nothing enters by file that the API would refuse. Each issue
 * is reported against the file column of the field it concerns. Cell readers turn the file's text
 * into values first (both date forms, yes/no, `;` lists); the schema then decides what is valid.
 */
import type { z } from 'zod';
import type { RowReader } from './row-reader';

/** `offerCode` → `offer_code`; `columns` names the fields whose column is named otherwise (`localityCode` → `locality`). */
export function columnOfField(field: string, columns: Readonly<Record<string, string>> = {}): string {
  return columns[field] ?? field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * The schema's output, or undefined after reporting every issue. A row with cells that could not
 * be read is still checked, so its other columns' problems are reported too; issues about the
 * unreadable cells themselves (already reported) are left out.
 */
export function checkWithSchema<S extends z.ZodType>(
  reader: RowReader,
  schema: S,
  input: z.input<S>,
  columns?: Readonly<Record<string, string>>,
): z.output<S> | undefined {
  const result = schema.safeParse(input);
  if (result.success) return reader.failed ? undefined : result.data;
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    const column = typeof field === 'string' ? columnOfField(field, columns) : '(row)';
    if (!reader.hasProblem(column)) reader.reject(column, issue.message);
  }
  return undefined;
}
