import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/ascii-only.mjs';

/** Runs `code` (an expression) as it is and as escaped: the results must be the same, and the escaped code ASCII. */
function same(code: string) {
  const escaped = asciiOnly(code);
  expect(escaped).not.toMatch(/[\u0080-\uffff]/);
  const run = (source: string) => new Function(`return (${source});`)();
  expect(run(escaped)).toEqual(run(code));
  return escaped;
}

describe('asciiOnly', () => {
  it.each([
    ['a string', `"Få hjelp nå – ring 113"`],
    ['a template literal', '`Bokmål ${1 + 1} – nynorsk: døgeret`'],
    ['a regular expression', `"Blåbær".replace(/[æøå]/g, "_")`],
    ['a regular expression in unicode mode, with a character outside the BMP', `/^😀[ø]$/u.test("😀ø")`],
    ['a character outside the BMP in a string', `"😀".codePointAt(0)`],
    ['an identifier', `(() => { const grønn = 2; return grønn * 2; })()`],
    ['an identity escape', `"\\é"`],
    ['an escaped backslash before a letter', `"\\\\é"`],
    ['Cyrillic and Arabic', `"Допомога — مساعدة"`],
  ])('keeps the meaning of %s', (_, code) => {
    same(code);
  });

  it('leaves ASCII alone', () => {
    expect(asciiOnly('const a = "113";')).toBe('const a = "113";');
  });

  it('writes each escape as four hex digits', () => {
    expect(same('"ø"')).toBe('"\\u00f8"');
  });
});
