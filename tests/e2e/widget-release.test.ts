// What `npm run build:widget` gives the people who deploy the widget, read from dist/widget as built: the
// integrity that pins the file (and a browser that enforces it), the version in the file, the bundled
// libraries' licences, and the npm package's file list.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTS_CHECKED } from '../../shared/catalogue/facts-checked';
import '../../shared/i18n/all-languages';
import { formatDate } from '../../shared/i18n/format-date';
import { t } from '../../shared/i18n/messages';
import { customElementsManifest, elementDeclaration, vscodeCustomData, webTypes } from '../../widget/element-manifest';
import { launchBrowser, type StaticServer, startStaticServer } from './support/browser';

const root = path.resolve(import.meta.dirname, '../..');
const widgetDir = path.join(root, 'dist/widget');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  version: string;
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  customElements: string;
  'web-types': string;
  main: string;
  types: string;
};
const integrity = JSON.parse(readFileSync(path.join(widgetDir, 'integrity.json'), 'utf8')) as {
  version: string;
  files: Record<string, string>;
};
const sha384 = (file: string) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(path.join(widgetDir, file)))
    .digest('base64')}`;

describe('integrity.json', () => {
  it('pins the script and the module exactly as built', () => {
    expect(Object.keys(integrity.files)).toEqual(['get-help-now.js', 'get-help-now.mjs']);
    for (const [file, hash] of Object.entries(integrity.files)) expect(hash, file).toBe(sha384(file));
    expect(integrity.version).toBe(packageJson.version);
  });

  describe('in a browser', () => {
    let server: StaticServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await startStaticServer(path.join(root, 'dist'));
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it.each([
      ['the published hash', true],
      ['another hash', false],
    ])('runs the script with %s: %s', async (_, good) => {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}/demo/index.html`);
        const hash = good ? (integrity.files['get-help-now.js'] ?? '') : sha384('get-help-now.mjs');
        const loaded = await page.evaluate(
          (value) =>
            new Promise<boolean>((resolve) => {
              const script = document.createElement('script');
              script.src = '/widget/get-help-now.js';
              script.integrity = value;
              script.crossOrigin = 'anonymous';
              script.onload = () => resolve(true);
              script.onerror = () => resolve(false);
              document.head.append(script);
            }),
          hash,
        );
        expect(loaded).toBe(good);
        if (good) {
          await page.waitForFunction(() => customElements.get('get-help-now') !== undefined);
          // The element says which version it is: a page can check its copy.
          const version = await page.evaluate(
            () => (customElements.get('get-help-now') as unknown as { version: string }).version,
          );
          expect(version).toBe(packageJson.version);
        }
      } finally {
        await page.close();
      }
    });

    it.each([
      ['guide-nb.html', 'nb'],
      ['guide-nn.html', 'nn'],
      ['guide-en.html', 'en'],
    ] as const)('says under the guide on %s when its numbers were checked', async (file, lang) => {
      // e.g. "Numbers checked 22 Nov 2026."
      const text = t(lang, 'app.factsChecked', { date: formatDate(lang, FACTS_CHECKED) });
      expect(text).toContain(FACTS_CHECKED.slice(0, 4));
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}/demo/${file}`);
        await expect.poll(() => page.locator('get-help-now .ghn-checked').textContent()).toBe(text);
      } finally {
        await page.close();
      }
    });

    it('lets the host page set the documented --ghn-* colours, but not over data-accent', async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}/demo/index.html`);
        await page.addScriptTag({ url: '/widget/get-help-now.js' });
        await page.evaluate(() => {
          const style = document.createElement('style');
          style.textContent = 'get-help-now { --ghn-bg: rgb(1, 2, 3); --ghn-accent: rgb(200, 0, 0); }';
          document.head.append(style);
          const plain = document.createElement('get-help-now');
          const accented = document.createElement('get-help-now');
          accented.dataset.accent = '#123456';
          document.body.append(plain, accented);
        });
        await page.locator('get-help-now .ghn-root').nth(1).waitFor();
        const colours = await page.evaluate(() =>
          [...document.querySelectorAll('get-help-now')].map((element) => {
            const root = element.shadowRoot?.querySelector('.ghn-root');
            const style = root ? getComputedStyle(root) : undefined;
            return [style?.backgroundColor, style?.getPropertyValue('--_accent').trim()];
          }),
        );
        expect(colours).toEqual([
          ['rgb(1, 2, 3)', 'rgb(200, 0, 0)'],
          ['rgb(1, 2, 3)', 'rgb(18 52 86)'],
        ]);
      } finally {
        await page.close();
      }
    });
  });
});

describe('the built files', () => {
  it.each(['get-help-now.js', 'get-help-now.mjs'])('%s says its version on its second line', (file) => {
    const [hint, banner] = readFileSync(path.join(widgetDir, file), 'utf8').split('\n');
    expect(hint).toBe('//# allFunctionsCalledOnLoad');
    expect(banner).toMatch(new RegExp(`^/\\*! get-help-now ${packageJson.version.replaceAll('.', '\\.')} \\| MIT `));
    expect(banner).toContain('third-party-licenses.md');
  });

  it('describe the element for tools as widget/element-manifest.ts does', () => {
    const read = (file: string) => JSON.parse(readFileSync(path.join(widgetDir, file), 'utf8')) as unknown;
    const element = elementDeclaration(packageJson.version);
    expect(read('custom-elements.json')).toEqual(customElementsManifest(element));
    expect(read('vscode.html-custom-data.json')).toEqual(vscodeCustomData(element));
    expect(read('web-types.json')).toEqual(webTypes(element, packageJson.version));
  });

  it('ship the licence of every library bundled in', () => {
    const notices = readFileSync(path.join(widgetDir, 'third-party-licenses.md'), 'utf8');
    const named = [...notices.matchAll(/^## (\S+) - [\d.]+ \((\S+)\)$/gm)].map((m) => [m[1], m[2]]);
    expect(named.map(([name]) => name).sort()).toEqual(['@preact/signals', '@preact/signals-core', 'preact', 'zod']);
    for (const [name, licence] of named) expect(licence, name).toBe('MIT');
    expect(notices).toContain('Permission is hereby granted');
  });
});

describe('the npm package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }),
  ) as { files: { path: string }[] }[];
  const files = (packed[0]?.files ?? []).map((f) => f.path).sort();
  const target = (entry: string | Record<string, string>) =>
    typeof entry === 'string' ? [entry] : Object.values(entry);

  it('holds the widget and its papers, and nothing of the extension, the sources or the tests', () => {
    expect(files).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'dist/widget/custom-elements.json',
      'dist/widget/define.d.mts',
      'dist/widget/define.mjs',
      'dist/widget/get-help-now.d.mts',
      'dist/widget/get-help-now.d.ts',
      'dist/widget/get-help-now.js',
      'dist/widget/get-help-now.mjs',
      'dist/widget/integrity.json',
      'dist/widget/local-services.schema.json',
      'dist/widget/third-party-licenses.md',
      'dist/widget/vscode.html-custom-data.json',
      'dist/widget/web-types.json',
      'package.json',
    ]);
  });

  it('has a file for every export, the main entry, the types and the manifest', () => {
    const targets = [
      ...Object.values(packageJson.exports).flatMap(target),
      packageJson.main,
      packageJson.types,
      packageJson.customElements,
      packageJson['web-types'],
      ...packageJson.sideEffects.filter((entry) => entry.startsWith('./dist/')),
    ];
    for (const file of targets) expect(files, file).toContain(file.replace(/^\.\//, ''));
  });

  it('exports the module with its types, the define entry, the script, the schema and the manifest', () => {
    expect(packageJson.exports['.']).toEqual({
      types: './dist/widget/get-help-now.d.mts',
      default: './dist/widget/get-help-now.mjs',
    });
    expect(Object.keys(packageJson.exports)).toEqual([
      '.',
      './define',
      './script',
      './local-services.schema.json',
      './custom-elements.json',
      './package.json',
    ]);
    // Of the published files, only the two entries that register the element have side effects. (The sources'
    // folders are listed too: the builds read this file, and a source module may be imported for its effect.)
    const published = packageJson.sideEffects.filter((entry) => entry.startsWith('./dist/'));
    expect(published).toEqual(['./dist/widget/get-help-now.js', './dist/widget/define.mjs']);
  });
});
