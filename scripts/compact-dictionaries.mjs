// A build plugin that ships every language's texts but Bokmål's as a list in Bokmål's key order, instead of an
// object that repeats each of Bokmål's keys: shared/i18n/<code>/guide.ts (~160 keys) and services.ts (~27).
// The source stays a typed object (a missing key fails the type check); only the bundle changes. Its saving,
// measured on get-help-now.js with six languages, is in the README (Languages).
import path from 'node:path';
import { runnerImport } from 'vite';

const FILES = /[\\/]shared[\\/]i18n[\\/](\w+)[\\/](guide|services)\.ts$/;

/**
 * @param {string} root the repository
 * @param {object} viteConfig the config runnerImport evaluates the texts with
 */
export function compactDictionaries(root, viteConfig) {
  const fromValues = path.join(root, 'shared/i18n/from-values.ts');
  return {
    name: 'compact-dictionaries',
    enforce: 'pre',
    async load(id) {
      const match = FILES.exec(id);
      if (!match || match[1] === 'nb') return null;
      const [, , file] = match;
      const name = file === 'guide' ? 'messages' : 'serviceNames';
      const reference = path.join(root, 'shared/i18n/nb', `${file}.ts`);
      const [{ module: texts }, { module: nb }] = await Promise.all([
        runnerImport(id, viteConfig),
        runnerImport(reference, viteConfig),
      ]);
      const keys = Object.keys(nb[name]);
      if (Object.keys(texts[name]).length !== keys.length) throw new Error(`${id} and ${reference} differ in keys`);
      const values = keys.map((key) => texts[name][key]);
      return [
        `import { ${name} as nb } from ${JSON.stringify(reference)};`,
        `import { fromValues } from ${JSON.stringify(fromValues)};`,
        `export const ${name} = fromValues(Object.keys(nb), ${JSON.stringify(values)});`,
      ].join('\n');
    },
  };
}
