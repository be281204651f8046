import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { ATTRIBUTE_NAMES } from '../../widget/attributes';
import { elementDeclarations } from '../../widget/declarations';

const root = path.resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'ghn-types-'));
const typesFile = path.join(dir, 'get-help-now.d.mts');
writeFileSync(typesFile, elementDeclarations());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function diagnostics(files: string[], options: ts.CompilerOptions): string[] {
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('the published types (generated get-help-now.d.mts)', () => {
  it('document every attribute the element observes', () => {
    const documented = [...elementDeclarations().matchAll(/^\s+\* `(data-[a-z-]+)`:/gm)].map((m) => m[1]);
    expect(documented).toEqual([...ATTRIBUTE_NAMES]);
  });

  it('compile on their own against the DOM types', () => {
    const options = { strict: true, noEmit: true, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [] };
    expect(diagnostics([typesFile], options)).toEqual([]);
  }, 60_000);

  it("give each property the very type of the element's own getter, and no property it lacks", () => {
    const check = path.join(dir, 'check.ts');
    writeFileSync(
      check,
      `import type { GetHelpNowElement as Published } from './get-help-now.d.mts';
import type { GetHelpNowElement as Source } from ${JSON.stringify(path.join(root, 'widget/get-help-now-element'))};
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Own<E> = Exclude<keyof E, keyof HTMLElement>;
// Every property of either, with the same type in both.
const same: { [K in Own<Published> | Own<Source>]: Same<Published[K & keyof Published], Source[K & keyof Source]> } =
  {} as never;
export const proof: Record<string, true> = same;
`,
    );
    const config = ts.getParsedCommandLineOfConfigFile(
      path.join(root, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    );
    // With the project's ambient types (vite/client's import.meta.glob), as the type check sees the element.
    const ambient = path.join(root, '.wxt/wxt.d.ts');
    expect(diagnostics([check, ambient], { ...config?.options, noEmit: true })).toEqual([]);
  }, 60_000);
});
