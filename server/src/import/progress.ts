/** Progress of an import for the CLI and the API: rows and bytes read, per phase, at most ~5 times a second. */
export interface ImportProgress {
  phase: 'validate' | 'apply';
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
}

const INTERVAL_MS = 200;

export function createProgressReporter(totalBytes: number, onProgress?: (progress: ImportProgress) => void) {
  let rowsRead = 0;
  let bytesRead = 0;
  let phase: ImportProgress['phase'] = 'validate';
  let lastReport = 0;
  const emit = () => onProgress?.({ phase, rowsRead, bytesRead, totalBytes });
  return {
    bytes(read: number) {
      bytesRead = read;
    },
    row(current: ImportProgress['phase']) {
      if (current !== phase) {
        phase = current;
        rowsRead = 0;
      }
      rowsRead += 1;
      // Checking the clock only every 1000 rows keeps the cost invisible at a million rows.
      if (onProgress && rowsRead % 1000 === 0 && Date.now() - lastReport >= INTERVAL_MS) {
        lastReport = Date.now();
        emit();
      }
    },
    finish(current: ImportProgress['phase']) {
      phase = current;
      emit();
    },
  };
}
