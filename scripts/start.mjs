// `npm start`: builds the widget and the extension (`npm run build`), then serves the demo site from dist/ on
// http://127.0.0.1:5173 (or $PORT), with the response headers in demo/headers.json (the strict-CSP page's).
// `npm start -- --no-build` serves what is already built.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('The build failed; nothing to serve. (`npm start -- --no-build` serves the last build.)');
    process.exit(build.status ?? 1);
  }
}

/** @type {Record<string, Record<string, string>>} */
const headers = JSON.parse(await readFile(path.join(root, 'demo/headers.json'), 'utf8'));
const port = Number(process.env.PORT ?? 5173);
const server = await startStaticServer(path.join(root, 'dist'), { port, headers: (file) => headers[file] });

console.log(`\nThe demo is at ${server.url}/demo/ (Ctrl+C stops it).`);
process.on('SIGINT', () => server.close().then(() => process.exit(0)));
