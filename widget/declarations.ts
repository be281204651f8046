// The published types of <get-help-now>, written at build (scripts/build-widget.mjs) into
// dist/widget/get-help-now.d.ts and .d.mts from ATTRIBUTES, so they cannot drift from the element.
// tests/widget/types.test.ts compiles them and checks each property's type against the element's own.
import { AUDIENCES, THEMES } from '../shared/schema/choices';
import { LANGUAGES } from '../shared/schema/language-schema';
import {
  ATTRIBUTES,
  DEFAULT_HEADING_LEVEL,
  DEFAULT_THEME,
  DEFAULT_VIEW,
  HEADING_LEVELS,
  VIEWS,
  type WidgetConfig,
} from './attributes';

const union = (values: readonly (string | number)[]) => values.map((v) => JSON.stringify(v)).join(' | ');

/** What is published of one attribute. */
export interface PublishedAttribute {
  /** The TypeScript type of its property on the element. */
  type: string;
  /** What it does, its values and its default, in Markdown: the JSDoc and the manifest's description. */
  doc: string;
  /** The attribute values the element understands, when they are a closed list (the manifest and editors list them). */
  values?: readonly (string | number)[];
  /** The attribute value used when it is missing or not understood, when that is one fixed value. */
  default?: string;
}

/**
 * Each attribute's type in the declarations and its JSDoc: what it does, its values and its default. A key
 * missing here for an attribute in ATTRIBUTES fails the type check; the test checks each type against the
 * element's own. The Custom Elements Manifest (element-manifest.ts) is made from the same entries.
 */
export const PUBLISHED = {
  municipality: {
    type: 'string | undefined',
    doc: 'A 4-digit municipality number (`4601`) or an unambiguous name (`Bergen`), read as the number of a municipality that exists. Default: none.',
  },
  language: {
    type: union(LANGUAGES),
    values: LANGUAGES,
    doc: `The language: ${LANGUAGES.map((l) => `\`${l}\``).join(' | ')} (a tag such as \`nb-NO\` or \`no\` works too). Default: the nearest \`lang\` attribute the widget speaks, then Nynorsk for a Nynorsk municipality, then \`nb\`.`,
  },
  view: {
    type: union(VIEWS),
    values: VIEWS,
    default: DEFAULT_VIEW,
    doc:
      '`guide` (the full guide inline) | `button` (the emergency numbers and a button that opens the guide in a modal dialog) | `strip` (the emergency numbers and "more help", which opens the dialog). Default: `' +
      DEFAULT_VIEW +
      '`.',
  },
  audience: {
    type: `${union(AUDIENCES)} | undefined`,
    values: AUDIENCES,
    doc: 'Who needs help: `self` | `someone-else` | `young` (a child or young person). Default: none (the guide asks).',
  },
  theme: {
    type: union(THEMES),
    values: THEMES,
    default: DEFAULT_THEME,
    doc: "`light` | `dark` | `auto` (follows the reader's system). Default: `" + DEFAULT_THEME + '`.',
  },
  accent: {
    type: "{ color: string; onAccent: '#000000' | '#ffffff'; contrast: { light: number; dark: number } } | undefined",
    doc: "A CSS colour for links and buttons, used in a theme only where it meets 4.5:1 contrast there; read as the colour in sRGB, the text colour on it and its contrast with each theme's background. Default: the theme's own, or the page's Designsystemet accent token.",
  },
  services: {
    type: 'string | undefined',
    doc: 'An http(s) URL of local services JSON, fetched without cookies, 8 s timeout, read as an absolute URL. It takes the place of a child `<script type="application/json">`. Default: none.',
  },
  headingLevel: {
    type: HEADING_LEVELS.join(' | '),
    values: HEADING_LEVELS,
    default: String(DEFAULT_HEADING_LEVEL),
    doc: `\`1\`–\`6\`, the level of the guide's title. Default: \`${DEFAULT_HEADING_LEVEL}\`.`,
  },
} satisfies Record<keyof WidgetConfig, PublishedAttribute>;

/** `text` as the lines of a JSDoc comment indented by `indent`, wrapped at 110 columns. */
function comment(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + 3 + line.length + 1 + word.length > 110) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`].join('\n');
}

export function elementDeclarations(): string {
  const properties = (Object.keys(ATTRIBUTES) as (keyof WidgetConfig)[]).map((key) => {
    const { type, doc } = PUBLISHED[key];
    return [comment(`\`${ATTRIBUTES[key].name}\`: ${doc}`, '  '), `  readonly ${key}: ${type};`].join('\n');
  });
  const list = Object.values(ATTRIBUTES)
    .map((spec) => `\`${spec.name}\``)
    .join(', ');
  return `// Types of the <get-help-now> element. Generated from widget/attributes.ts by scripts/build-widget.mjs.

/**
 * \`<get-help-now>\`: where to turn for mental-health help in Norway. 113 and 116 117 are on screen from the
 * first paint in every view. Every attribute is optional; a value the element does not understand gives one
 * console warning and the default. Changing an attribute re-renders the element. Each attribute has a
 * read-only property giving its value as the element uses it.
 *
 * @example
 * <script src="get-help-now.js" defer></script>
 * <get-help-now data-municipality="4601" data-lang="nn"></get-help-now>
 *
 * Local services go in a child \`<script type="application/json">{ "services": [ … ] }</script>\` or at a
 * \`data-services\` URL; their JSON Schema is local-services.schema.json.
 */
export declare class GetHelpNowElement extends HTMLElement {
${comment(`The attributes the element reads: ${list}.`, '  ')}
  static readonly observedAttributes: string[];
  /** The version of this copy of the widget, e.g. \`"0.1.0"\`; also on the script's second line. */
  static readonly version: string;
${properties.join('\n')}
  connectedCallback(): void;
  disconnectedCallback(): void;
  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void;
}

/** The element's tag name: \`get-help-now\`. */
export declare const TAG_NAME: 'get-help-now';

/**
 * Registers \`<get-help-now>\` unless something already has (a second copy of the script, of any version,
 * throws nothing). Returns the class registered under the tag, or undefined where custom elements are missing.
 * The script build calls it for you; the ES module does not.
 */
export declare function defineGetHelpNow(registry?: CustomElementRegistry): CustomElementConstructor | undefined;

declare global {
  interface HTMLElementTagNameMap {
    'get-help-now': GetHelpNowElement;
  }
}
`;
}
