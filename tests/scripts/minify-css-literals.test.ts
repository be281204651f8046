import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_CSS } from '../../extension/styles';
import { minifyCss, minifyCssLiterals } from '../../scripts/minify-css-literals.mjs';
import { GUIDE_CSS } from '../../shared/ui/styles';

const root = path.resolve(import.meta.dirname, '../..');

/** The constants of a styles module after the plugin's transform, evaluated the way the bundle would. */
async function transformed(file: string): Promise<Record<string, string>> {
  const id = path.join(root, file);
  const plugin = minifyCssLiterals() as { transform(code: string, id: string): { code: string } | null };
  const result = plugin.transform(await readFile(id, 'utf8'), id);
  if (!result) throw new Error(`${file} was not transformed`);
  const names = [...result.code.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
  const body = result.code.replace(/^export const/gm, 'const');
  return new Function(`${body}\nreturn { ${names.join(', ')} };`)() as Record<string, string>;
}

describe('minifyCss', () => {
  it('drops comments and whitespace but keeps strings, selectors and values', () => {
    expect(
      minifyCss(`/* a comment, with an apostrophe: it's */
      .a  > .b:hover ,  .c [data-x='a  b'] {
        content: ": kept" ;
        width: calc(100% - 1em);
      }`),
    ).toBe(`.a > .b:hover , .c [data-x='a  b']{content:": kept";width:calc(100% - 1em)}`);
  });
});

describe('the minify-css-literals plugin', () => {
  it.each([
    ['shared/ui/styles.ts', 'GUIDE_CSS', GUIDE_CSS],
    ['extension/styles.ts', 'EXTENSION_CSS', EXTENSION_CSS],
  ])('ships %s as minifyCss would make it, interpolations included', async (file, name, source) => {
    const minified = (await transformed(file))[name];
    expect(minified).toBe(minifyCss(source));
    expect(minified?.length).toBeLessThan(source.length * 0.9);
  });
});
