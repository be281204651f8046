import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** The layer rules ESLint reports for `code` placed at `file`, with the repository's own configuration. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.ruleId ?? '');
}

describe('the layers (eslint.config.js)', () => {
  it.each([
    ['shared/schema/x.ts', "import { CATALOGUE } from '../catalogue/services';\nexport const x = CATALOGUE;"],
    ['shared/schema/x.ts', "import { t } from '../i18n/messages';\nexport const x = t;"],
    ['shared/routing/x.ts', "import { h } from 'preact';\nexport const x = h;"],
    ['shared/catalogue/x.ts', "import { signal } from '@preact/signals';\nexport const x = signal(1);"],
    ['shared/i18n/x.ts', 'export const x = () => document.title;'],
    ['shared/ui/x.ts', "import { TAG_NAME } from '../../widget/define';\nexport const x = TAG_NAME;"],
    ['widget/x.ts', "import { t } from '../extension/i18n/messages';\nexport const x = t;"],
    ['extension/x.ts', "import { TAG_NAME } from '../widget/define';\nexport const x = TAG_NAME;"],
    ['content/x.ts', "import { t } from '../extension/i18n/messages';\nexport const x = t;"],
  ])('fail %s on a deliberate violation', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/catalogue/x.ts', "import { LANGUAGES } from '../schema/languages';\nexport const x = LANGUAGES;"],
    ['shared/ui/x.ts', "import { h } from 'preact';\nimport { t } from '../i18n/messages';\nexport const x = [h, t];"],
    ['widget/x.ts', "import { t } from '../shared/i18n/messages';\nexport const x = t;"],
  ])('let %s import from below it', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
