/** The labelled drop-down that chooses which measure a chart or table shows. */

import { MEASURES, type MeasureCode } from '@ldm/shared';
import { useId } from 'react';

export function MeasureSelect({
  label,
  value,
  onChange,
}: {
  label: string;
  value: MeasureCode;
  onChange: (code: MeasureCode) => void;
}) {
  const id = useId();
  return (
    <div className="toolbar">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as MeasureCode)}>
        {MEASURES.map((m) => (
          <option key={m.code} value={m.code}>
            {m.code} {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
