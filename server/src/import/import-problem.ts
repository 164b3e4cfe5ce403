/** One problem found in an import file; `row` is the line number in the file (header = line 1). */
export interface ImportProblem {
  row: number;
  column: string;
  value: string;
  reason: string;
}

/** The CLI's line (PRODUCT.md §9): `row 7, column wte, value "1.5": must be a decimal from 0.1 to 1.0`. */
export function formatProblem(problem: ImportProblem): string {
  return `row ${problem.row}, column ${problem.column}, value ${JSON.stringify(problem.value)}: ${problem.reason}`;
}
