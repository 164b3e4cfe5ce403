/** A second step before a report changes hands: what will happen, what cannot be undone, yes or cancel. */
import type { ReactNode } from 'react';

export function ConfirmPanel({
  title,
  children,
  confirmLabel,
  pending,
  onConfirm,
  onCancel,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="confirm-panel" role="alertdialog" aria-label={title}>
      <h3>{title}</h3>
      {children}
      <div className="button-row">
        <button type="button" className="button-primary" disabled={pending} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
