/**
 * When the catalogue's contact facts were last checked: the oldest of the services' `verified` dates in
 * service-details.ts, so that every number and opening time was checked on this day or later. The guide's footer
 * shows it, so that a stale self-hosted copy shows itself. A constant, not computed, because service-details.ts
 * stays out of the bundles; tests/shared/catalogue/facts-checked.test.ts holds the two together.
 */
export const FACTS_CHECKED = '2026-11-22';
