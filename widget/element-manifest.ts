// The element's API described for tools, written at build (scripts/build-widget.mjs) into dist/widget/:
//   custom-elements.json          Custom Elements Manifest (schema 2.1.0), what editors, Storybook and docs read
//   vscode.html-custom-data.json  VS Code's HTML custom data: completion and hover for <get-help-now>
//   web-types.json                JetBrains web-types: the same for WebStorm and IntelliJ
// All three come from one description, made from the element's ATTRIBUTES; nothing here is in the bundle.
import { LANGUAGES } from '../shared/schema/language-schema';
import { ATTRIBUTES, type Attribute, AUDIENCES, DEFAULT_HEADING_LEVEL, THEMES, VIEWS } from './config';
import type { TAG_NAME } from './define';

interface AttributeDoc {
  /** What it does, in a sentence or two of Markdown. */
  description: string;
  /** The values the element understands, when they are a list. */
  values?: readonly string[];
  /** The value used when the attribute is missing or not understood, when it is one fixed value. */
  default?: string;
  /** Its read-only property on the element, and that property's TypeScript type. */
  property?: { name: string; type: string };
}

const union = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(' | ');

/** Each attribute's published description; a missing one fails the type check. */
export const ATTRIBUTE_DOCS: Record<Attribute, AttributeDoc> = {
  'data-lang': {
    description:
      'The language. Tags such as `nb-NO` or `no` work too. Default: the nearest `lang` the widget speaks, then the ' +
      "municipality's official written form (Nynorsk municipalities get `nn`), then `nb`.",
    values: LANGUAGES,
  },
  'data-municipality': {
    description:
      'A 4-digit municipality number (`4601`), or a name matched exactly but ignoring case and accents (`tromso`, ' +
      '`Guovdageaidnu`). Default: none, national guidance; an unknown or ambiguous name warns.',
  },
  'data-view': {
    description:
      '`guide`: the guide inline. `button`: a "Få hjelp nå" button opening the guide in a modal dialog. `strip`: ' +
      '113, 116 117 and a 24/7 helpline, with "more help" opening the guide.',
    values: VIEWS,
    default: 'guide',
  },
  'data-for': {
    description:
      'Who needs help: `self`, `someone-else`, or `young` (a child or young person). Default: none, the guide asks.',
    values: AUDIENCES,
  },
  'data-theme': {
    description: '`light`, `dark`, or `auto` (follows the device).',
    values: THEMES,
    default: 'light',
  },
  'data-accent': {
    description:
      'Any CSS colour, used where it reads at 4.5:1 on the theme’s background, with black or white text on it. ' +
      'Default: the page’s Designsystemet accent token if it defines one, else dark blue.',
  },
  'data-services': {
    description:
      'An http(s) URL, relative allowed, of a local services JSON file (fetched without cookies, 8 s timeout). ' +
      'Default: none; a child `<script type="application/json">` is read instead.',
  },
  'data-heading-level': {
    description: "The level of the guide's title, `1`–`6`, to fit the page's outline.",
    values: ['1', '2', '3', '4', '5', '6'],
    default: String(DEFAULT_HEADING_LEVEL),
  },
};

/**
 * The CSS custom properties a host page may set on `get-help-now` (they inherit into the shadow root). Each
 * overrides one colour in both themes; `data-accent` takes the place of the two accent ones. The widget does
 * not check the contrast of colours set this way: keep text at 4.5:1. The emergency numbers' own colours are
 * not among them.
 */
export const CSS_PROPERTIES: readonly { name: `--ghn-${string}`; description: string }[] = [
  { name: '--ghn-bg', description: 'The background.' },
  { name: '--ghn-surface', description: 'The background of cards and answers.' },
  { name: '--ghn-text', description: 'The text.' },
  { name: '--ghn-muted', description: 'Secondary text (hints, opening hours).' },
  { name: '--ghn-border', description: 'Borders of cards, fields and buttons.' },
  { name: '--ghn-accent', description: 'Links and the main buttons (as `data-accent`, which wins over it).' },
  { name: '--ghn-on-accent', description: 'Text on the accent colour.' },
  { name: '--ghn-focus', description: 'The focus ring.' },
];

const ELEMENT_DESCRIPTION =
  'Where to turn for mental-health help in Norway: a calm guide, with 113 and 116 117 one tap away from the first ' +
  'paint in every view. Every attribute is optional; a value the element does not understand gives one console ' +
  'warning and the default. Renders in an open shadow root and requests nothing but a `data-services` URL.';

const SOURCE = 'widget/get-help-now-element.ts';
/** The tag, checked against define.ts's without loading the element (which needs a DOM). */
const TAG = 'get-help-now' satisfies typeof TAG_NAME;

/** `<get-help-now>` as a class declaration of the Custom Elements Manifest. */
export function elementDeclaration(version: string) {
  const attributes = ATTRIBUTES.map((name) => {
    const doc = ATTRIBUTE_DOCS[name];
    return {
      name,
      description: doc.description,
      type: { text: doc.values ? union(doc.values) : 'string' },
      // An attribute's default is the value itself, not an expression (the schema's words).
      ...(doc.default === undefined ? {} : { default: doc.default }),
    };
  });
  return {
    kind: 'class',
    name: 'GetHelpNowElement',
    tagName: TAG,
    customElement: true,
    description: ELEMENT_DESCRIPTION,
    superclass: { name: 'HTMLElement' },
    attributes,
    members: [
      {
        kind: 'field',
        name: 'version',
        static: true,
        readonly: true,
        type: { text: 'string' },
        default: JSON.stringify(version),
        description: 'The version of this copy of the widget.',
      },
    ],
    events: [],
    slots: [],
    cssParts: [],
    cssProperties: CSS_PROPERTIES.map(({ name, description }) => ({ name, description, syntax: '<color>' })),
  };
}

export type ElementDeclaration = ReturnType<typeof elementDeclaration>;

/** `"guide" | "button"` back to its values; undefined for a plain `string`. */
const valuesOf = (type: { text: string }): string[] | undefined =>
  type.text === 'string' ? undefined : type.text.split(' | ').map((v) => JSON.parse(v) as string);

/** The Custom Elements Manifest (https://github.com/webcomponents/custom-elements-manifest, schema 2.1.0). */
export function customElementsManifest(declaration: ElementDeclaration) {
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [
      {
        kind: 'javascript-module',
        path: SOURCE,
        declarations: [declaration],
        exports: [
          { kind: 'js', name: 'GetHelpNowElement', declaration: { name: 'GetHelpNowElement', module: SOURCE } },
        ],
      },
      {
        kind: 'javascript-module',
        path: 'widget/define.ts',
        declarations: [],
        exports: [
          { kind: 'custom-element-definition', name: TAG, declaration: { name: 'GetHelpNowElement', module: SOURCE } },
        ],
      },
    ],
  };
}

/** VS Code's HTML custom data (https://github.com/microsoft/vscode-custom-data), from the same declaration. */
export function vscodeCustomData(declaration: ElementDeclaration) {
  return {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: [
      {
        name: declaration.tagName,
        description: { kind: 'markdown', value: declaration.description },
        attributes: declaration.attributes.map((attribute) => {
          const values = valuesOf(attribute.type);
          return {
            name: attribute.name,
            description: { kind: 'markdown', value: attribute.description },
            ...(values ? { values: values.map((name) => ({ name })) } : {}),
          };
        }),
      },
    ],
  };
}

/** JetBrains web-types (https://github.com/JetBrains/web-types), from the same declaration. */
export function webTypes(declaration: ElementDeclaration, version: string) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: 'get-help-now',
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: [
          {
            name: declaration.tagName,
            description: declaration.description,
            attributes: declaration.attributes.map((attribute) => {
              const values = valuesOf(attribute.type);
              return {
                name: attribute.name,
                description: attribute.description,
                value: { kind: 'plain', type: 'string', required: false },
                ...(values ? { values: values.map((name) => ({ name })) } : {}),
                ...('default' in attribute ? { default: attribute.default } : {}),
              };
            }),
            css: { properties: declaration.cssProperties.map(({ name, description }) => ({ name, description })) },
          },
        ],
      },
    },
  };
}
