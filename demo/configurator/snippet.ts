// What the configurator makes of a web editor's choices: the element's attributes, the snippet to paste, the
// CSP a strict host needs, and the problems in pasted local services. Pure: no DOM, so the tests run it alone.
import type { Audience, Theme } from '../../shared/schema/choices';
import type { Language } from '../../shared/schema/language-schema';
import { type LocalService, LocalServicesSchema } from '../../shared/schema/local-service-schema';
import { type Attribute, ATTRIBUTE_NAMES, ATTRIBUTES, type View } from '../../widget/attributes';
import { listIssues } from '../../shared/schema/format-issues';

/** The configurator's form, one field per attribute it offers; '' is "not set: the element's default". */
export interface Choices {
  municipality: string;
  view: View;
  lang: '' | Language;
  audience: '' | Audience;
  theme: Theme;
  accent: string;
  headingLevel: string;
}

export const DEFAULT_CHOICES: Choices = {
  municipality: '',
  view: 'guide',
  lang: '',
  audience: '',
  theme: 'light',
  accent: '',
  headingLevel: '2',
};

/** Which attribute each choice sets. */
const ATTRIBUTE_OF: Record<keyof Choices, Attribute> = {
  municipality: ATTRIBUTES.municipality.name,
  view: ATTRIBUTES.view.name,
  lang: ATTRIBUTES.language.name,
  audience: ATTRIBUTES.audience.name,
  theme: ATTRIBUTES.theme.name,
  accent: ATTRIBUTES.accent.name,
  headingLevel: ATTRIBUTES.headingLevel.name,
};

/**
 * The attributes for `choices`, in the element's own order: only those that differ from the default, so the
 * snippet says no more than the editor chose.
 */
export function attributesFor(choices: Choices): [Attribute, string][] {
  const set = new Map<Attribute, string>();
  for (const key of Object.keys(ATTRIBUTE_OF) as (keyof Choices)[]) {
    const value = choices[key].trim();
    if (value !== '' && value !== DEFAULT_CHOICES[key]) set.set(ATTRIBUTE_OF[key], value);
  }
  return ATTRIBUTE_NAMES.flatMap((name): [Attribute, string][] => {
    const value = set.get(name);
    return value === undefined ? [] : [[name, value]];
  });
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The widget file as built: where the snippet loads it from, and the hash that pins it. */
export interface WidgetFile {
  src: string;
  /** `sha384-…`, as in dist/widget/integrity.json. */
  integrity: string;
}

/**
 * The HTML to paste: the script with its integrity, and the element with its attributes; with local services,
 * their JSON in a child script element. Every `<` in the JSON is written as `\u003c`, so no text in it can end
 * the script element early.
 */
export function snippetFor(choices: Choices, file: WidgetFile, services?: readonly LocalService[]): string {
  const script = `<script src="${escapeAttribute(file.src)}" integrity="${file.integrity}" crossorigin="anonymous" defer></script>`;
  const attributes = attributesFor(choices)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  if (!services?.length) return `${script}\n<get-help-now${attributes}></get-help-now>`;
  const json = JSON.stringify({ services }, null, 2).replaceAll('<', '\\u003c');
  const indented = json.replaceAll('\n', '\n    ');
  return `${script}\n<get-help-now${attributes}>\n  <script type="application/json">\n    ${indented}\n  </script>\n</get-help-now>`;
}

/** The origin a CSP must allow for `src`: `'self'` for an address on the page's own site. */
export function scriptSource(src: string): string {
  try {
    const url = new URL(src, 'https://page.invalid/');
    return url.origin === 'https://page.invalid' ? "'self'" : url.origin;
  } catch {
    return "'self'";
  }
}

/**
 * A Content-Security-Policy as strict as the widget allows: its script's origin in script-src, and nothing
 * else for it. (The child JSON is a data block, which script-src does not govern; the styles are constructed
 * stylesheets, which style-src 'self' allows.)
 */
export function cspFor(file: WidgetFile): string {
  const source = scriptSource(file.src);
  const scripts = source === "'self'" ? "'self'" : `'self' ${source}`;
  return `Content-Security-Policy: default-src 'self'; script-src ${scripts}; style-src 'self'; require-trusted-types-for 'script'`;
}

/** One problem in pasted local services: where (a JSON path such as `services.0.contacts.0.url`), and what. */
export interface Problem {
  path: string;
  message: string;
}

export type ServicesCheck =
  { state: 'empty' } | { state: 'valid'; services: LocalService[] } | { state: 'invalid'; problems: Problem[] };

/** Checks pasted local services with the widget's own schema and messages. */
export function checkServices(text: string): ServicesCheck {
  if (text.trim() === '') return { state: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      state: 'invalid',
      problems: [{ path: '', message: `This is not valid JSON: ${(error as Error).message}` }],
    };
  }
  const result = LocalServicesSchema.safeParse(data);
  if (result.success) return { state: 'valid', services: result.data.services };
  return { state: 'invalid', problems: listIssues(result.error.issues) };
}
