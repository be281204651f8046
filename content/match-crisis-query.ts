import type { Language } from '../shared/schema/languages';
import { crisisRules, mayBeCrisis, type Rule } from './crisis-rules';

/** What the card needs to know about a query of crisis, and nothing else of it: never the words. */
export interface CrisisMatch {
  /** The language the query is written in: the card's language unless the person chose one. */
  lang: Language;
  /** A method sought, or it is happening now: 113 comes first. */
  danger: boolean;
  /** The words suggest a child or young person: the youth lines join the card. */
  young: boolean;
  /** Whom the query is about. */
  forWhom: 'self' | 'someone-else';
}

interface Engine {
  hosts: readonly string[];
  /** The results page's path. */
  path: RegExp;
  /** Parameters that mark another tab of the same page (images, videos, maps, news, shopping). */
  otherTab?: (params: URLSearchParams) => boolean;
}

/**
 * The search engines' web results pages. Google and Bing put images, maps and news on other paths or behind
 * `tbm`/`udm`; DuckDuckGo keeps every tab at `/` and tells them apart with `ia` and `iax`.
 */
const ENGINES: readonly Engine[] = [
  {
    hosts: ['www.google.no', 'www.google.com'],
    path: /^\/search$/,
    // tbm=isch|nws|vid|shop…; udm=2 images, 7 videos, 12 news, 28 shopping; udm=14 is "Web".
    otherTab: (p) => !!p.get('tbm') || (p.has('udm') && p.get('udm') !== '14'),
  },
  { hosts: ['www.bing.com'], path: /^\/search$/ },
  {
    hosts: ['duckduckgo.com'],
    path: /^\/$/,
    otherTab: (p) => p.has('iax') || p.has('iaxm') || /^(images|videos|news|maps|shopping)$/.test(p.get('ia') ?? ''),
  },
  { hosts: ['www.kvasir.no'], path: /^\/alle\/?$/ },
  { hosts: ['www.ecosia.org'], path: /^\/search$/ },
  { hosts: ['search.brave.com'], path: /^\/search$/ },
];

/** The query on a search engine's web results page, or undefined for any other page or tab. */
export function searchQuery(url: URL): string | undefined {
  if (url.protocol !== 'https:') return undefined;
  const engine = ENGINES.find((e) => e.hosts.includes(url.hostname) && e.path.test(url.pathname));
  if (!engine || engine.otherTab?.(url.searchParams)) return undefined;
  const query = url.searchParams.get('q');
  return query?.trim() ? query : undefined;
}

/**
 * The query as the rules read it: Unicode NFKC, lower case, æ/ø/å and their ae/oe/aa spellings as e/o/a, no
 * accents, letters in look-alike digits read as letters (su1c1de), punctuation and runs of spaces as one
 * space, letters held down (diiie) as one; padded with a space at each end so rules can anchor on words.
 */
export function normaliseQuery(query: string): string {
  // Plain ranges rather than Unicode property classes (\p{M}, \p{L}): those load Unicode tables, a cost every
  // ordinary results page would pay. The rules read nb, nn and en, so letters outside a-z are only spaces here.
  const text = query
    .normalize('NFKC')
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .replace(/å/g, 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // can't, don’t, I'm: one word, as typed without the apostrophe.
    .replace(/['’‘`´]/g, '')
    .replace(/[$@](?=[a-z])/g, (c) => (c === '$' ? 's' : 'a'))
    .replace(/(?<=[a-z])[013457](?=[a-z])/g, (d) => LEET[d] ?? d)
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o')
    .replace(/ae/g, 'e')
    .replace(/([a-z])\1{2,}/g, '$1')
    .trim();
  return ` ${text} `;
}

/** Digits written for letters inside a word. */
const LEET: Record<string, string> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't' };

const fires = (text: string) => (r: Rule) => r.pattern.test(text) && !r.unless?.test(text);
const count = (text: string, words: RegExp) => text.match(words)?.length ?? 0;

/** Which of nb, nn and en the query is written in, by its common words; the rule's language breaks a tie. */
function languageOf(text: string, rule: Rule): Language {
  const { BOKMAL, ENGLISH, NORWEGIAN, NYNORSK } = crisisRules();
  const nynorsk = count(text, NYNORSK);
  const norwegian = count(text, NORWEGIAN) + nynorsk;
  const english = count(text, ENGLISH);
  const written = norwegian > english ? 'no' : english > norwegian ? 'en' : rule.lang;
  if (written === 'en') return 'en';
  return nynorsk > count(text, BOKMAL) ? 'nn' : 'nb';
}

/**
 * Whether a search query speaks of crisis: suicide, self-harm, not wanting to live, or a way to die, about
 * oneself or someone else, in Bokmål, Nynorsk or English. Undefined for everything else, idioms, titles and
 * news of attacks included. Pure: the query is read here and nowhere kept.
 */
export function matchCrisisText(query: string): CrisisMatch | undefined {
  const text = normaliseQuery(query);
  if (!mayBeCrisis(text)) return undefined;
  const {
    DANGER_NOW,
    ENGLISH_I,
    EXCLUSIONS,
    FIRST_PERSON,
    SHORT_QUERY_WORDS,
    SOMEONE_ELSE,
    STRONG_RULES,
    WEAK_RULES,
    YOUNG,
  } = crisisRules();
  if (EXCLUSIONS.some((words) => words.test(text))) return undefined;
  const short = text.trim().split(' ').length <= SHORT_QUERY_WORDS;
  const matched = STRONG_RULES.filter(fires(text)).concat(short ? WEAK_RULES.filter(fires(text)) : []);
  const first = matched[0];
  if (!first) return undefined;
  const lang = languageOf(text, first);
  const aboutMe = FIRST_PERSON.test(text) || (lang === 'en' && ENGLISH_I.test(text));
  return {
    lang,
    danger: matched.some((r) => r.danger) || DANGER_NOW.test(text),
    young: YOUNG.test(text),
    forWhom: !aboutMe && SOMEONE_ELSE.test(text) ? 'someone-else' : 'self',
  };
}

/**
 * The search help card's question of a page: is this a search engine's web results page for a query of
 * crisis? Returns what the card needs (language, danger, young, for whom), or undefined.
 *
 * @example matchCrisisQuery(new URL('https://www.google.no/search?q=vil+ikkje+leve+lenger'))
 *   // → { lang: 'nn', danger: false, young: false, forWhom: 'self' }
 * @example matchCrisisQuery(new URL('https://www.google.no/search?q=jeg+d%C3%B8r+av+latter')) // → undefined
 */
export function matchCrisisQuery(url: URL): CrisisMatch | undefined {
  const query = searchQuery(url);
  return query === undefined ? undefined : matchCrisisText(query);
}
