import { describe, expect, it } from 'vitest';
import { plainText, textParts } from '../../../shared/i18n/marked-text';

describe('plainText', () => {
  it.each([
    ['Черговий медпункт ([[legevakt]]) допомагає цілодобово.', 'Черговий медпункт (legevakt) допомагає цілодобово.'],
    ['[[Legevakt 116 117]] (dyżur lekarski)', 'Legevakt 116 117 (dyżur lekarski)'],
    ['Ring 113 nå.', 'Ring 113 nå.'],
  ])('drops the marks of %s', (text, plain) => {
    expect(plainText(text)).toBe(plain);
  });
});

describe('textParts', () => {
  it('gives Norwegian names parts of their own', () => {
    expect(textParts('Wiele gmin ma [[Rask psykisk helsehjelp]]: bezpłatnie.')).toEqual([
      { kind: 'text', text: 'Wiele gmin ma ' },
      { kind: 'norwegian', text: 'Rask psykisk helsehjelp' },
      { kind: 'text', text: ': bezpłatnie.' },
    ]);
  });

  it('isolates numbers of more than one group, and keeps a Norwegian name whole with its number', () => {
    expect(textParts('[[Legevakt 116 117]] (العيادة الطبية المناوبة)')).toEqual([
      { kind: 'norwegian', text: 'Legevakt 116 117' },
      { kind: 'text', text: ' (العيادة الطبية المناوبة)' },
    ]);
    expect(textParts('اتصل بالرقم +47 23 48 72 00 ثم اضغط 2')).toEqual([
      { kind: 'text', text: 'اتصل بالرقم ' },
      { kind: 'number', text: '+47 23 48 72 00' },
      { kind: 'text', text: ' ثم اضغط 2' },
    ]);
  });

  it('leaves a text without marks or grouped numbers whole', () => {
    expect(textParts('Ring 113 nå.')).toEqual([{ kind: 'text', text: 'Ring 113 nå.' }]);
  });

  it.each(['a [[b]] c [[d 116 117]] e 22 40 00 40.', '[[x]]', '', '116 117'])(
    'joins back to the plain text: %s',
    (text) => {
      expect(
        textParts(text)
          .map((p) => p.text)
          .join(''),
      ).toBe(plainText(text));
    },
  );
});
