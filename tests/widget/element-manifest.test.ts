// The element's published description (widget/element-manifest.ts → dist/widget/custom-elements.json and the
// editors' data made from it) against the element itself, its stylesheet and the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GUIDE_CSS } from '../../shared/ui/styles';
import { ATTRIBUTE_NAMES, type Attributes, type PageContext, parseConfig } from '../../widget/attributes';
import {
  CSS_PROPERTIES,
  customElementsManifest,
  elementDeclaration,
  vscodeCustomData,
  webTypes,
} from '../../widget/element-manifest';

const element = elementDeclaration('1.2.3');
const manifest = customElementsManifest(element);
const page: PageContext = { inheritedLangs: [], baseUrl: 'https://kommune.example/', resolveColor: () => [0, 0, 0] };
const values = (text: string) =>
  text === 'string' ? undefined : text.split(' | ').map((v) => JSON.parse(v) as string);

describe('the Custom Elements Manifest', () => {
  it('declares the element as a custom element under its tag', () => {
    expect(manifest.modules.flatMap((m) => m.declarations)).toEqual([element]);
    expect(manifest.modules.flatMap((m) => m.exports).map((e) => [e.kind, e.name])).toContainEqual([
      'custom-element-definition',
      'get-help-now',
    ]);
  });

  it('lists every attribute the element reads, in its order', () => {
    expect(element.attributes.map((a) => a.name)).toEqual([...ATTRIBUTE_NAMES]);
    expect(element.tagName).toBe('get-help-now');
    for (const attribute of element.attributes) expect(attribute.description, attribute.name).not.toBe('');
  });

  it('lists only values the element takes without a warning', () => {
    for (const attribute of element.attributes) {
      for (const value of values(attribute.type.text) ?? []) {
        const attributes: Attributes = { [attribute.name]: value };
        expect(parseConfig(attributes, page).warnings, `${attribute.name}="${value}"`).toEqual([]);
      }
    }
  });

  it('gives as default the value the element uses when the attribute is missing', () => {
    const withNone = parseConfig({}, page).config;
    const withDefaults = element.attributes.filter((a) => 'default' in a);
    expect(withDefaults.map((a) => a.name)).toEqual(['data-view', 'data-theme', 'data-heading-level']);
    for (const attribute of withDefaults) {
      const given = 'default' in attribute ? attribute.default : '';
      expect(parseConfig({ [attribute.name]: given }, page).config, attribute.name).toEqual(withNone);
    }
  });

  it('carries the version it was built for', () => {
    const version = element.members.find((m) => m.name === 'version');
    expect(version && 'default' in version ? version.default : undefined).toBe('"1.2.3"');
  });

  it('lists a read-only property for each attribute, named as the element names it', () => {
    const fields = element.members.filter((m) => 'attribute' in m);
    expect(fields.map((m) => ('attribute' in m ? [m.name, m.attribute] : []))).toEqual(
      element.attributes.map((a) => [a.fieldName, a.name]),
    );
  });

  it('documents every --ghn-* custom property the stylesheet reads, and only those', () => {
    const used = [...new Set(GUIDE_CSS.match(/--ghn-[a-z-]+/g))].sort();
    expect(CSS_PROPERTIES.map((p) => p.name).sort()).toEqual(used);
    expect(element.cssProperties.map((p) => p.name)).toEqual(CSS_PROPERTIES.map((p) => p.name));
  });
});

describe('the editors’ data made from the manifest', () => {
  it('gives VS Code and JetBrains the same attributes and values', () => {
    const [tag] = vscodeCustomData(element).tags;
    const [jetbrains] = webTypes(element, '1.2.3').contributions.html.elements;
    const expected = element.attributes.map((a) => [a.name, values(a.type.text)]);
    expect(
      tag?.attributes.map((a) => [a.name, 'values' in a ? a.values?.map((v: { name: string }) => v.name) : undefined]),
    ).toEqual(expected);
    expect(
      jetbrains?.attributes.map((a) => [
        a.name,
        'values' in a ? a.values?.map((v: { name: string }) => v.name) : undefined,
      ]),
    ).toEqual(expected);
  });
});

describe('the README’s attribute table', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const rows = [...readme.matchAll(/^\| `(data-[a-z-]+)` +\| (.+?) +\| (.+?) +\|$/gm)].map(([, name, vals, dflt]) => ({
    name,
    values: vals ?? '',
    default: dflt ?? '',
  }));
  /** The `code` values of a cell, with a range such as `1`–`6` spelled out. */
  const codes = (cell: string) =>
    [
      ...cell
        .replace(/`(\d)`–`(\d)`/g, (_, a: string, b: string) => {
          const from = Number(a);
          return Array.from({ length: Number(b) - from + 1 }, (_v, i) => `\`${from + i}\``).join(', ');
        })
        .matchAll(/`([^`]+)`/g),
    ].map((m) => m[1]);

  it('documents the CSS custom properties the manifest lists', () => {
    const documented = [...readme.matchAll(/^\| `(--ghn-[a-z-]+)` +\|/gm)].map((m) => m[1]);
    expect(documented).toEqual(element.cssProperties.map((p) => p.name));
  });

  it('has a row for each attribute in the manifest, and no other', () => {
    expect(rows.map((r) => r.name).sort()).toEqual(element.attributes.map((a) => a.name).sort());
  });

  it('names the values and the default the manifest gives', () => {
    for (const attribute of element.attributes) {
      const row = rows.find((r) => r.name === attribute.name);
      for (const value of values(attribute.type.text) ?? [])
        expect(codes(row?.values ?? ''), attribute.name).toContain(value);
      if ('default' in attribute) expect(codes(row?.default ?? '')[0], attribute.name).toBe(attribute.default);
    }
  });
});
