// The element's API described for tools, written at build (scripts/build-widget.mjs) into dist/widget/:
//   custom-elements.json          Custom Elements Manifest (schema 2.1.0), what editors, Storybook and docs read
//   vscode.html-custom-data.json  VS Code's HTML custom data: completion and hover for <get-help-now>
//   web-types.json                JetBrains web-types: the same for WebStorm and IntelliJ
// All three come from the element's ATTRIBUTES and their published text (PUBLISHED in declarations.ts, which
// the .d.mts is made from too); nothing here is in the bundle.
import { ATTRIBUTES, type WidgetConfig } from './attributes';
import { PUBLISHED, type PublishedAttribute } from './declarations';
import type { TAG_NAME } from './define';

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

const KEYS = Object.keys(ATTRIBUTES) as (keyof WidgetConfig)[];
const union = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(' | ');

/** `<get-help-now>` as a class declaration of the Custom Elements Manifest, from ATTRIBUTES and PUBLISHED. */
export function elementDeclaration(version: string) {
  const attributes = KEYS.map((key) => {
    const published: PublishedAttribute = PUBLISHED[key];
    return {
      name: ATTRIBUTES[key].name,
      description: published.doc,
      type: { text: published.values ? union(published.values.map(String)) : 'string' },
      fieldName: key,
      // An attribute's default is the value itself, not an expression (the schema's words).
      ...(published.default === undefined ? {} : { default: published.default }),
    };
  });
  const properties = KEYS.map((key) => ({
    kind: 'field',
    name: key,
    readonly: true,
    type: { text: PUBLISHED[key].type },
    attribute: ATTRIBUTES[key].name,
    description: `The value of \`${ATTRIBUTES[key].name}\` as the element uses it, its default when missing or not understood.`,
  }));
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
      ...properties,
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
