/** Previous / next paging for a server-paged table, with where the reader is: "51 to 100 of 4,812". */
import { formatCount } from '../../lib/format';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  label: string;
  onPage: (page: number) => void;
}

export function Pager({ page, pageSize, total, label, onPage }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const last = Math.min(total, page * pageSize);
  return (
    <nav className="pager" aria-label={`${label} pages`}>
      <p role="status">
        {total === 0
          ? `No ${label}.`
          : `${formatCount(first)} to ${formatCount(last)} of ${formatCount(total)} ${label}, page ${page} of ${formatCount(pages)}`}
      </p>
      <button type="button" className="button-secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        Previous page
      </button>
      <button type="button" className="button-secondary" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        Next page
      </button>
    </nav>
  );
}
