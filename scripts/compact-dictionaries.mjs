// A build plugin that ships every dictionary but Bokmål as a list of its texts in nb's key order, instead of
// an object that repeats each of nb's ~160 keys. The source stays a typed object (a missing key fails the type
// check); only the bundle changes. Measured on the widget with six languages: see README (Languages).
import path from 'node:path';
import { runnerImport } from 'vite';

/**
 * @param {string} root the repository
 * @param {object} viteConfig the config runnerImport evaluates the dictionaries with
 */
export function compactDictionaries(root, viteConfig) {
  const i18n = path.join(root, 'shared/i18n');
  const reference = path.join(i18n, 'nb.ts');
  const catalogue = path.join(root, 'shared/catalogue/services.ts');
  const fromValues = path.join(i18n, 'from-values.ts');
  /** file → [exported name, the module that gives the key order, its export, the keys' expression] */
  const isMessages = (id) => /[\\/]shared[\\/]i18n[\\/](?:(?:nn|en)\.ts|(?:uk|pl|ar)[\\/]messages\.ts)$/.test(id);
  const isNames = (id) => /[\\/]shared[\\/]i18n[\\/](?:uk|pl|ar)[\\/]service-names\.ts$/.test(id);
  return {
    name: 'compact-dictionaries',
    enforce: 'pre',
    async load(id) {
      if (!isMessages(id) && !isNames(id)) return null;
      const { module } = await runnerImport(id, viteConfig);
      const entries = Object.entries(module);
      if (entries.length !== 1) throw new Error(`Expected one export in ${id}`);
      const [[name, dictionary]] = entries;
      if (isMessages(id)) {
        const { module: ref } = await runnerImport(reference, viteConfig);
        const values = Object.keys(ref.nb).map((key) => dictionary[key]);
        return [
          `import { nb } from ${JSON.stringify(reference)};`,
          `import { fromValues } from ${JSON.stringify(fromValues)};`,
          `export const ${name} = fromValues(Object.keys(nb), ${JSON.stringify(values)});`,
        ].join('\n');
      }
      const { module: services } = await runnerImport(catalogue, viteConfig);
      const values = services.SERVICES.map((service) => dictionary[service.id]);
      return [
        `import { SERVICES } from ${JSON.stringify(catalogue)};`,
        `import { fromValues } from ${JSON.stringify(fromValues)};`,
        `export const ${name} = fromValues(SERVICES.map((s) => s.id), ${JSON.stringify(values)});`,
      ].join('\n');
    },
  };
}
