/**
 * The search help card's stylesheet, passed to createShadowRootUi as a string: no file is web-accessible. The host
 * rule is !important because a shadow tree's important declarations win over the page's, so a results page's
 * own CSS cannot hide or restyle the card. Sizes are in px and em, never rem: rem follows the page's root size.
 * Colours meet WCAG AA on both palettes; the card takes the page's scheme (data-scheme, set when it mounts).
 */
export const CARD_CSS = /* css */ `
:host {
  all: initial !important;
  display: block !important;
  margin: 0 0 16px !important;
  max-width: 100% !important;
}
.card {
  --bg: #f3f6fb;
  --text: #1a1a1a;
  --muted: #4a4f57;
  --line: #1d4f91;
  --link: #1d4f91;
  --danger: #b00020;
  --focus: #0b3d91;
  box-sizing: border-box;
  max-width: 40em;
  margin: 0;
  padding: 12px 16px;
  background: var(--bg);
  color: var(--text);
  border: 2px solid var(--line);
  border-radius: 12px;
  font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
.card[data-scheme='dark'] {
  --bg: #1e2228;
  --text: #f1f3f5;
  --muted: #c5cad3;
  --line: #9cc2ff;
  --link: #9cc2ff;
  --danger: #ffb4b4;
  --focus: #ffd24d;
}
.lead { margin: 0 0 8px; font-weight: 600; }
.calls { display: flex; flex-wrap: wrap; gap: 8px; margin: 0; padding: 0; list-style: none; }
.call {
  display: flex;
  flex-direction: column;
  min-height: 44px;
  padding: 4px 12px;
  border: 1px solid var(--line);
  border-radius: 8px;
  color: var(--link);
  text-decoration: none;
}
.call:hover .number { text-decoration: underline; }
.number { font-size: 1.125em; font-weight: 700; }
.what { color: var(--text); font-size: 0.875em; }
.call.danger { border-color: var(--danger); color: var(--danger); }
.foot { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 8px; margin: 8px 0 0; }
.foot a { color: var(--link); }
.hide {
  min-height: 32px;
  padding: 2px 12px;
  background: transparent;
  color: var(--text);
  border: 1px solid var(--muted);
  border-radius: 6px;
  font: inherit;
  cursor: pointer;
}
a:focus-visible, button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
`;
