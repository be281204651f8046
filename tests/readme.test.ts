// The README's core example must run as written and print what the README says it prints.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recommend, t } from '../shared/index';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const example = readme.match(/## The core API[\s\S]*?```ts\n([\s\S]*?)```/)?.[1] ?? '';

describe('the README example', () => {
  it('calls recommend() the way the test below does', () => {
    expect(example).toContain(
      "{ forWhom: 'self', age: 30, concerns: ['anxiety'], severity: 'mild', duration: 'recent', municipality: '4601' }",
    );
    expect(example).toContain("{ now: new Date('2026-11-25T11:00:00Z') }");
  });

  it('prints the lines the README shows', () => {
    const printed = recommend(
      { forWhom: 'self', age: 30, concerns: ['anxiety'], severity: 'mild', duration: 'recent', municipality: '4601' },
      { now: new Date('2026-11-25T11:00:00Z') },
    ).steps.map((step) => `${step.tier} ${step.serviceId} — ${t('en', step.reason)}`);
    const shown = [...example.matchAll(/^\/\/ (?!…)(.+)$/gm)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(2);
    expect(printed.slice(0, shown.length)).toEqual(shown);
  });
});
