import { describe, expect, it } from 'vitest';
import { canonicalLocalityPath } from './canonical-locality';

describe('canonicalLocalityPath', () => {
  it('upper-cases the locality segment and keeps the rest of the path', () => {
    expect(canonicalLocalityPath('/localities/nw', 'nw')).toBe('/localities/NW');
    expect(canonicalLocalityPath('/offers/nw', 'nw')).toBe('/offers/NW');
    expect(canonicalLocalityPath('/localities/Nw/reports/12', 'Nw')).toBe('/localities/NW/reports/12');
    // An offer code that happens to read like the locality is left alone: only the first segment changes.
    expect(canonicalLocalityPath('/offers/ne/ne', 'ne')).toBe('/offers/NE/ne');
  });
  it('leaves canonical paths, missing codes and unknown localities alone', () => {
    expect(canonicalLocalityPath('/localities/NW', 'NW')).toBeNull();
    expect(canonicalLocalityPath('/national', undefined)).toBeNull();
    expect(canonicalLocalityPath('/localities/zz', 'zz')).toBeNull();
  });
});
