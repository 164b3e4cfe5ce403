import { LOCALITIES, REGIONS } from '@ldm/shared';

/** The display name of a locality or region code (codes pass through when unknown). */
export function nameOfPlace(code: string): string {
  return LOCALITIES.find((l) => l.code === code)?.name ?? REGIONS.find((r) => r.code === code)?.name ?? code;
}
