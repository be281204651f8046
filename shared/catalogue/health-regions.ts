import type { HealthRegion } from '../schema/service-schema';

/**
 * County (first two digits of the 2024 municipality number) → regional health authority. The regional
 * health authorities own the hospitals and DPSs (organisation seed); a few border municipalities belong to a
 * neighbouring region's trust, which matters here only for e-Mestring, whose step says "ask your GP".
 */
const REGION_BY_COUNTY: Record<string, HealthRegion> = {
  '03': 'helse-sor-ost',
  '31': 'helse-sor-ost',
  '32': 'helse-sor-ost',
  '33': 'helse-sor-ost',
  '34': 'helse-sor-ost',
  '39': 'helse-sor-ost',
  '40': 'helse-sor-ost',
  '42': 'helse-sor-ost',
  '11': 'helse-vest',
  '46': 'helse-vest',
  '15': 'helse-midt-norge',
  '50': 'helse-midt-norge',
  '18': 'helse-nord',
  '55': 'helse-nord',
  '56': 'helse-nord',
};

/** The health region of a 4-digit municipality number, or undefined for an unknown county. */
export function healthRegionOf(municipalityNumber: string): HealthRegion | undefined {
  return REGION_BY_COUNTY[municipalityNumber.slice(0, 2)];
}
