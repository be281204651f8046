/** The letters that stand for a packed text's own characters, in the order of its table. */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A text packed one byte a letter (scripts/compact-dictionaries.mjs) as it was: `~…~` is literal text (Latin
 * names, placeholders), and each letter A–Z, a–z outside it stands for `table`'s character at its place.
 */
export function unpack(text: string, table: string): string {
  return text.replace(/~([^~]*)~|[A-Za-z]/g, (letter, literal: string | undefined) => {
    return literal ?? table[LETTERS.indexOf(letter)] ?? letter;
  });
}

/**
 * A dictionary from its keys and its texts in the same order (scripts/compact-dictionaries.mjs), the texts
 * unpacked with `table` when they were packed.
 */
export function fromValues(keys: readonly string[], values: readonly string[], table?: string): Record<string, string> {
  return Object.fromEntries(
    keys.map((key, i) => {
      const value = values[i] ?? '';
      return [key, table === undefined ? value : unpack(value, table)];
    }),
  );
}
