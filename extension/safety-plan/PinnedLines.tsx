import type { Language } from '../../shared/schema/language-schema';
import { StripCalls } from '../../shared/ui/StripCalls';
import { FIRST_PAINT, type FirstPaintTexts } from '../i18n/my-plan-first-paint';

/** 113 first, then legevakt and the two lines that answer day and night. */
const LINES = [
  { id: 'emergency-113', label: 'emergency', kind: 'emergency' },
  { id: 'legevakt-116117', label: 'legevakt', kind: 'urgent' },
  { id: 'mental-helse-116123', label: 'mentalHelse', kind: 'talk' },
  { id: 'kirkens-sos', label: 'kirkensSos', kind: 'talk' },
] as const satisfies readonly { id: string; label: keyof FirstPaintTexts; kind: string }[];

/**
 * The emergency numbers, one tap each, on every screen of the plan page: open, locked, in crisis mode and on
 * paper. It needs nothing from storage or the page's texts, so it is in the first paint. Drawn with the guide's
 * strip styles and the plan's own first-paint texts, so the page does not load the guide's.
 */
export function PinnedLines({ lang }: { lang: Language }) {
  return (
    <nav class="ghn-strip plan-lines" aria-label={FIRST_PAINT[lang].linesLabel}>
      <StripCalls calls={LINES.map(({ id, label, kind }) => ({ id, label: FIRST_PAINT[lang][label], kind }))} />
    </nav>
  );
}
