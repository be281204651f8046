/** Text fields in the guide's colours: the settings' and My plan's (which adopts only this of these rules). */
export const INPUT_CSS = /* css */ `
.ghn-root .ext-input {
  display: block;
  width: 100%;
  min-height: 2.75rem;
  padding: 0.5rem 0.75rem;
  border: 2px solid var(--_border);
  border-radius: 0.5rem;
  background: var(--_bg);
  color: var(--_text);
  font: inherit;
}
`;

/**
 * The extension pages' own rules, adopted after GUIDE_CSS. Page layout sits on the ext-* body classes; the
 * settings controls sit inside .ghn-root so that they take the guide's colour properties.
 */
export const EXTENSION_CSS = /* css */ `
/* The pages follow the device's light or dark setting, as the guide does with data-theme="auto". */
html { color-scheme: light dark; background: Canvas; }
body { margin: 0; padding: 0; }
/* Chrome sizes a popup to its content, up to 800 × 600: 380 px wide, and narrower where the browser
   gives less (Firefox's overflow menu, or a 320 px window), because the width is only a preference. */
.ext-popup { width: 380px; max-width: 100%; }
.ext-popup .ghn-root { border-radius: 0; }
.ext-page .ghn-root { margin: 0 auto; padding: 1rem 1.25rem 2rem; }

.ghn-root .ext-bar {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.25rem 0.75rem;
  margin: 0.75rem 0 0;
  color: var(--_muted);
}
.ghn-root .ext-form { margin: 0.5rem 0 0; }
.ghn-root .ext-field { margin: 0 0 1rem; }
.ghn-root .ext-label { display: block; padding: 0; font-weight: 700; }
.ghn-root .ext-field .ghn-hint { margin: 0 0 0.35rem; }
${INPUT_CSS}
.ghn-root .ext-status-row { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; }
.ghn-root .ext-status { margin: 0.35rem 0; font-weight: 600; }
.ghn-root .ext-status:empty { margin: 0; }
.ghn-root .ext-matches { display: grid; gap: 0.35rem; margin: 0.25rem 0 0; }
.ghn-root .ext-match { display: block; width: 100%; text-align: start; font-weight: 600; }
.ghn-root .ext-match__county { font-weight: 400; color: var(--_muted); }
.ghn-root .ext-options--row { display: flex; flex-wrap: wrap; }
/* Language names are single words: wrap between the choices, never inside a name. */
.ghn-root .ext-options--row .ghn-option { flex: 1 1 auto; padding-inline: 0.6rem; overflow-wrap: normal; }
.ghn-root .ext-panel .ghn-title { margin-top: 0.75rem; }
.ghn-root section h2 { font-size: 1.2rem; }
`;
