/** Saving a CSV file the server prepares: it checks the reader's access and applies disclosure control. */
import { type FetchQueryOptions, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { downloadCsvText } from './csv';

export interface ServerCsvFile {
  fileName: string;
  csv: string;
}

/** A function that fetches one export (e.g. `trpc.export.measures.queryOptions(…)`) and saves it. */
export function useServerCsv() {
  const queryClient = useQueryClient();
  return async <TError, TKey extends QueryKey>(
    options: FetchQueryOptions<ServerCsvFile, TError, ServerCsvFile, TKey>,
  ) => {
    const file = await queryClient.fetchQuery(options);
    downloadCsvText(file.fileName, file.csv);
  };
}
