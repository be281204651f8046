// A build plugin that ships every language's texts but Bokmål's as a list in Bokmål's key order, instead of an
// object that repeats each of Bokmål's keys: shared/i18n/<code>/guide.ts (~160 keys) and services.ts (~27);
// Ukrainian's and Arabic's packed one byte a letter (packTexts).
// The source stays a typed object (a missing key fails the type check); only the bundle changes. Its saving,
// measured on get-help-now.js with six languages, is in the README (Languages).
import path from 'node:path';
import { runnerImport } from 'vite';

const FILES = /[\\/]shared[\\/]i18n[\\/](\w+)[\\/](guide|services)\.ts$/;
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Packs texts written mostly in one non-Latin script (Ukrainian, Arabic) one byte a letter: their 52 most
 * frequent non-ASCII characters become the letters A–Z, a–z (the table says which), and the Latin letters
 * among them (Norwegian names, placeholders) go between `~`. A bundle kept to ASCII then needs no `\uXXXX`
 * (six bytes) for each Cyrillic or Arabic letter, and gzip does better on one byte than on UTF-8's two.
 * shared/i18n/from-values.ts unpacks them. Texts mostly in Latin letters (nb, nn, en, pl) are left as they are:
 * returns undefined.
 * @param {string[]} values
 * @returns {{ table: string, packed: string[] } | undefined}
 */
export function packTexts(values) {
  const counts = new Map();
  let latin = 0;
  for (const value of values) {
    if (value.includes('~')) throw new Error(`A text holds "~", which packing uses: ${value}`);
    for (const char of value) {
      if (char > '\x7f') counts.set(char, (counts.get(char) ?? 0) + 1);
      else if (/[A-Za-z]/.test(char)) latin += 1;
    }
  }
  const other = [...counts.values()].reduce((sum, n) => sum + n, 0);
  if (other <= latin) return undefined;
  const table = [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, LETTERS.length)
    .map(([char]) => char)
    .join('');
  const packed = values.map((value) => {
    let out = '';
    let literal = false;
    for (const char of value) {
      const index = table.indexOf(char);
      if (index >= 0) {
        if (literal) out += '~';
        literal = false;
        out += LETTERS[index];
      } else {
        if (!literal && /[A-Za-z]/.test(char)) {
          out += '~';
          literal = true;
        }
        out += char;
      }
    }
    return literal ? `${out}~` : out;
  });
  return { table, packed };
}

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
      const pack = packTexts(values);
      const args = pack ? `${JSON.stringify(pack.packed)}, ${JSON.stringify(pack.table)}` : JSON.stringify(values);
      return [
        `import { ${name} as nb } from ${JSON.stringify(reference)};`,
        `import { fromValues } from ${JSON.stringify(fromValues)};`,
        `export const ${name} = fromValues(Object.keys(nb), ${args});`,
      ].join('\n');
    },
  };
}
