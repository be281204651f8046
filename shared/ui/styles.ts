/**
 * The one stylesheet of every face: the widget adopts it in its shadow root (constructable stylesheet, no
 * inline styles, so a CSP without 'unsafe-inline' is fine), the popup and options pages import it too.
 *
 * Colours come from --ghn-* properties (the widget sets them from data-accent), then the host's Digdir
 * Designsystemet tokens (custom properties inherit into the shadow root), then our own defaults, all of which
 * meet WCAG AA contrast. The host rule is !important: in the cascade, a shadow tree's important declarations
 * win over the page's, so `* { all: unset !important }` on the host page cannot undo the widget.
 * Sizes are in em, never rem: rem follows the host page's root font size (`html { font-size: 62.5% }` is a
 * common trick), em follows .ghn-root.
 */
/** The dark palette, for data-theme="dark" and for data-theme="auto" on a device set to dark. */
const DARK = /* css */ `
  --_bg: var(--ghn-bg, #15181d);
  --_surface: var(--ghn-surface, #22262d);
  --_text: var(--ghn-text, #f1f3f5);
  --_muted: var(--ghn-muted, #c5cad3);
  --_border: var(--ghn-border, #9aa3ae);
  --_accent: var(--ghn-accent, #9cc2ff);
  --_on-accent: var(--ghn-on-accent, #0b1a33);
  --_open: #7ddc98;
  --_closed: #ffb4b4;
  --_focus: var(--ghn-focus, #ffd24d);
`;

export const GUIDE_CSS = /* css */ `
:host {
  all: initial !important;
  display: block !important;
  contain: content;
}
:host([hidden]) { display: none !important; }

.ghn-root {
  --_bg: var(--ghn-bg, var(--ds-color-neutral-background-default, #ffffff));
  --_surface: var(--ghn-surface, var(--ds-color-neutral-surface-tinted, #f3f5f8));
  --_text: var(--ghn-text, var(--ds-color-neutral-text-default, #1a1a1a));
  --_muted: var(--ghn-muted, var(--ds-color-neutral-text-subtle, #4a4f57));
  --_border: var(--ghn-border, var(--ds-color-neutral-border-default, #6b7280));
  --_accent: var(--ghn-accent, var(--ds-color-accent-base-default, #1d4f91));
  --_on-accent: var(--ghn-on-accent, var(--ds-color-accent-base-contrast-default, #ffffff));
  --_emergency: #b00020;
  --_urgent: #7a4300;
  --_open: #1b6e35;
  --_closed: #9b1c1c;
  --_focus: var(--ghn-focus, #0b3d91);
  box-sizing: border-box;
  display: block;
  margin: 0;
  padding: 1em;
  max-width: 48em;
  background: var(--_bg);
  color: var(--_text);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  font-size: 16px;
  line-height: 1.5;
  text-align: start;
  overflow-wrap: anywhere;
  border-radius: 0.75em;
}
.ghn-root *, .ghn-root *::before, .ghn-root *::after { box-sizing: inherit; }
.ghn-root[data-theme='dark'] {${DARK}}
@media (prefers-color-scheme: dark) {
  .ghn-root[data-theme='auto'] {${DARK}}
}

.ghn-root h1, .ghn-root h2, .ghn-root h3, .ghn-root h4, .ghn-root h5, .ghn-root h6 {
  margin: 1.25em 0 0.5em;
  font-weight: 700;
  line-height: 1.25;
  color: var(--_text);
}
.ghn-root .ghn-title { font-size: 1.5em; margin-top: 0.67em; }
.ghn-guide__heading, .ghn-question__text { font-size: 1.25em; }
.ghn-tier__heading { font-size: 1.05em; color: var(--_muted); text-transform: none; }
.ghn-root .ghn-step__name { font-size: 1.1em; margin: 0 0 0.25em; }
.ghn-root p { margin: 0.25em 0 0.5em; }
.ghn-tagline, .ghn-hint, .ghn-progress, .ghn-step__meta, .ghn-step__local { color: var(--_muted); }
.ghn-checked { margin: 1.5em 0 0; font-size: 0.9em; color: var(--_muted); }
.ghn-root ul { list-style: none; margin: 0; padding: 0; }
.ghn-root a { color: var(--_accent); text-decoration: underline; text-underline-offset: 0.15em; }
.ghn-root [tabindex='-1']:focus { outline: none; }
.ghn-root :focus-visible {
  outline: 3px solid var(--_focus) !important;
  outline-offset: 2px;
  box-shadow: 0 0 0 5px var(--_bg);
}

/* The emergency strip: three calls, one tap each, always first. */
.ghn-strip { margin: 0 0 0.5em; }
.ghn-strip ul { display: flex; flex-wrap: wrap; gap: 0.5em; }
.ghn-strip li { flex: 1 1 8.5em; min-width: 0; }
.ghn-strip__call {
  display: flex;
  flex-direction: column;
  justify-content: center;
  min-height: 3.5em;
  height: 100%;
  padding: 0.5em 0.75em;
  border-radius: 0.5em;
  border: 2px solid transparent;
  text-decoration: none !important;
  color: #ffffff !important;
  background: var(--_emergency);
}
.ghn-strip__call--urgent { background: var(--_urgent); }
.ghn-strip__call--talk { background: var(--_accent); color: var(--_on-accent) !important; }
.ghn-strip__number { font-size: 1.4em; font-weight: 800; line-height: 1.1; letter-spacing: 0.02em; }
.ghn-strip__label { font-size: 0.9em; line-height: 1.25; }
.ghn-strip__more { margin-top: 0.5em; width: 100%; }
/* Quick exit: plain and near the top, where a hurried hand finds it */
.ghn-quick-exit { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.75em; margin: 0.75em 0 0; }
.ghn-quick-exit__button { border-color: var(--_text); color: var(--_text); }
.ghn-quick-exit__hint { color: var(--_muted); font-size: 0.9em; }

/* The language menu; logical properties throughout, so Arabic mirrors the layout. */
.ghn-language { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5em; }
.ghn-language svg { width: 1.2em; height: 1.2em; margin-inline-end: 0.35em; vertical-align: -0.2em; fill: none; stroke: currentColor; }
.ghn-language select { min-height: 2.75em; padding: 0 0.5em; border: 1px solid var(--_muted); border-radius: 0.5em; background: var(--_bg); color: var(--_text); font: inherit; }

/* Questions */
.ghn-guide { display: block; margin: 0; }
.ghn-question { border: 0; margin: 0; padding: 0; min-width: 0; }
.ghn-options { display: grid; gap: 0.5em; margin: 0.5em 0; }
.ghn-options--many { grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr)); }
.ghn-option {
  display: flex;
  align-items: flex-start;
  gap: 0.6em;
  min-height: 2.75em;
  padding: 0.6em 0.75em;
  border: 1px solid var(--_border);
  border-radius: 0.5em;
  background: var(--_bg);
  color: var(--_text);
  cursor: pointer;
}
.ghn-option:has(input:checked) { border-width: 2px; border-color: var(--_accent); background: var(--_surface); }
.ghn-option input { margin: 0.2em 0 0; width: 1.15em; height: 1.15em; flex: none; accent-color: var(--_accent); }
.ghn-alert {
  padding: 0.75em;
  border-radius: 0.5em;
  border: 2px solid var(--_emergency);
  background: var(--_bg);
  color: var(--_text);
  font-weight: 700;
}

/* Buttons */
.ghn-actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin-top: 1em; }
.ghn-button {
  display: inline-flex;
  align-items: center;
  justify-content: center;
  min-height: 2.75em;
  padding: 0.5em 1em;
  border: 2px solid var(--_accent);
  border-radius: 0.5em;
  background: var(--_bg);
  color: var(--_accent);
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
.ghn-button--primary { background: var(--_accent); color: var(--_on-accent); }
.ghn-button--quiet { border-color: var(--_border); color: var(--_text); }

/* Results */
.ghn-tier { margin-top: 0.75em; }
.ghn-steps { display: grid; gap: 0.75em; }
.ghn-step {
  padding: 0.75em 1em;
  border: 1px solid var(--_border);
  border-inline-start-width: 6px;
  border-radius: 0.5em;
  background: var(--_bg);
}
.ghn-step--emergency { border-inline-start-color: var(--_emergency); }
.ghn-step--now { border-inline-start-color: var(--_urgent); }
.ghn-step--soon, .ghn-step--when-ready { border-inline-start-color: var(--_accent); }
.ghn-contacts { display: grid; gap: 0.35em; margin: 0.5em 0; }
.ghn-contacts li { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25em 0.75em; }
.ghn-contact {
  display: inline-flex;
  align-items: center;
  min-height: 2.75em;
  padding: 0.35em 0.75em;
  border-radius: 0.5em;
  border: 2px solid var(--_accent);
  font-weight: 600;
}
.ghn-contact--phone { background: var(--_accent); color: var(--_on-accent) !important; text-decoration: none !important; }
.ghn-status { font-size: 0.95em; }
.ghn-status--open { color: var(--_open); }
.ghn-status--closed { color: var(--_closed); }
.ghn-status--unknown { color: var(--_muted); }
.ghn-step__fallback ul { display: grid; gap: 0.35em; margin: 0.25em 0 0; }
.ghn-step__fallback a { display: inline-block; padding: 0.2em 0; }
.ghn-nowrap { white-space: nowrap; }
.ghn-step__meta { display: flex; flex-wrap: wrap; gap: 0.35em; }
.ghn-tag { display: inline-block; padding: 0.05em 0.5em; border: 1px solid var(--_border); border-radius: 1em; font-size: 0.9em; }

/* The modal dialog of the button view */
.ghn-open { width: 100%; }
.ghn-dialog {
  width: min(48em, calc(100vw - 1em));
  max-height: calc(100dvh - 1em);
  margin: auto;
  padding: 0;
  border: 0;
  border-radius: 0.75em;
  background: transparent;
  color: inherit;
  overflow: auto;
}
.ghn-dialog::backdrop { background: rgba(0, 0, 0, 0.6); }
.ghn-dialog__bar { display: flex; justify-content: flex-end; }

@media (prefers-reduced-motion: reduce) {
  .ghn-root *, .ghn-root *::before, .ghn-root *::after { transition: none !important; animation: none !important; scroll-behavior: auto !important; }
}
@media (forced-colors: active) {
  .ghn-strip__call, .ghn-button, .ghn-contact, .ghn-option, .ghn-step { border: 2px solid CanvasText; forced-color-adjust: auto; }
  .ghn-root :focus-visible { outline-color: Highlight !important; }
}
`;
