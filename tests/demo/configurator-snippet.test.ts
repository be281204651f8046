import { describe, expect, it } from 'vitest';
import {
  attributesFor,
  checkServices,
  type Choices,
  cspFor,
  DEFAULT_CHOICES,
  scriptSource,
  snippetFor,
} from '../../demo/configurator/snippet';

const file = { src: 'https://cdn.example.no/get-help-now.js', integrity: 'sha384-abc' };
const choose = (changes: Partial<Choices>): Choices => ({ ...DEFAULT_CHOICES, ...changes });

const service = (name: string) => ({
  standsFor: 'rask-psykisk-helsehjelp',
  name,
  contacts: [{ type: 'web', url: 'https://example.com/rph' }],
});

describe('the configurator snippet', () => {
  it('has no attribute for a choice left at its default', () => {
    expect(attributesFor(DEFAULT_CHOICES)).toEqual([]);
    expect(snippetFor(DEFAULT_CHOICES, file)).toBe(
      '<script src="https://cdn.example.no/get-help-now.js" integrity="sha384-abc" crossorigin="anonymous" defer></script>\n' +
        '<get-help-now></get-help-now>',
    );
  });

  it('writes every chosen attribute in the element’s own order', () => {
    const chosen = choose({
      headingLevel: '3',
      accent: '#6b2c91',
      theme: 'dark',
      audience: 'someone-else',
      view: 'strip',
      lang: 'nn',
      municipality: '4621',
    });
    expect(attributesFor(chosen)).toEqual([
      ['data-municipality', '4621'],
      ['data-lang', 'nn'],
      ['data-view', 'strip'],
      ['data-for', 'someone-else'],
      ['data-theme', 'dark'],
      ['data-accent', '#6b2c91'],
      ['data-heading-level', '3'],
    ]);
    expect(snippetFor(chosen, file)).toContain(
      '<get-help-now data-municipality="4621" data-lang="nn" data-view="strip" data-for="someone-else" data-theme="dark" data-accent="#6b2c91" data-heading-level="3"></get-help-now>',
    );
  });

  it('escapes what the editor typed', () => {
    expect(snippetFor(choose({ accent: '"><script>' }), file)).toContain('data-accent="&quot;&gt;&lt;script&gt;"');
  });

  it('puts valid local services in a child script that no text in them can end early', () => {
    const check = checkServices(JSON.stringify({ services: [service('RPH </script><b>')] }));
    if (check.state !== 'valid') throw new Error('expected valid services');
    const code = snippetFor(DEFAULT_CHOICES, file, check.services);
    expect(code).toMatch(/<get-help-now>\n {2}<script type="application\/json">\n {4}\{/);
    expect(code.match(/<\/script>/g)).toHaveLength(2);
    const json = code.slice(code.indexOf('{'), code.lastIndexOf('}') + 1);
    expect(JSON.parse(json)).toEqual({ services: check.services });
  });
});

describe('the configurator CSP', () => {
  it.each([
    ['https://cdn.example.no/x/get-help-now.js', 'https://cdn.example.no'],
    ['/assets/get-help-now.js', "'self'"],
    ['get-help-now.js', "'self'"],
  ])('allows the script at %s as %s', (src, source) => {
    expect(scriptSource(src)).toBe(source);
  });

  it('asks for nothing unsafe', () => {
    const policy = cspFor(file);
    expect(policy).toBe(
      "Content-Security-Policy: default-src 'self'; script-src 'self' https://cdn.example.no; style-src 'self'; require-trusted-types-for 'script'",
    );
    expect(policy).not.toContain('unsafe');
  });
});

describe('checking pasted local services', () => {
  it('takes an empty box as no services', () => {
    expect(checkServices('  \n')).toEqual({ state: 'empty' });
  });

  it('says when the text is not JSON', () => {
    const check = checkServices('{ "services": [ }');
    expect(check.state).toBe('invalid');
    if (check.state === 'invalid') expect(check.problems[0]?.message).toMatch(/^This is not valid JSON: /);
  });

  it('lists each problem with its path, in the widget’s words', () => {
    const bad = {
      services: [{ ...service('RPH'), contacts: [{ type: 'web', url: 'http://example.com' }] }, { name: 'No kind' }],
    };
    const check = checkServices(JSON.stringify(bad));
    if (check.state !== 'invalid') throw new Error('expected problems');
    expect(check.problems.map((p) => p.path)).toContain('services.0.contacts.0.url');
    expect(check.problems.some((p) => p.path.startsWith('services.1'))).toBe(true);
    expect(check.problems.find((p) => p.path === 'services.0.contacts.0.url')?.message).toMatch(/https/);
  });
});
