/**
 * Where each engine's results begin: the card goes just before the first of these that the page has. Engines
 * change their markup; when none is found, the card goes first in <body>, still above the results.
 */
const RESULTS: Record<string, readonly string[]> = {
  'www.google.no': ['#search', '#rso', '#center_col'],
  'www.google.com': ['#search', '#rso', '#center_col'],
  'www.bing.com': ['#b_results'],
  'duckduckgo.com': ['[data-testid="mainline"]', '#links', '.results'],
  'www.kvasir.no': ['[data-testid="results"]', '#results', 'main'],
  'www.ecosia.org': ['[data-test-id="mainline"]', '.mainline', 'main'],
  'search.brave.com': ['#results', 'main'],
};

/** The element the card is placed before, or undefined to place it first in <body>. */
export function resultsAnchor(doc: Document, hostname: string): Element | undefined {
  for (const selector of RESULTS[hostname] ?? []) {
    const found = doc.querySelector(selector);
    if (found?.parentElement) return found;
  }
  return undefined;
}
