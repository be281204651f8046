import { describe, expect, it } from 'vitest';
import { plainText, splitMarked } from '../../../shared/i18n/marked-text';

describe('plainText', () => {
  it.each([
    ['Черговий медпункт ([[legevakt]]) допомагає цілодобово.', 'Черговий медпункт (legevakt) допомагає цілодобово.'],
    ['[[Legevakt 116 117]] (dyżur lekarski)', 'Legevakt 116 117 (dyżur lekarski)'],
    ['Ring 113 nå.', 'Ring 113 nå.'],
  ])('drops the marks of %s', (text, plain) => {
    expect(plainText(text)).toBe(plain);
  });
});

describe('splitMarked', () => {
  it('puts Norwegian names at the odd places', () => {
    expect(splitMarked('Wiele gmin ma [[Rask psykisk helsehjelp]]: bezpłatnie.')).toEqual([
      'Wiele gmin ma ',
      '[[Rask psykisk helsehjelp]]',
      ': bezpłatnie.',
    ]);
  });

  it('puts numbers of more than one group there too, and keeps a Norwegian name whole with its number', () => {
    expect(splitMarked('[[Legevakt 116 117]] (العيادة الطبية المناوبة)')).toEqual([
      '',
      '[[Legevakt 116 117]]',
      ' (العيادة الطبية المناوبة)',
    ]);
    expect(splitMarked('اتصل بالرقم +47 23 48 72 00 ثم اضغط 2')).toEqual([
      'اتصل بالرقم ',
      '+47 23 48 72 00',
      ' ثم اضغط 2',
    ]);
  });

  it.each(['Ring 113 nå.', 'Åpent nå, til 16:15', 'Spørsmål 1 av 6', '13–15 år'])(
    'leaves %s whole: one group is no phone number to isolate',
    (text) => {
      expect(splitMarked(text)).toEqual([text]);
    },
  );

  it.each(['a [[b]] c [[d 116 117]] e 22 40 00 40.', '[[x]]', '', '116 117'])('joins back to the text: %s', (text) => {
    expect(splitMarked(text).join('')).toBe(text);
  });
});
