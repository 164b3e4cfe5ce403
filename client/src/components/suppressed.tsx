import { DISCLOSURE_NOTE } from '@ldm/shared/disclosure';
import { SUPPRESSED_EXPLANATION } from '../lib/format';

/** A value hidden by disclosure control: `*`, with the reason for screen readers and on hover. */
export function SuppressedMark() {
  return (
    <span className="suppressed" title={SUPPRESSED_EXPLANATION}>
      *<span className="visually-hidden"> {SUPPRESSED_EXPLANATION}</span>
    </span>
  );
}

/** What `*` and rounding mean (PRODUCT.md §4), said once on every page that shows figures. */
export function DisclosureNote() {
  return <p className="note disclosure-note">Disclosure control: {DISCLOSURE_NOTE}.</p>;
}
