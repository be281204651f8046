/** A dictionary from its keys and its texts in the same order (scripts/compact-dictionaries.mjs). */
export function fromValues(keys: readonly string[], values: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.map((key, i) => [key, values[i] ?? '']));
}
