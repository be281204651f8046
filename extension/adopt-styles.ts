/**
 * Adds stylesheets to a document as constructable stylesheets: the same GUIDE_CSS string the widget adopts in
 * its shadow root, with no <style> element and no inline styles for a content security policy to weigh.
 */
export function adoptStyles(doc: Document, ...css: string[]): void {
  const sheets = css.map((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return sheet;
  });
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, ...sheets];
}
