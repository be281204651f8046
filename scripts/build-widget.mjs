// Builds the embeddable widget into dist/widget and its demo site into dist/demo:
//   get-help-now.js     one self-contained IIFE for a <script> tag; it registers <get-help-now> and nothing else
//   get-help-now.mjs    the same as an ES module for bundlers; importing it registers nothing
//   get-help-now.d.ts   the element's types, generated from widget/attributes.ts (also as .d.mts, next to the .mjs)
//   local-services.schema.json   JSON Schema of the local-services data, for editors' autocompletion
// and prints the sizes, raw and gzip. `--modules` also lists the largest modules of the IIFE and what the parts
// that its features require (Preact, zod, three languages, the municipalities) add up to.
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, minifySync, runnerImport } from 'vite';
import * as z from 'zod/mini';
import { asciiOnlyOutput } from './ascii-only.mjs';
import { compactDictionaries } from './compact-dictionaries.mjs';
import { minifyCssLiterals } from './minify-css-literals.mjs';
import { writePrivacyPage } from './privacy-page.mjs';
import { BUDGETS, enforceBudget } from './size-budget.mjs';
import { buildConfigurator, writeDefineEntry, writeElementManifest, writeIntegrity } from './widget-release.mjs';

const PREFIX = '[get-help-now]';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/widget');
const demoOut = path.join(root, 'dist/demo');

/**
 * zod keeps its config on `globalThis.__zod_globalConfig`, shared by every copy of zod in the page: the widget
 * would add a global and set the host's zod to jitless (and take the host's error map). Each bundle gets a
 * private object in its place instead. The e2e test that counts window's keys notices if this stops working.
 */
const privateZodGlobals = {
  name: 'private-zod-globals',
  transform(code, id) {
    if (!/[\\/]zod[\\/]v4[\\/]core[\\/][\w-]+\.js$/.test(id) || !code.includes('__zod_global')) return null;
    return { code: `const zodGlobals = {};\n${code.replaceAll('globalThis', 'zodGlobals')}`, map: null };
  },
};

/**
 * The guide model imports the routing on first use, so that the extension's popup opens without it. The widget
 * is one file either way, and an inlined dynamic import costs module wrappers: here the import is static, and
 * the promise the model waits on is already resolved. Measured: get-help-now.js is 0.5 KB gzip smaller with it
 * (43.9 against 44.4 KB), which the 45 KB budget needs.
 */
const staticRouting = {
  name: 'static-routing',
  transform(code, id) {
    if (!/[\\/]shared[\\/]ui[\\/]guide-model\.ts$/.test(id)) return null;
    // After the TypeScript transform, which may have changed the quotes.
    const dynamic = /\bimport\(\s*["'`]\.\.\/routing\/recommend["'`]\s*\)/;
    if (!dynamic.test(code)) throw new Error(`Expected import('../routing/recommend') in ${id}`);
    return {
      code: `import * as routingModule from '../routing/recommend';\n${code.replace(dynamic, 'Promise.resolve(routingModule)')}`,
      map: null,
    };
  },
};

const shared = {
  configFile: false,
  // ASCII-only output: a page read as windows-1252 must still parse the script (see ascii-only.mjs).
  plugins: [minifyCssLiterals(), privateZodGlobals, staticRouting, asciiOnlyOutput()],
  root,
  logLevel: 'warn',
  publicDir: false,
  // Preact and signals check NODE_ENV for their debug paths; a host page has no `process`.
  define: { 'process.env.NODE_ENV': '"production"' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
};
// Evaluates the dictionaries with the same settings, minus the plugins that only shape the bundle.
shared.plugins.push(compactDictionaries(root, { ...shared, plugins: [] }));
/**
 * V8's explicit compile hint (Chromium 136+; other engines read a comment): compile every function while the
 * script streams in, on a background thread. Without it the first render compiled Preact and the guide lazily
 * on the main thread, 30–40 ms of a ~50 ms task at 4× CPU. It must be the file's first line.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

const { version, license } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
/** Which file this is, on its second line, after the compile hint: a self-hoster sees the version at once. */
const BANNER = `/*! get-help-now ${version} | ${license} | Fa hjelp na (Get help now) contributors | bundled libraries: third-party-licenses.md */`;

/**
 * The script's whole evaluation (its modules, then registering the element) runs in a task of its own. A
 * deferred script is otherwise run in the task that ends the page's parsing, which the browser's own work
 * already makes 20–40 ms at 4× CPU; the widget's ~15 ms there made that task pass 50 ms. The element is
 * defined a task after the script has run: a host waits with `customElements.whenDefined('get-help-now')`.
 *
 * And all of it runs inside a try: a host page may have broken a built-in the modules use as they load (e.g.
 * `Array.prototype.map`). Then the element is still defined, by widget/bare-emergency.ts, whose source is put
 * before the try, and shows 113 and 116 117 instead of the guide.
 */
async function deferAndGuard() {
  // Loading a module sets NODE_ENV to development when it is unset, and the builds after it then took
  // Preact's and signals' development builds (5 KB more): keep it as it was.
  const nodeEnv = process.env.NODE_ENV;
  const { module } = await runnerImport(path.join(root, 'widget/bare-emergency.ts'), shared);
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  const fallback = minifySync('bare-emergency.js', String(module.showBareEmergency)).code.trim();
  if (!fallback.startsWith('function showBareEmergency(')) throw new Error(`Unexpected fallback: ${fallback}`);
  const warning = JSON.stringify(`${PREFIX} The guide could not start; showing the emergency numbers only.`);
  return {
    banner: `setTimeout(function () {\n${fallback}\ntry {`,
    footer: `} catch (error) {\ntry { console.warn(${warning}, error); } catch (_) {}\nshowBareEmergency();\n}\n});`,
  };
}

const output = {
  outDir,
  emptyOutDir: false,
  copyPublicDir: false,
  // Constructable stylesheets (Safari 16.4) already need an ES2022 browser; private fields stay native.
  target: 'es2022',
  minify: true,
  reportCompressedSize: false,
  // The licences of the libraries bundled in (Preact, signals, zod), shipped beside the bundle: their MIT
  // licences ask that the notice travel with the code.
  license: { fileName: 'third-party-licenses.md' },
};

/** @returns {Promise<import('vite').Rollup.OutputChunk>} */
async function bundle(config) {
  const result = await build({ ...shared, build: { ...output, ...config } });
  const [first] = Array.isArray(result) ? result : [result];
  const chunks = /** @type {import('vite').Rollup.RollupOutput} */ (first).output.filter((o) => o.type === 'chunk');
  if (chunks.length !== 1) throw new Error(`Expected one file, got ${chunks.map((c) => c.fileName).join(', ')}`);
  return /** @type {import('vite').Rollup.OutputChunk} */ (chunks[0]);
}

async function buildWidget() {
  const { banner, footer } = await deferAndGuard();
  // Not lib mode: an IIFE there needs a global name, and the script must add no global but the element.
  const iife = await bundle({
    rolldownOptions: {
      input: path.join(root, 'widget/index.ts'),
      output: {
        format: 'iife',
        entryFileNames: 'get-help-now.js',
        codeSplitting: false,
        banner,
        footer,
        postBanner: `${COMPILE_HINT}
${BANNER}`,
      },
    },
  });
  // Not lib mode either, which leaves an ES module's whitespace for the user's bundler; served from a CDN as
  // it is, it should be as small as the script.
  await bundle({
    rolldownOptions: {
      input: path.join(root, 'widget/module.ts'),
      preserveEntrySignatures: 'strict',
      output: {
        format: 'es',
        entryFileNames: 'get-help-now.mjs',
        codeSplitting: false,
        postBanner: `${COMPILE_HINT}\n${BANNER}`,
      },
    },
  });
  return iife;
}

async function writeTypesAndSchema() {
  const { module: declarations } = await runnerImport(path.join(root, 'widget/declarations.ts'), shared);
  const types = declarations.elementDeclarations();
  await writeFile(path.join(outDir, 'get-help-now.d.ts'), types);
  await writeFile(path.join(outDir, 'get-help-now.d.mts'), types);

  const { module } = await runnerImport(path.join(root, 'shared/schema/local-service-schema.ts'), shared);
  // draft-07: the version editors' JSON support knows best.
  const { $schema, ...rest } = z.toJSONSchema(module.LocalServicesSchema, { target: 'draft-07', io: 'input' });
  const schema = {
    $schema,
    title: 'Local services for <get-help-now>',
    description:
      'A host’s own services (e.g. Rask psykisk helsehjelp), given in a <script type="application/json"> inside ' +
      '<get-help-now> or at its data-services URL. They add to the national services and never rank above 113. ' +
      `The widget reads at most ${module.MAX_LOCAL_SERVICES_BYTES / 1024} KB of this data (UTF-8) and uses at most ` +
      `${module.MAX_LOCAL_SERVICES} services.`,
    ...rest,
  };
  await writeFile(path.join(outDir, 'local-services.schema.json'), `${JSON.stringify(schema, null, 2)}\n`);
}

// The demo: hand-written pages copied as they are, and one plain municipal page per view and language made
// from demo/municipal.template.html. Every page loads ../widget/get-help-now.js.
const MUNICIPAL_PAGES = {
  nb: { municipality: '0301', name: 'Oslo kommune', heading: 'Psykisk helse', views: 'Visning' },
  nn: { municipality: '4621', name: 'Voss herad', heading: 'Psykisk helse', views: 'Vising' },
  en: { municipality: '4601', name: 'Bergen kommune', heading: 'Mental health', views: 'View' },
  uk: { municipality: '5001', name: 'Trondheim kommune', heading: 'Психічне здоров’я', views: 'Вигляд' },
  pl: { municipality: '1103', name: 'Stavanger kommune', heading: 'Zdrowie psychiczne', views: 'Widok' },
  // Oslo: its psychiatric emergency line has a +47 number, which must stay left to right in Arabic.
  ar: { municipality: '0301', name: 'Oslo kommune', heading: 'الصحة النفسية', views: 'العرض' },
};
const VIEWS = ['guide', 'button', 'strip'];
const INTRO = {
  nb: 'Har du det vanskelig, eller er du bekymret for noen? Her finner du hjelp, døgnet rundt.',
  nn: 'Har du det vanskeleg, eller er du uroa for nokon? Her finn du hjelp, heile døgeret.',
  en: 'Are things hard, or are you worried about someone? Here is where to find help, day and night.',
  uk: 'Вам важко або ви хвилюєтеся за когось? Тут можна знайти допомогу, цілодобово.',
  pl: 'Jest ci ciężko albo martwisz się o kogoś? Tu znajdziesz pomoc, całą dobę.',
  ar: 'هل تمر بوقت صعب، أو تقلق على شخص ما؟ هنا تجد المساعدة ليلاً ونهاراً.',
};

const escapeHtml = (text) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

async function buildDemo() {
  await cp(path.join(root, 'demo'), demoOut, {
    recursive: true,
    // The configurator's TypeScript is bundled into configure.js below, not served as it is.
    filter: (source) => !source.endsWith('.template.html') && !/[\\/]configurator([\\/]|$)/.test(source),
  });
  await writePrivacyPage(path.join(root, 'PRIVACY.md'), path.join(demoOut, 'privacy.html'));
  const template = await readFile(path.join(root, 'demo/municipal.template.html'), 'utf8');
  for (const [lang, page] of Object.entries(MUNICIPAL_PAGES)) {
    for (const view of VIEWS) {
      const element = `<get-help-now data-municipality="${page.municipality}" data-view="${view}"></get-help-now>`;
      const fill = {
        lang,
        dir: lang === 'ar' ? 'rtl' : 'ltr',
        title: `${page.heading} – ${page.name}`,
        site: page.name,
        heading: page.heading,
        intro: INTRO[lang],
        caption: `${page.views}: ${view}`,
        element,
        snippet: escapeHtml(`<script src="get-help-now.js" defer></script>\n${element}`),
      };
      const html = template.replace(/\{\{(\w+)\}\}/g, (match, key) => fill[key] ?? match);
      await writeFile(path.join(demoOut, `${view}-${lang}.html`), html);
    }
  }
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** The largest parts of a chunk, each minified and gzipped alone: an estimate, but it ranks them right. */
function largestModules(chunk, count = 15) {
  const rows = Object.entries(chunk.modules)
    .filter(([, module]) => module.code)
    .map(([id, module]) => {
      const code = minifySync(id, module.code ?? '').code;
      return { id: path.relative(root, id), gzip: gzipSync(code, { level: 9 }).length };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return rows.slice(0, count).map(({ id, gzip }) => `    ${kib(gzip).padStart(9)}  ${id}`);
}

/** The parts of the widget that its features and its stack require, and what each adds to the gzip size. */
const PARTS = {
  'Preact and signals': (id) => /node_modules[\\/](preact|@preact)[\\/]/.test(id),
  'zod (validating local services)': (id) => /node_modules[\\/]zod[\\/]/.test(id),
  'the three languages': (id) => /shared[\\/]i18n[\\/](nb|nn|en)\.ts$/.test(id),
  'the 357 municipalities': (id) => /municipalities\.data\.ts$/.test(id),
};

/**
 * Each part's share of the gzip size (all modules minified alone, as in largestModules, then gzipped together,
 * with and without the part), and the size of the required parts together, before any of the widget's own
 * code: a floor that no rewrite of that code can go under.
 */
function requiredParts(chunk) {
  const modules = Object.entries(chunk.modules)
    .filter(([, module]) => module.code)
    .map(([id, module]) => ({ id, code: minifySync(id, module.code ?? '').code }));
  const gzip = (list) => gzipSync(list.map((m) => m.code).join('\n'), { level: 9 }).length;
  const all = gzip(modules);
  const rows = Object.entries(PARTS).map(([name, test]) => {
    const share = all - gzip(modules.filter((m) => !test(m.id)));
    return `    ${kib(share).padStart(9)}  ${name}`;
  });
  const floor = gzip(modules.filter((m) => Object.values(PARTS).some((test) => test(m.id))));
  rows.push(`    ${kib(floor).padStart(9)}  these together, before any of the widget's own code`);
  return rows;
}

async function printSizes(iife) {
  console.log('dist/widget:');
  for (const name of (await readdir(outDir)).sort()) {
    const content = await readFile(path.join(outDir, name));
    const gzip = gzipSync(content, { level: 9 }).length;
    console.log(`  ${name.padEnd(28)} ${kib(content.length).padStart(10)} raw ${kib(gzip).padStart(10)} gzip`);
  }
  if (process.argv.includes('--modules')) {
    console.log('  largest modules (each gzipped alone):');
    console.log(largestModules(iife).join('\n'));
    console.log('  required parts (their share of the gzip size):');
    console.log(requiredParts(iife).join('\n'));
  }
}

await rm(outDir, { recursive: true, force: true });
await rm(demoOut, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const iife = await buildWidget();
await writeTypesAndSchema();
await writeDefineEntry(outDir);
await writeElementManifest({ root, outDir, config: shared, version });
const integrity = await writeIntegrity(outDir, version);
await buildDemo();
await buildConfigurator({ root, demoOut, config: shared, version, integrity: integrity.files['get-help-now.js'] });
await printSizes(iife);
// Last, so that --modules still shows where the bytes went when the budget fails the build.
try {
  console.log(enforceBudget('get-help-now.js', gzipSync(iife.code, { level: 9 }).length, BUDGETS.widget));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
