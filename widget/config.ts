import {
  findMunicipalitiesByName,
  findMunicipalityByNumber,
  type Municipality,
} from '../shared/catalogue/municipalities';
import { languageFromTag } from '../shared/i18n/language-tag';
import { type Language, LANGUAGES } from '../shared/schema/language-schema';
import type { Theme } from '../shared/ui/GetHelpNow';
import type { Audience } from '../shared/ui/guide-model';
import { type Accent, MIN_CONTRAST, type Rgb, toAccent } from './accent';

/** The attributes the element reads; changing any of them re-renders it. */
export const ATTRIBUTES = [
  'data-lang',
  'data-municipality',
  'data-view',
  'data-for',
  'data-theme',
  'data-accent',
  'data-services',
  'data-heading-level',
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const VIEWS = ['guide', 'button', 'strip'] as const;
export type View = (typeof VIEWS)[number];
export const AUDIENCES = ['self', 'someone-else', 'young'] as const satisfies readonly Audience[];
export const THEMES = ['light', 'dark', 'auto'] as const satisfies readonly Theme[];

/** The element's attributes as typed values: every one whitelisted, with a default, never null. */
export interface WidgetConfig {
  lang: Language;
  /** A four-digit municipality number that exists; undefined when none was given or it was not understood. */
  municipality: string | undefined;
  view: View;
  audience: Audience | undefined;
  theme: Theme;
  accent: Accent | undefined;
  /** An absolute http(s) URL of the host's local services. */
  services: string | undefined;
  /** The level of the guide's title, 1–6. */
  headingLevel: number;
}

/** What the element knows about the page it sits in, passed in so that parsing needs no DOM. */
export interface PageContext {
  /** `lang` attributes from the nearest outward, e.g. `[closest('[lang]').lang, document.documentElement.lang]`. */
  inheritedLangs: readonly string[];
  /** The page's base URL, to resolve a relative `data-services`. */
  baseUrl: string;
  /** A CSS colour in sRGB, or undefined when `value` is not a colour. */
  resolveColor(value: string): Rgb | undefined;
}

export type Attributes = Partial<Record<Attribute, string | null>>;

export const DEFAULT_HEADING_LEVEL = 2;
// Long enough to recognise a value, short enough that a megabyte of junk does not flood the console.
const MAX_SHOWN = 60;

/** `data-view="carousel"`, the value quoted as JSON would, cut short when long. */
function named(attribute: Attribute, value: string): string {
  const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
  return `${attribute}=${JSON.stringify(cut)}`;
}

/** The one warning format: what was wrong with which attribute, and what the element does instead. */
export function warning(attribute: Attribute, value: string, problem: string, instead: string): string {
  return `[get-help-now] ${named(attribute, value)} ${problem}; ${instead}.`;
}

// The root collation treats ø as o and æ as ae at base strength, the way Norwegians type without those keys.
// Made on first use: building a collator loads locale data, a cost every page would pay at load for a lookup
// that only a data-municipality given by name needs.
let sameName: Intl.Collator | undefined;
const collator = () => (sameName ??= new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true }));

type Found = { municipality: Municipality } | { problem: string };

function findMunicipality(value: string): Found {
  if (/^\d+$/.test(value)) {
    const municipality = findMunicipalityByNumber(value);
    return municipality ? { municipality } : { problem: 'is not a municipality number' };
  }
  const candidates = findMunicipalitiesByName(value);
  const exact = candidates.filter((m) =>
    [m.name, m.samiName].some((name) => name !== undefined && collator().compare(value, name) === 0),
  );
  const list = (ms: readonly Municipality[]) => ms.map((m) => `${m.number} ${m.name}`);
  const [only] = exact;
  if (only && exact.length === 1) return { municipality: only };
  if (exact.length > 1) return { problem: `could be ${list(exact).join(' or ')} (give the number)` };
  const guesses = list(candidates.slice(0, 3));
  return {
    problem: guesses.length
      ? `is not a municipality name (did you mean ${guesses.join(', ')}?)`
      : 'is not a municipality number or name',
  };
}

/** One of `allowed`, or undefined with a warning saying what is used `instead`. */
function oneOf<T extends string>(
  attribute: Attribute,
  raw: string | undefined,
  allowed: readonly T[],
  instead: string,
  warnings: string[],
): T | undefined {
  if (raw === undefined) return undefined;
  const value = raw.toLowerCase();
  if ((allowed as readonly string[]).includes(value)) return value as T;
  warnings.push(warning(attribute, raw, `is not one of ${allowed.join(', ')}`, instead));
  return undefined;
}

function accentFor(raw: string, theme: Theme, context: PageContext, warnings: string[]): Accent | undefined {
  const rgb = context.resolveColor(raw);
  if (!rgb) {
    warnings.push(warning('data-accent', raw, 'is not a CSS colour', 'using the default accent'));
    return undefined;
  }
  const accent = toAccent(rgb);
  const schemes = theme === 'auto' ? (['light', 'dark'] as const) : [theme];
  for (const scheme of schemes) {
    const ratio = accent.contrast[scheme];
    if (ratio < MIN_CONTRAST) {
      const problem = `has a contrast of ${ratio.toFixed(1)}:1 with the ${scheme} background, below the ${MIN_CONTRAST}:1 that text needs`;
      warnings.push(warning('data-accent', raw, problem, `using the default accent in the ${scheme} theme`));
    }
  }
  return accent;
}

function servicesUrl(raw: string, context: PageContext, warnings: string[]): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(raw, context.baseUrl);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return url.href;
  warnings.push(warning('data-services', raw, 'is not an http(s) URL', 'showing the national services only'));
  return undefined;
}

/**
 * The element's attributes as a config, and one warning per attribute that was not understood. Values are
 * trimmed and case-insensitive; an empty attribute counts as absent.
 *
 * The language is the first of: `data-lang`; the nearest `lang` the widget speaks; Nynorsk for a municipality
 * whose official written form is Nynorsk (Bokmål for Bokmål ones); Bokmål.
 */
export function parseConfig(
  attributes: Attributes,
  context: PageContext,
): { config: WidgetConfig; warnings: string[] } {
  const warnings: string[] = [];
  const read = (name: Attribute) => attributes[name]?.trim() || undefined;

  const municipalityValue = read('data-municipality');
  let municipality: Municipality | undefined;
  if (municipalityValue !== undefined) {
    const found = findMunicipality(municipalityValue);
    if ('municipality' in found) municipality = found.municipality;
    else warnings.push(warning('data-municipality', municipalityValue, found.problem, 'using none'));
  }

  const inherited = context.inheritedLangs.map(languageFromTag).find((lang) => lang !== undefined);
  const written = municipality?.writtenForm === 'neutral' ? undefined : municipality?.writtenForm;
  const fallbackLang: Language = inherited ?? written ?? 'nb';
  const langValue = read('data-lang');
  const chosenLang = langValue === undefined ? undefined : languageFromTag(langValue);
  if (langValue !== undefined && chosenLang === undefined) {
    warnings.push(
      warning('data-lang', langValue, `is not one of ${LANGUAGES.join(', ')}`, `using ${JSON.stringify(fallbackLang)}`),
    );
  }
  const lang = chosenLang ?? fallbackLang;

  const view = oneOf('data-view', read('data-view'), VIEWS, 'using "guide"', warnings) ?? 'guide';
  const audience = oneOf('data-for', read('data-for'), AUDIENCES, 'using none (the guide asks)', warnings);
  const theme = oneOf('data-theme', read('data-theme'), THEMES, 'using "light"', warnings) ?? 'light';

  const accentValue = read('data-accent');
  const accent = accentValue === undefined ? undefined : accentFor(accentValue, theme, context, warnings);
  const servicesValue = read('data-services');
  const services = servicesValue === undefined ? undefined : servicesUrl(servicesValue, context, warnings);

  const levelValue = read('data-heading-level');
  let headingLevel = DEFAULT_HEADING_LEVEL;
  if (levelValue !== undefined) {
    if (/^[1-6]$/.test(levelValue)) headingLevel = Number(levelValue);
    else {
      const instead = `using ${JSON.stringify(String(DEFAULT_HEADING_LEVEL))}`;
      warnings.push(warning('data-heading-level', levelValue, 'is not a heading level from 1 to 6', instead));
    }
  }

  return {
    config: { lang, municipality: municipality?.number, view, audience, theme, accent, services, headingLevel },
    warnings,
  };
}
