// What an extension page's JavaScript weighs: the scripts its HTML loads and their static imports (what opening
// the page costs), and the chunks those import on demand. Shared by `npm run bench` and the budget test.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The gzip size at the level the budgets are stated in. */
export async function gzipSize(file) {
  const bytes = await readFile(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * The JavaScript that `page` (an HTML file in the built extension `ext`) loads on opening, and what it can load
 * later: each a set of files relative to `ext` with their raw and gzip sizes summed.
 */
export async function pageScripts(ext, page) {
  const html = await readFile(path.join(ext, page), 'utf8');
  const opening = { files: new Set(), raw: 0, gzip: 0 };
  const later = { files: new Set(), raw: 0, gzip: 0 };
  const queue = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((m) => [m[1], opening]);
  while (queue.length) {
    const [ref, group] = queue.shift();
    const rel = ref.replace(/^\//, '');
    if (opening.files.has(rel) || later.files.has(rel)) continue;
    group.files.add(rel);
    const file = path.join(ext, rel);
    const size = await gzipSize(file);
    group.raw += size.raw;
    group.gzip += size.gzip;
    const code = await readFile(file, 'utf8');
    const resolve = (m) => path.relative(ext, path.resolve(path.dirname(file), m[1]));
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.{0,2}\/[^"']+\.js)["']/g)) queue.push([resolve(m), group]);
    for (const m of code.matchAll(/import\(\s*["'`](\.{0,2}\/[^"'`]+\.js)["'`]\s*\)/g)) queue.push([resolve(m), later]);
  }
  return { opening, later };
}
