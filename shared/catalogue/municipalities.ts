import { COUNTIES, MUNICIPALITIES } from './data/municipalities.data';

/** A municipality's official written form of Norwegian: Bokmål, Nynorsk or neutral (both accepted). */
export type WrittenForm = 'nb' | 'nn' | 'neutral';

/** One of Norway's 357 municipalities (2024 numbering). */
export interface Municipality {
  /** Kommunenummer, four digits: "0301". The first two are the county's. */
  number: string;
  /** Norwegian name: "Kautokeino". */
  name: string;
  /** Sami name where the municipality has one: "Guovdageaidnu". */
  samiName?: string;
  writtenForm: WrittenForm;
  /** The municipality's website: "https://www.oslo.kommune.no". */
  website: string;
  /** County name: "Troms". */
  county: string;
}

interface Entry {
  municipality: Municipality;
  /** Norwegian name, then Sami name if any, as plainName gives them. */
  plain: string[];
  /** The same, as foldName gives them. */
  folded: string[];
}

interface Index {
  sorted: readonly Municipality[];
  entries: readonly Entry[];
}

const FORMS: Record<string, WrittenForm> = { nb: 'nb', nn: 'nn', n: 'neutral' };

// Letters that Unicode decomposition leaves alone. ø and æ fold the way Norwegians type them without the
// keys (bearum is rarer than baerum); the Sami letters fold to their base letter.
const FOLDS: Record<string, string> = { æ: 'ae', ø: 'o', đ: 'd', ŋ: 'n', ŧ: 't' };

// No name is longer than about 20 characters; anything much longer is not a name and is not worth folding.
const MAX_QUERY_LENGTH = 100;

const DEFAULT_LIMIT = 10;

// Lazy in layers: a number lookup decodes that municipality's line alone (decoding all 357 cost the widget
// ~5 ms of its set-up task on a 4× slowed CPU); listing them decodes the rest; name search needs the case-
// and accent-folded index, whose Unicode normalisation of every name cost ~57 ms when a number lookup built it.
let index: Index | undefined;

/** Case-insensitive form of a name or query: "Aurskog-Høland" → "aurskog høland". */
function plainName(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Case- and accent-insensitive form: "Aurskog-Høland" → "aurskog holand", "Kárášjohka" → "karasjohka". */
function foldName(text: string): string {
  return plainName(text)
    .replace(/[æøđŋŧ]/g, (letter) => FOLDS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Every municipality decoded so far, by number: one object each, however it was found. */
const decoded = new Map<string, Municipality>();
let allDecoded = false;

/** The line after the newline at `start` in `data`, which starts and ends with a newline. */
function lineAt(data: string, start: number): string {
  const end = data.indexOf('\n', start + 1);
  return data.slice(start + 1, end < 0 ? undefined : end);
}

function countyName(prefix: string): string {
  const start = COUNTIES.indexOf(`\n${prefix}|`);
  return start < 0 ? '' : lineAt(COUNTIES, start).slice(prefix.length + 1);
}

function decode(line: string): Municipality {
  const [number = '', name = '', samiName = '', form = '', site = ''] = line.split('|');
  const known = decoded.get(number);
  if (known) return known;
  const host = site.includes('.') ? site : `www.${site}.kommune.no`;
  const municipality: Municipality = Object.freeze({
    number,
    name,
    ...(samiName ? { samiName } : {}),
    writtenForm: FORMS[form] ?? 'neutral',
    website: `https://${host}`,
    county: countyName(number.slice(0, 2)),
  });
  decoded.set(number, municipality);
  return municipality;
}

/** One municipality by its number, without decoding the other 356 (the widget's usual need). */
function decodeOne(number: string): Municipality | undefined {
  const known = decoded.get(number);
  if (known || allDecoded) return known;
  const start = MUNICIPALITIES.indexOf(`\n${number}|`);
  return start < 0 ? undefined : decode(lineAt(MUNICIPALITIES, start));
}

/** All 357, in no particular order. */
function allRecords(): Iterable<Municipality> {
  if (!allDecoded) {
    for (const line of lines(MUNICIPALITIES)) decode(line);
    allDecoded = true;
  }
  return decoded.values();
}

function buildIndex(): Index {
  const entries: Entry[] = [...allRecords()].map((municipality) => {
    const names = municipality.samiName ? [municipality.name, municipality.samiName] : [municipality.name];
    return { municipality, plain: names.map(plainName), folded: names.map(foldName) };
  });
  // Norwegian order puts Æ, Ø and Å last; two Herøys and two Vålers are told apart by number.
  const collator = new Intl.Collator('nb');
  entries.sort(
    (a, b) =>
      collator.compare(a.municipality.name, b.municipality.name) ||
      a.municipality.number.localeCompare(b.municipality.number),
  );
  const sorted = Object.freeze(entries.map((entry) => entry.municipality));
  return { sorted, entries };
}

function lines(data: string): string[] {
  return data.split('\n').filter((line) => line !== '');
}

function getIndex(): Index {
  index ??= buildIndex();
  return index;
}

/** 0 exact, 1 the name starts with the query, 2 a later word of the name does, undefined no match. */
function rank(keys: readonly string[], query: string): number | undefined {
  let best: number | undefined;
  for (const key of keys) {
    const found = key === query ? 0 : key.startsWith(query) ? 1 : ` ${key}`.includes(` ${query}`) ? 2 : undefined;
    if (found !== undefined && (best === undefined || found < best)) best = found;
  }
  return best;
}

/** The municipality with this four-digit number ("0301" → Oslo), or undefined. */
export function findMunicipalityByNumber(number: string): Municipality | undefined {
  if (typeof number !== 'string') return undefined;
  const trimmed = number.trim();
  if (!/^\d{4}$/.test(trimmed)) return undefined;
  return decodeOne(trimmed);
}

/**
 * Municipalities whose Norwegian or Sami name, or any word in it, starts with the query, ignoring case and
 * accents: "tromso" finds Tromsø, "Høland" finds Aurskog-Høland, "guovdageaidnu" finds Kautokeino.
 * Exact matches come first, then names that start with the query, then names with a later word that does;
 * within each, names that match with the letters as typed ("Hø": Høyanger before Hol), then alphabetical
 * (Norwegian order). Returns [] for an empty or unusable query.
 */
export function findMunicipalitiesByName(query: string, limit: number = DEFAULT_LIMIT): Municipality[] {
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) return [];
  const folded = foldName(query);
  if (folded === '') return [];
  const plain = plainName(query);
  const matches: { municipality: Municipality; rank: number; asTyped: boolean }[] = [];
  for (const entry of getIndex().entries) {
    const found = rank(entry.folded, folded);
    if (found === undefined) continue;
    matches.push({ municipality: entry.municipality, rank: found, asTyped: rank(entry.plain, plain) === found });
  }
  // Within a rank, names that match with the letters as typed come first: "Hø" puts Høyanger before Hol.
  // The entries are in name order and sort is stable, so the rest stays alphabetical.
  matches.sort((a, b) => a.rank - b.rank || Number(b.asTyped) - Number(a.asTyped));
  return matches.slice(0, validLimit(limit)).map((match) => match.municipality);
}

/** Finds the municipality a four-digit postal code belongs to (shared/catalogue/postal-codes.ts has one). */
export type PostalCodeLookup = (code: string) => Municipality | undefined;

/**
 * One search box for a person. Four digits are read as a postal code first, when `byPostalCode` is given, then
 * as a municipality number ("5003" is a postal code in Bergen, "4601" is Bergen's number); anything else
 * searches names the way findMunicipalitiesByName does. Returns [] for empty or unusable input.
 */
export function searchMunicipalitiesWith(
  byPostalCode: PostalCodeLookup | undefined,
  query: string,
  limit?: number,
): Municipality[] {
  if (typeof query !== 'string') return [];
  const trimmed = query.trim();
  if (!/^\d{4}$/.test(trimmed)) return findMunicipalitiesByName(query, limit);
  const found: Municipality[] = [];
  for (const municipality of [byPostalCode?.(trimmed), findMunicipalityByNumber(trimmed)]) {
    if (municipality && !found.includes(municipality)) found.push(municipality);
  }
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 ? found.slice(0, limit) : found;
}

function validLimit(limit: unknown): number {
  return typeof limit === 'number' && Number.isInteger(limit) && limit >= 0 ? limit : DEFAULT_LIMIT;
}

/** All 357 municipalities in Norwegian alphabetical order (Æ, Ø, Å last). */
export function allMunicipalities(): readonly Municipality[] {
  return getIndex().sorted;
}
