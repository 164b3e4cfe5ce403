import { SUPPRESSED_EXPLANATION } from '../lib/format';

/** A value hidden by disclosure control: `*`, with the reason for screen readers and on hover. */
export function SuppressedMark() {
  return (
    <span className="suppressed" title={SUPPRESSED_EXPLANATION}>
      *<span className="visually-hidden"> {SUPPRESSED_EXPLANATION}</span>
    </span>
  );
}

/** The key printed under any table or chart that holds a suppressed value. */
export function SuppressedNote() {
  return (
    <p className="note">* {SUPPRESSED_EXPLANATION}: counts from 1 to 7 outside your own locality are not shown.</p>
  );
}
