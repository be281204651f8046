// What the widget build adds for the people who deploy the widget, called from scripts/build-widget.mjs:
// the files' sha384 integrity (dist/widget/integrity.json), and the configurator's own script
// (dist/demo/configure.js), which gets that integrity and the version written in.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';

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
