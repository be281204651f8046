/** A colour in sRGB, each channel 0–255. */
export type Rgb = readonly [number, number, number];

/** What the widget makes of a host's `data-accent`: the colour, the text colour on it, where it is legible. */
export interface Accent {
  /** `rgb(r g b)`: the resolved colour, never the host's raw string, so nothing but a colour reaches the CSS. */
  color: string;
  /** Black or white, whichever contrasts more with the accent (at least 4.58:1 for any colour). */
  onAccent: '#000000' | '#ffffff';
  /** Contrast with the light and the dark background; links in the accent colour need 4.5:1 (WCAG 1.4.3). */
  contrast: { light: number; dark: number };
}

/** The backgrounds of GUIDE_CSS's light and dark themes. */
const LIGHT_BG: Rgb = [0xff, 0xff, 0xff];
const DARK_BG: Rgb = [0x15, 0x18, 0x1d];
/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** WCAG 2.1 relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.1 contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function toAccent(rgb: Rgb): Accent {
  const onBlack = contrast(rgb, [0, 0, 0]);
  const onWhite = contrast(rgb, [255, 255, 255]);
  return {
    color: `rgb(${rgb.map((c) => Math.round(c)).join(' ')})`,
    onAccent: onBlack > onWhite ? '#000000' : '#ffffff',
    contrast: { light: contrast(rgb, LIGHT_BG), dark: contrast(rgb, DARK_BG) },
  };
}

const declarations = (accent: Accent | undefined) =>
  accent
    ? `--ghn-accent: ${accent.color}; --ghn-on-accent: ${accent.onAccent};`
    : // The guaranteed-invalid value: GUIDE_CSS's var() falls back to the theme's own accent.
      '--ghn-accent: initial; --ghn-on-accent: initial;';

/**
 * The stylesheet that applies an accent, in each theme only where it is legible on that theme's background;
 * elsewhere the theme keeps its own accent. Empty without an accent.
 */
export function accentCss(accent: Accent | undefined): string {
  if (!accent) return '';
  const light = accent.contrast.light >= MIN_CONTRAST ? accent : undefined;
  const dark = accent.contrast.dark >= MIN_CONTRAST ? accent : undefined;
  return [
    `.ghn-root { ${declarations(light)} }`,
    `.ghn-root[data-theme='dark'] { ${declarations(dark)} }`,
    `@media (prefers-color-scheme: dark) { .ghn-root[data-theme='auto'] { ${declarations(dark)} } }`,
  ].join('\n');
}
