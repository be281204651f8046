import { defineConfig } from 'wxt';
import packageJson from './package.json' with { type: 'json' };
import { minifyCssLiterals } from './scripts/minify-css-literals.mjs';
import { safetyPlanJsonSchema } from './shared/schema/safety-plan-json-schema';

/**
 * Takes Preact's one HTML-from-a-string path out of the bundle: `dangerouslySetInnerHTML` would assign
 * innerHTML, which Mozilla's linter rightly flags. Nothing here uses it; if anything ever did, the text would
 * show as text. Fails the build if Preact's code changes shape, rather than silently shipping the old path.
 */
const noInnerHtml = {
  name: 'get-help-now:no-inner-html',
  transform(code: string, id: string) {
    if (!/[\\/]preact[\\/]dist[\\/]preact\.m?js$/.test(id)) return undefined;
    const assignment = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
    const found = code.match(assignment)?.length ?? 0;
    if (found !== 1) throw new Error(`Expected one innerHTML assignment in ${id}, found ${found}.`);
    return { code: code.replace(assignment, '($1.textContent=$2.__html)'), map: null };
  },
};

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  outDir: 'dist',
  manifestVersion: 3,
  // Explicit imports everywhere: a reader sees where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nb',
    // Written once, in package.json. Firefox shows the author on the add-on's page; Chrome has ignored the key
    // since February 2024 (developer.chrome.com, "Manifest - author") and links the homepage from the listing.
    author: packageJson.author,
    homepage_url: packageJson.homepage,
    // Settings in storage.local, and nothing else: no host permissions, no remote code.
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'get-help-now@fa-hjelp-na.no',
              // The extension sends nothing anywhere. Firefox reads this key from 140 on desktop and 142 on
              // Android; older versions refuse it, so those are the minimums.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Vite's modulepreload polyfill fetches the page's own chunks in browsers without modulepreload; every
    // browser this extension supports has it, and the extension should contain no fetch at all.
    build: { modulePreload: { polyfill: false }, license: { fileName: 'third-party-licenses.md' } },
    plugins: [minifyCssLiterals(), noInnerHtml],
  }),
  hooks: {
    // My plan is built on its own, with its own copies of Preact, zod and the catalogue. In one build with the
    // popup, the bundler shares those modules in chunks that both pages load, and the popup's opening grew by
    // 1.6 KB gzip over its 40 KB budget; apart, neither page loads a byte of the other's code.
    // The JSON Schema of My plan's export file, made from its zod schema, beside the page in the package.
    'build:publicAssets': (_wxt, files) => {
      files.push({
        relativeDest: 'safety-plan.schema.json',
        contents: `${JSON.stringify(safetyPlanJsonSchema(), null, 2)}\n`,
      });
    },
    'entrypoints:grouped': (_wxt, groups) => {
      const shared = groups.find(
        (group) => Array.isArray(group) && group.length > 1 && group.some((entry) => entry.name === 'safety-plan'),
      );
      if (Array.isArray(shared)) {
        groups.push(
          shared.splice(
            shared.findIndex((entry) => entry.name === 'safety-plan'),
            1,
          ),
        );
      }
    },
    // WXT takes the toolbar button's title from the popup's <title>, which is in one language; the name
    // from _locales is in the browser's.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_extName__';
    },
  },
  zip: {
    // Mozilla's reviewers rebuild from the sources zip: leave out what the build and the tests write.
    excludeSources: ['stats.html', 'test-results/**', '**/*.log', 'docs/**', 'store/assets/**'],
  },
});
