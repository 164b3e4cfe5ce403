import { useFiguresUpdating } from '../lib/figures-updating';

/** Says, while it is so, that the figures shown predate the latest data change. */
export function FiguresUpdatingNotice() {
  const updating = useFiguresUpdating();
  return (
    <p role="status" className={updating ? 'updating-notice' : 'visually-hidden'}>
      {updating
        ? 'The figures are being updated after the latest data change. Until then this page shows the figures from before it, and refreshes by itself.'
        : ''}
    </p>
  );
}
