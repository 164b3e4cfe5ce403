import { useParams } from 'react-router';
import { LOCALITIES } from '@ldm/shared';
import { usePeriod } from '../../lib/use-period';

export function LocalityDashboardPage() {
  const { localityCode } = useParams();
  const [period] = usePeriod();
  const locality = LOCALITIES.find((l) => l.code === localityCode);
  return <h1>{locality?.name ?? localityCode}, {period.label}</h1>;
}
