/**
 * My plan's own rules, adopted after GUIDE_CSS: the page, the editor, crisis mode, and the print stylesheet
 * that puts the plan on one page where it fits. Of EXTENSION_CSS only INPUT_CSS: the popup's rules are not
 * needed here.
 */
export const PLAN_CSS = /* css */ `
html { color-scheme: light dark; background: Canvas; }
body { margin: 0; }
.ghn-root.plan { margin: 0 auto; padding: 1rem 1.25rem 2rem; }
.plan .plan-field { margin: 0 0 1rem; }
.ghn-root.plan { max-width: 46rem; }
.plan .plan-note { padding: 0.75em 1em; border-left: 6px solid var(--_accent); background: var(--_surface); }
.plan .plan-actions { margin-bottom: 1em; }
.plan .plan-crisis-open { font-size: 1.15em; }
.plan .plan-section { margin: 1.5em 0 0; padding-top: 0.5em; border-top: 1px solid var(--_border); }
.plan .plan-section h2, .plan .plan-tools h2 { font-size: 1.2em; margin-top: 0.5em; }
.plan .plan-number { color: var(--_muted); }
.plan .plan-entries { display: grid; gap: 0.75em; margin: 0.5em 0; }
.plan .plan-label { display: block; font-weight: 600; margin: 0 0 0.2em; }
.plan .plan-row { display: flex; flex-wrap: wrap; align-items: flex-start; gap: 0.5em; }
.plan .plan-row .plan-text { flex: 1 1 14em; width: auto; min-width: 0; resize: vertical; }
.plan .plan-row--actions { align-items: center; margin-top: 0.5em; }
.plan .plan-fields { display: grid; gap: 0.5em; grid-template-columns: repeat(auto-fit, minmax(min(100%, 12em), 1fr)); }
.plan .plan-contact { padding: 0.75em; border: 1px solid var(--_border); border-radius: 0.5em; }
.plan a.plan-call, .plan a.plan-crisis__call { color: var(--_on-accent); text-decoration: none; }
.plan .plan-saved { color: var(--_muted); min-height: 1.5em; }
.plan .plan-problem { font-weight: 700; color: var(--_closed); }
.plan .plan-status:empty { margin: 0; }
.plan .plan-status { font-weight: 700; }
.plan .plan-tools { margin-top: 2em; padding-top: 0.5em; border-top: 1px solid var(--_border); }
.plan .plan-file { display: block; max-width: 100%; margin: 0.25em 0 0.75em; font: inherit; }
.plan .plan-confirm { margin: 1em 0; padding: 0.75em 1em; border: 2px solid var(--_accent); border-radius: 0.5em; }
.plan .plan-confirm h2, .plan .plan-confirm h3 { margin-top: 0.25em; }
.plan .plan-danger { border-color: var(--_closed); color: var(--_closed); }
.plan .plan-forgot { margin-top: 1.5em; }
.plan .plan-forgot summary { cursor: pointer; font-weight: 600; min-height: 2.75em; padding: 0.5em 0; }
.plan .plan-locked form { margin-top: 1em; }

/* Crisis mode: one section at a time, large, with big targets. */
.plan .plan-crisis { font-size: 1.2em; }
.plan .plan-crisis__list { display: grid; gap: 0.75em; margin: 0.75em 0; }
.plan .plan-crisis__text { font-size: 1.15em; line-height: 1.4; }
.plan .plan-crisis__list .plan-crisis__text { padding: 0.5em 0.75em; border-left: 4px solid var(--_accent); }
.plan .plan-crisis__call { width: 100%; min-height: 3.25em; flex-direction: column; text-align: center; }
.plan .plan-crisis__number { font-weight: 400; }
.plan .plan-crisis__nav .ghn-button { min-width: 8em; }

/* On screen the printout is hidden; on paper only it and the numbers show. */
.plan-print { display: none; }
@media print {
  @page { margin: 12mm; }
  html, body { background: #fff; }
  .ghn-root.plan { max-width: none; padding: 0; font-size: 9.5pt; color: #000; background: #fff; }
  .plan > :not(.plan-print):not(.plan-lines) { display: none !important; }
  .plan .plan-lines { margin: 0 0 3mm; }
  .plan .plan-lines li { flex: 1 1 0; }
  .plan .ghn-strip__call { min-height: 0; padding: 1mm 2mm; border: 1px solid #000; background: #fff !important; color: #000 !important; }
  .plan .ghn-strip__number { font-size: 1.2em; }
  .plan-print { display: block; }
  .plan-print__title { margin: 0 0 2mm; }
  .plan-print__sections { columns: 2; column-gap: 8mm; }
  .plan-print__section { break-inside: avoid; margin: 0 0 3mm; }
  .plan-print__heading { margin: 0 0 1mm; font-weight: 700; }
  .plan-print ul { list-style: disc; padding-left: 1.2em; }
  .plan-print li { margin: 0 0 0.5mm; }
}
`;
