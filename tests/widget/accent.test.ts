import { describe, expect, it } from 'vitest';
import { accentCss, contrast, type Rgb, toAccent } from '../../widget/accent';

describe('contrast', () => {
  it.each([
    [[0, 0, 0], [255, 255, 255], 21],
    [[255, 255, 255], [255, 255, 255], 1],
    [[0x1d, 0x4f, 0x91], [255, 255, 255], 8.14],
  ] as [Rgb, Rgb, number][])('between %j and %j is %d:1 (WCAG 2.1)', (a, b, expected) => {
    expect(contrast(a, b)).toBeCloseTo(expected, 2);
  });

  it('gives text on any accent at least 4.5:1, black or white', () => {
    for (let grey = 0; grey <= 255; grey++) {
      const accent = toAccent([grey, grey, grey]);
      const text: Rgb = accent.onAccent === '#000000' ? [0, 0, 0] : [255, 255, 255];
      expect(contrast([grey, grey, grey], text)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('accentCss', () => {
  it('is empty without an accent', () => {
    expect(accentCss(undefined)).toBe('');
  });

  it('sets the accent in the light theme and restores the dark theme’s own where it is not legible', () => {
    expect(accentCss(toAccent([0x1d, 0x4f, 0x91]))).toBe(
      [
        '.ghn-root { --ghn-accent: rgb(29 79 145); --ghn-on-accent: #ffffff; }',
        ".ghn-root[data-theme='dark'] { --ghn-accent: initial; --ghn-on-accent: initial; }",
        "@media (prefers-color-scheme: dark) { .ghn-root[data-theme='auto'] { --ghn-accent: initial; --ghn-on-accent: initial; } }",
      ].join('\n'),
    );
  });

  it('sets a light accent only in the dark themes', () => {
    const css = accentCss(toAccent([255, 215, 0]));
    expect(css).toContain('.ghn-root { --ghn-accent: initial;');
    expect(css).toContain(".ghn-root[data-theme='dark'] { --ghn-accent: rgb(255 215 0); --ghn-on-accent: #000000; }");
  });
});
