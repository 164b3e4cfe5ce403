/** The national open-data file (docs/open-data.md): offered to national and admin users, who alone may download it. */
import { useServerCsv } from '../../lib/server-csv';
import { useTRPC } from '../../lib/trpc';
import { useSessionUser } from '../../lib/use-session';

export function OpenDataDownload() {
  const user = useSessionUser();
  const trpc = useTRPC();
  const download = useServerCsv();
  if (user.role !== 'national' && user.role !== 'admin') return null;
  return (
    <section className="section" aria-labelledby="open-data-heading">
      <h2 id="open-data-heading">Open data</h2>
      <p>
        Every measure for England, each region and each locality, for every complete financial year and quarter, as
        numbers under disclosure control: counts below England rounded to the nearest 5, 1 to 7 shown as *.
      </p>
      <button type="button" className="button-secondary" onClick={() => download(trpc.export.openData.queryOptions())}>
        Download the open-data file (CSV)
      </button>
    </section>
  );
}
