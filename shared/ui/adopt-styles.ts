/**
 * Constructable stylesheets, shared by every face: the widget's shadow roots and the extension's pages adopt the
 * same GUIDE_CSS, with no <style> element and no inline styles for a content security policy to weigh.
 */

/**
 * Parsed sheets by document, then by their text: one parse of GUIDE_CSS for every element on a page. By
 * document, because a constructed sheet can only be adopted in the document it was made for (an element moved
 * into an iframe needs sheets of the iframe's own). Made on first use, so that loading the module does nothing.
 */
let parsed: WeakMap<Document, Map<string, CSSStyleSheet>> | undefined;

export function canAdoptSheets(): boolean {
  return (
    typeof ShadowRoot !== 'undefined' &&
    'adoptedStyleSheets' in ShadowRoot.prototype &&
    'replaceSync' in CSSStyleSheet.prototype
  );
}

/** An empty constructed stylesheet that `doc` (default: this page) can adopt. */
export function newSheet(doc: Document = document): CSSStyleSheet {
  const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
  return new Sheet();
}

/** A stylesheet of `css` for `doc` (default: this page), parsed once per document and shared. */
export function sharedSheet(css: string, doc: Document = document): CSSStyleSheet {
  parsed ??= new WeakMap();
  let sheets = parsed.get(doc);
  if (!sheets) parsed.set(doc, (sheets = new Map()));
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = newSheet(doc);
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  return sheet;
}

/** Adds `css` to what a document or shadow root has adopted, each text parsed once per page. */
export function adoptStyles(target: Document | ShadowRoot, ...css: string[]): void {
  const doc = target.ownerDocument ?? (target as Document);
  target.adoptedStyleSheets = [...target.adoptedStyleSheets, ...css.map((text) => sharedSheet(text, doc))];
}
