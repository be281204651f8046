/**
 * Constructable stylesheets, shared by every face: the widget's shadow roots and the extension's pages adopt the
 * same GUIDE_CSS, with no <style> element and no inline styles for a content security policy to weigh.
 */

/** Parsed sheets by their text: one parse of GUIDE_CSS for every element on a page. */
const parsed = new Map<string, CSSStyleSheet>();

export function canAdoptSheets(): boolean {
  return (
    typeof ShadowRoot !== 'undefined' &&
    'adoptedStyleSheets' in ShadowRoot.prototype &&
    'replaceSync' in CSSStyleSheet.prototype
  );
}

/** A stylesheet of `css`, parsed once per page and shared. */
export function sharedSheet(css: string): CSSStyleSheet {
  let sheet = parsed.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    parsed.set(css, sheet);
  }
  return sheet;
}

/** Adds `css` to what a document or shadow root has adopted, each text parsed once per page. */
export function adoptStyles(target: Document | ShadowRoot, ...css: string[]): void {
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, ...css.map(sharedSheet)];
}
