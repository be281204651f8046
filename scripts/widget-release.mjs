// What the widget build adds for the people who deploy the widget, called from scripts/build-widget.mjs:
// the files' sha384 integrity (dist/widget/integrity.json), and the configurator's own script
// (dist/demo/configure.js), which gets that integrity and the version written in.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build, runnerImport } from 'vite';

/**
 * `define.mjs`, the package's `get-help-now/define` entry: importing it registers `<get-help-now>`, the one
 * side effect of the package's ES modules. It imports the same module as the main entry, so a bundle that has
 * both holds one copy of the element.
 */
export async function writeDefineEntry(outDir) {
  await writeFile(
    path.join(outDir, 'define.mjs'),
    '// Importing this registers <get-help-now> (unless something already has).\n' +
      "import { defineGetHelpNow } from './get-help-now.mjs';\n\ndefineGetHelpNow();\n",
  );
  await writeFile(
    path.join(outDir, 'define.d.mts'),
    '// Importing get-help-now/define registers <get-help-now>; it exports nothing.\nexport {};\n',
  );
}

/**
 * The element's API for tools, from widget/element-manifest.ts: the Custom Elements Manifest, VS Code's HTML
 * custom data and JetBrains web-types. `config` is the widget build's Vite config, to load the TypeScript.
 */
export async function writeElementManifest({ root, outDir, config, version }) {
  const { module } = await runnerImport(path.join(root, 'widget/element-manifest.ts'), config);
  const element = module.elementDeclaration(version);
  const write = (name, data) => writeFile(path.join(outDir, name), `${JSON.stringify(data, null, 2)}\n`);
  await write('custom-elements.json', module.customElementsManifest(element));
  await write('vscode.html-custom-data.json', module.vscodeCustomData(element));
  await write('web-types.json', module.webTypes(element, version));
}

/** The files integrity.json covers: the two a page or a bundler loads. */
export const PINNED_FILES = ['get-help-now.js', 'get-help-now.mjs'];

/** `sha384-…` of `content`: the value of a `<script integrity>` (Subresource Integrity). */
export function sriHash(content) {
  return `sha384-${createHash('sha384').update(content).digest('base64')}`;
}

/**
 * Writes `integrity.json` into `outDir`, read back from the files as written, e.g.
 * `{ "version": "0.1.0", "files": { "get-help-now.js": "sha384-…", "get-help-now.mjs": "sha384-…" } }`.
 * @returns {Promise<{ version: string, files: Record<string, string> }>}
 */
export async function writeIntegrity(outDir, version) {
  const files = {};
  for (const name of PINNED_FILES) files[name] = sriHash(await readFile(path.join(outDir, name)));
  const integrity = { version, files };
  await writeFile(path.join(outDir, 'integrity.json'), `${JSON.stringify(integrity, null, 2)}\n`);
  return integrity;
}

/**
 * Bundles demo/configurator/main.ts into `demoOut/configure.js`, one script with the widget's version and the
 * integrity of get-help-now.js written in. `config` is the widget build's shared Vite config (plugins, JSX).
 */
export async function buildConfigurator({ root, demoOut, config, version, integrity }) {
  await build({
    ...config,
    define: {
      ...config.define,
      WIDGET_BUILD: JSON.stringify({ version, integrity }),
    },
    build: {
      outDir: demoOut,
      emptyOutDir: false,
      copyPublicDir: false,
      target: 'es2022',
      minify: true,
      reportCompressedSize: false,
      rolldownOptions: {
        input: path.join(root, 'demo/configurator/main.ts'),
        output: { format: 'iife', entryFileNames: 'configure.js', codeSplitting: false },
      },
    },
  });
}
