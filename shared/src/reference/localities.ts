/** NHS England regions and the 13 HEE localities (deaneries) they group — PRODUCT.md §3. */
export const REGIONS = [
  { code: 'NEY', name: 'North East and Yorkshire' },
  { code: 'NW', name: 'North West' },
  { code: 'MID', name: 'Midlands' },
  { code: 'EOE', name: 'East of England' },
  { code: 'LON', name: 'London' },
  { code: 'SE', name: 'South East' },
  { code: 'SW', name: 'South West' },
] as const;

export type RegionCode = (typeof REGIONS)[number]['code'];

export const LOCALITIES = [
  { code: 'NE', name: 'North East', regionCode: 'NEY' },
  { code: 'YH', name: 'Yorkshire and the Humber', regionCode: 'NEY' },
  { code: 'NW', name: 'North West', regionCode: 'NW' },
  { code: 'EM', name: 'East Midlands', regionCode: 'MID' },
  { code: 'WM', name: 'West Midlands', regionCode: 'MID' },
  { code: 'EOE', name: 'East of England', regionCode: 'EOE' },
  { code: 'NCEL', name: 'North Central and East London', regionCode: 'LON' },
  { code: 'NWL', name: 'North West London', regionCode: 'LON' },
  { code: 'SL', name: 'South London', regionCode: 'LON' },
  { code: 'KSS', name: 'Kent, Surrey and Sussex', regionCode: 'SE' },
  { code: 'TV', name: 'Thames Valley', regionCode: 'SE' },
  { code: 'WX', name: 'Wessex', regionCode: 'SE' },
  { code: 'SW', name: 'South West', regionCode: 'SW' },
] as const satisfies readonly { code: string; name: string; regionCode: RegionCode }[];

export type LocalityCode = (typeof LOCALITIES)[number]['code'];
export const LOCALITY_CODES = LOCALITIES.map((l) => l.code) as unknown as readonly [LocalityCode, ...LocalityCode[]];

export function isLocalityCode(value: string): value is LocalityCode {
  return (LOCALITY_CODES as readonly string[]).includes(value);
}
