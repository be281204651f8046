import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ATTRIBUTES } from '../../widget/config';

const typesFile = path.resolve(import.meta.dirname, '../../widget/get-help-now.d.mts');

describe('the published types (widget/get-help-now.d.mts)', () => {
  it('document every attribute the element observes', () => {
    const text = readFileSync(typesFile, 'utf8');
    const documented = [...text.matchAll(/^\s+\* - `(data-[a-z-]+)`/gm)].map((m) => m[1]);
    expect(documented).toEqual([...ATTRIBUTES]);
  });

  it('compile on their own against the DOM types', () => {
    const program = ts.createProgram([typesFile], {
      strict: true,
      noEmit: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: [],
    });
    const messages = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(messages).toEqual([]);
  });
});
