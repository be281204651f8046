import { type Municipality, searchMunicipalitiesWith } from './municipalities';
import { findMunicipalityByPostalCode } from './postal-codes';

/**
 * The search box of searchMunicipalitiesWith, with postal codes: "0150" finds Oslo. Kept apart from both
 * modules, so that a face that loads the postal codes on demand (the extension) does not load them with the
 * municipalities.
 */
export function searchMunicipalities(query: string, limit?: number): Municipality[] {
  return searchMunicipalitiesWith(findMunicipalityByPostalCode, query, limit);
}
