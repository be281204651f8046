import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { privacyHtml } from '../../scripts/privacy-page.mjs';

const policy = readFileSync(new URL('../../PRIVACY.md', import.meta.url), 'utf8');

describe('the privacy page made from PRIVACY.md', () => {
  const { title, body } = privacyHtml(policy);
  const sections = [...body.matchAll(/<section lang="(\w+)">([\s\S]*?)<\/section>/g)];

  it('has one section per language, each marked with its lang', () => {
    expect(sections.map((s) => s[1])).toEqual(['nb', 'nn', 'en']);
    expect(title).toContain('Privacy');
  });

  it.each(['nb', 'nn', 'en'])('says in %s where the extension keeps its settings', (lang) => {
    const text = sections.find((s) => s[1] === lang)?.[2] ?? '';
    expect(text).toContain('<code>storage.local</code>');
    expect(text).not.toMatch(/\*\*|`/);
  });

  it('closes every list item and list it opens', () => {
    const count = (pattern: RegExp) => body.match(pattern)?.length ?? 0;
    expect(count(/<li>/g)).toBeGreaterThan(10);
    expect(count(/<li>/g)).toBe(count(/<\/li>/g));
    expect(count(/<ul>/g)).toBe(count(/<\/ul>/g));
  });

  it('turns markdown into escaped HTML', () => {
    expect(privacyHtml('# T\n\nA **b** `<c>`\n\n- one\n  two\n- three\n').body).toBe(
      '<p>A <strong>b</strong> <code>&lt;c&gt;</code></p>\n<ul>\n<li>one two</li>\n<li>three</li>\n</ul>',
    );
  });
});
