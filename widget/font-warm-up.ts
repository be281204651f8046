/**
 * The first layout of the widget's face needs a font for each size and weight on its first screen (six), and in
 * Chromium on Linux, where this was measured, each is a synchronous round trip to the browser process. All six
 * in one layout made it 35–60 ms at 4× CPU: with the task that drew the face, the longest block of the host
 * page's loading.
 *
 * So before the face is drawn, the page's first widget lays out hidden samples of those fonts, two per frame:
 * the lookups happen there, and the face's layout finds the fonts ready. The samples use the face's own elements
 * and classes, so they follow the stylesheet; an e2e test checks that they cover every font of each view's
 * first screen.
 *
 * A sample is `aria-hidden`, invisible and takes no space, and it is gone before the face is drawn.
 */

/** Element and class of each text style on a first screen, two to a frame. */
export const FONT_SAMPLES: readonly (readonly [tag: string, className: string][])[] = [
  [
    ['span', 'ghn-strip__number'],
    ['span', 'ghn-strip__label'],
  ],
  [
    ['span', 'ghn-button'],
    ['p', ''],
  ],
  [
    ['h2', 'ghn-title'],
    ['h3', 'ghn-question__text'],
  ],
];

const FONT_SAMPLE_CLASS = 'ghn-font-sample';

/** Puts step `step`'s samples into `root` in place of the previous step's. */
export function showFontSample(root: ShadowRoot, step: number): void {
  removeFontSample(root);
  const samples = FONT_SAMPLES[step];
  if (!samples) return;
  const box = document.createElement('div');
  box.className = `ghn-root ${FONT_SAMPLE_CLASS}`;
  box.setAttribute('aria-hidden', 'true');
  // Through the CSSOM, which a policy without 'unsafe-inline' allows (a style attribute it would block).
  Object.assign(box.style, {
    position: 'absolute',
    visibility: 'hidden',
    width: '0',
    height: '0',
    padding: '0',
    overflow: 'hidden',
  });
  for (const [tag, className] of samples) {
    const sample = document.createElement(tag);
    if (className) sample.className = className;
    // Digits and letters, with the Norwegian ones: each may need its own glyphs.
    sample.textContent = '116 Få hjelp nå';
    box.append(sample);
  }
  root.append(box);
}

export function removeFontSample(root: ShadowRoot): void {
  // Not `:scope >`, which in a shadow root's querySelectorAll matches nothing.
  for (const box of [...root.children]) if (box.classList.contains(FONT_SAMPLE_CLASS)) box.remove();
}
