import {
  findMunicipalitiesByName,
  findMunicipalityByNumber,
  type Municipality,
} from '../shared/catalogue/municipalities';
import { languageFromTag } from '../shared/i18n/language-tag';
import { AUDIENCES, THEMES, type Theme } from '../shared/schema/choices';
import { LANGUAGES, type Language } from '../shared/schema/language-schema';
import { PREFIX } from './prefix';
import { type Accent, MIN_CONTRAST, type Rgb, toAccent } from './accent';

/** What the element knows about the page it sits in, passed in so that parsing needs no DOM. */
export interface PageContext {
  /** `lang` attributes from the nearest outward, e.g. `[closest('[lang]').lang, document.documentElement.lang]`. */
  inheritedLangs: readonly string[];
  /** The page's base URL, to resolve a relative `data-services`. */
  baseUrl: string;
  /** A CSS colour in sRGB, or undefined when `value` is not a colour. */
  resolveColor(value: string): Rgb | undefined;
}

/** What an attribute's parser is given besides its own value. */
interface ParseContext {
  page: PageContext;
  /**
   * The values of the attributes defined before this one that another parser depends on. (Typed apart from
   * WidgetConfig, which is derived from the parsers; parseConfig passes the config so far, which TypeScript
   * checks against this.)
   */
  earlier: { readonly municipality?: string | undefined; readonly theme?: Theme };
  /** Reports what was wrong with this attribute's value, and what the element does instead. */
  warn(problem: string, instead: string): void;
}

/**
 * One attribute of the element: its name and its parser. Its published type and text are in declarations.ts,
 * which the type check holds to this list; they stay out of the bundle.
 */
interface AttributeSpec<T, N extends `data-${string}` = `data-${string}`> {
  name: N;
  /** The value as given (trimmed, undefined when absent or empty) to the typed value, never throwing. */
  parse(raw: string | undefined, context: ParseContext): T;
}

/** Keeps the attribute's name as a literal type, and its value's type as `T`. */
const attribute =
  <T>() =>
  <const N extends `data-${string}`>(spec: AttributeSpec<T, N>) =>
    spec;

/** One of `allowed` (case-insensitive), or undefined with a warning saying what is used `instead`. */
function oneOf<T extends string>(allowed: readonly T[], instead: string) {
  return (raw: string | undefined, { warn }: ParseContext): T | undefined => {
    if (raw === undefined) return undefined;
    const value = raw.toLowerCase();
    if ((allowed as readonly string[]).includes(value)) return value as T;
    warn(`is not one of ${allowed.join(', ')}`, instead);
    return undefined;
  };
}

export const DEFAULT_VIEW = 'guide';
export const DEFAULT_THEME = 'light';
export const HEADING_LEVELS = [1, 2, 3, 4, 5, 6] as const;
export const DEFAULT_HEADING_LEVEL = 2;
export const VIEWS = ['guide', 'button', 'strip'] as const;
export type View = (typeof VIEWS)[number];

/**
 * The element's attributes, keyed by the name of the element's property that reads each one. Every getter,
 * warning, default and type comes from here: an attribute is added here (and its published text in
 * declarations.ts, which the type check asks for). Parsed in
 * this order, so that a parser can use the values above it (the language follows the municipality's written
 * form, the accent is checked against the theme).
 */
export const ATTRIBUTES = {
  municipality: attribute<string | undefined>()({
    name: 'data-municipality',
    parse(raw, { warn }) {
      if (raw === undefined) return undefined;
      const found = findMunicipality(raw);
      if ('municipality' in found) return found.municipality.number;
      warn(found.problem, 'using none');
      return undefined;
    },
  }),
  language: attribute<Language>()({
    name: 'data-lang',
    parse(raw, { page, earlier, warn }) {
      const inherited = page.inheritedLangs.map(languageFromTag).find((lang) => lang !== undefined);
      const form = earlier.municipality ? findMunicipalityByNumber(earlier.municipality)?.writtenForm : undefined;
      const fallback: Language = inherited ?? (form === 'neutral' ? undefined : form) ?? 'nb';
      const chosen = raw === undefined ? undefined : languageFromTag(raw);
      if (raw !== undefined && chosen === undefined) {
        warn(`is not one of ${LANGUAGES.join(', ')}`, `using ${JSON.stringify(fallback)}`);
      }
      return chosen ?? fallback;
    },
  }),
  view: attribute<View>()({
    name: 'data-view',
    parse: (raw, context) => oneOf(VIEWS, `using "${DEFAULT_VIEW}"`)(raw, context) ?? DEFAULT_VIEW,
  }),
  audience: attribute<(typeof AUDIENCES)[number] | undefined>()({
    name: 'data-for',
    parse: oneOf(AUDIENCES, 'using none (the guide asks)'),
  }),
  theme: attribute<Theme>()({
    name: 'data-theme',
    parse: (raw, context) => oneOf(THEMES, `using "${DEFAULT_THEME}"`)(raw, context) ?? DEFAULT_THEME,
  }),
  accent: attribute<Accent | undefined>()({
    name: 'data-accent',
    parse: (raw, { page, earlier, warn }) =>
      raw === undefined ? undefined : accentFor(raw, earlier.theme ?? DEFAULT_THEME, page, warn),
  }),
  services: attribute<string | undefined>()({
    name: 'data-services',
    parse: (raw, { page, warn }) => (raw === undefined ? undefined : servicesUrl(raw, page, warn)),
  }),
  headingLevel: attribute<(typeof HEADING_LEVELS)[number]>()({
    name: 'data-heading-level',
    parse(raw, { warn }) {
      if (raw === undefined) return DEFAULT_HEADING_LEVEL;
      const level = HEADING_LEVELS.find((l) => String(l) === raw);
      if (level) return level;
      warn('is not a heading level from 1 to 6', `using ${JSON.stringify(String(DEFAULT_HEADING_LEVEL))}`);
      return DEFAULT_HEADING_LEVEL;
    },
  }),
};

type Specs = typeof ATTRIBUTES;
/** The element's attributes as typed values: every one whitelisted, with a default, never null. */
export type WidgetConfig = { [K in keyof Specs]: ReturnType<Specs[K]['parse']> };
export type Attribute = Specs[keyof Specs]['name'];
/** The attributes' names, in the order they are parsed; changing any of them re-renders the element. */
export const ATTRIBUTE_NAMES = Object.values(ATTRIBUTES).map((spec) => spec.name);

export type Attributes = Partial<Record<Attribute, string | null>>;

// Long enough to recognise a value, short enough that a megabyte of junk does not flood the console.
const MAX_SHOWN = 60;

/** `data-view="carousel"`, the value quoted as JSON would, cut short when long. */
function named(attribute: string, value: string): string {
  const cut = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN - 1)}…` : value;
  return `${attribute}=${JSON.stringify(cut)}`;
}

/** The one warning format: what was wrong with which attribute, and what the element does instead. */
export function warning(attribute: string, value: string, problem: string, instead: string): string {
  return `${PREFIX} ${named(attribute, value)} ${problem}; ${instead}.`;
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

type Warn = ParseContext['warn'];

function accentFor(raw: string, theme: Theme, context: PageContext, warn: Warn): Accent | undefined {
  const rgb = context.resolveColor(raw);
  if (!rgb) {
    warn('is not a CSS colour', 'using the default accent');
    return undefined;
  }
  const accent = toAccent(rgb);
  const schemes = theme === 'auto' ? (['light', 'dark'] as const) : [theme];
  for (const scheme of schemes) {
    const ratio = accent.contrast[scheme];
    if (ratio < MIN_CONTRAST) {
      const problem = `has a contrast of ${ratio.toFixed(1)}:1 with the ${scheme} background, below the ${MIN_CONTRAST}:1 that text needs`;
      warn(problem, `using the default accent in the ${scheme} theme`);
    }
  }
  return accent;
}

function servicesUrl(raw: string, context: PageContext, warn: Warn): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(raw, context.baseUrl);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return url.href;
  warn('is not an http(s) URL', 'showing the national services only');
  return undefined;
}

/**
 * The element's attributes as a config, and one warning per attribute that was not understood. Values are
 * trimmed and case-insensitive; an empty attribute counts as absent.
 *
 * The language is the first of: `data-lang`; the nearest `lang` the widget speaks; Nynorsk for a municipality
 * whose official written form is Nynorsk (Bokmål for Bokmål ones); Bokmål.
 */
export function parseConfig(attributes: Attributes, page: PageContext): { config: WidgetConfig; warnings: string[] } {
  const warnings: string[] = [];
  const config: Partial<WidgetConfig> = {};
  for (const [key, spec] of Object.entries(ATTRIBUTES) as [keyof WidgetConfig, AttributeSpec<unknown>][]) {
    const raw = attributes[spec.name as Attribute]?.trim() || undefined;
    const warn = (problem: string, instead: string) => warnings.push(warning(spec.name, raw ?? '', problem, instead));
    Object.assign(config, { [key]: spec.parse(raw, { page, earlier: config, warn }) });
  }
  return { config: config as WidgetConfig, warnings };
}
