import { POSTAL_CODES } from './data/postal-codes.data';
import { findMunicipalityByNumber, type Municipality } from './municipalities';

let byPostalCode: Map<string, string> | undefined;

/** Postal code → municipality number, decoded from the delta-encoded lines on first use. */
function decode(): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of POSTAL_CODES.split('\n')) {
    if (line === '') continue;
    const [number = '', deltas = ''] = line.split(':');
    let code = 0;
    for (const delta of deltas.split(',')) {
      code += Number.parseInt(delta, 36);
      map.set(String(code).padStart(4, '0'), number);
    }
  }
  return map;
}

/**
 * The municipality a four-digit postal code belongs to ("0150" → Oslo), or undefined for anything else.
 * Codes on Svalbard and Jan Mayen give undefined: they belong to no municipality.
 */
export function findMunicipalityByPostalCode(code: string): Municipality | undefined {
  if (typeof code !== 'string') return undefined;
  const trimmed = code.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  byPostalCode ??= decode();
  const number = byPostalCode.get(trimmed);
  return number === undefined ? undefined : findMunicipalityByNumber(number);
}
