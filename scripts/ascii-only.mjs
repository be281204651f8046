// Makes built JavaScript ASCII-only: every other character is written as a \uXXXX escape. A host page without
// <meta charset> that serves the script without a charset is read as windows-1252, and UTF-8 bytes of "ø" or
// an en dash then break the script (`SyntaxError: Invalid or unexpected token`): no widget, and no 113.

/**
 * `code` with every non-ASCII UTF-16 code unit escaped as `\uXXXX`. Valid wherever such a character can stand in
 * JavaScript: strings, template literals, regular expressions (an escaped surrogate pair is one code point in
 * `u` mode), identifiers and comments. A character already escaped by a backslash (an identity escape, which
 * means the character itself) loses that backslash, so that it does not escape the new one.
 * @param {string} code
 * @returns {string}
 */
export function asciiOnly(code) {
  return code.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, char) => {
    const kept = slashes.length % 2 === 1 ? slashes.slice(1) : slashes;
    return `${kept}\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * A Vite (Rolldown) plugin that makes every output chunk ASCII-only, after minification.
 * @returns {import('vite').Plugin}
 */
export function asciiOnlyOutput() {
  return {
    name: 'ascii-only-output',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = asciiOnly(file.code);
    },
  };
}
