import { usePeriod } from '../../lib/use-period';

export function NationalOverviewPage() {
  const [period] = usePeriod();
  return <h1>England, {period.label}</h1>;
}
