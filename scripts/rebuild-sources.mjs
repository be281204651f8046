// `npm run rebuild:sources`: does what Mozilla's reviewers do with the sources zip, and checks that it gives
// the package that was submitted. Run `npm run zip` first. In a temporary folder it
//   1. unzips dist/get-help-now-<version>-sources.zip,
//   2. runs `npm ci`, then `npm run build:firefox`,
//   3. compares every file of the rebuilt dist/firefox-mv3/ with dist/get-help-now-<version>-firefox.zip,
// prints the differences, and exits with 1 if there are any. Needs `unzip` and the npm registry.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { name, version } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
const sourcesZip = path.join(root, `dist/${name}-${version}-sources.zip`);
const firefoxZip = path.join(root, `dist/${name}-${version}-firefox.zip`);

function run(command, args, cwd) {
  console.log(`\n$ ${[command, ...args].join(' ')}   (in ${cwd})`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
async function files(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).replaceAll('\\', '/'))
    .sort();
}

for (const zip of [sourcesZip, firefoxZip]) {
  if (!existsSync(zip)) {
    console.error(`No ${path.relative(root, zip)}: run \`npm run zip\` first.`);
    process.exit(1);
  }
}

const work = await mkdtemp(path.join(tmpdir(), 'get-help-now-rebuild-'));
try {
  const sources = path.join(work, 'sources');
  const submitted = path.join(work, 'submitted');
  run('unzip', ['-q', sourcesZip, '-d', sources], root);
  run('unzip', ['-q', firefoxZip, '-d', submitted], root);
  run('npm', ['ci', '--no-audit', '--no-fund'], sources);
  run('npm', ['run', 'build:firefox'], sources);

  const rebuilt = path.join(sources, 'dist/firefox-mv3');
  const [rebuiltFiles, submittedFiles] = await Promise.all([files(rebuilt), files(submitted)]);
  const differences = [];
  for (const file of new Set([...rebuiltFiles, ...submittedFiles])) {
    if (!rebuiltFiles.includes(file)) differences.push(`only in the submitted package: ${file}`);
    else if (!submittedFiles.includes(file)) differences.push(`only in the rebuild: ${file}`);
    else {
      const [a, b] = await Promise.all([readFile(path.join(rebuilt, file)), readFile(path.join(submitted, file))]);
      if (!a.equals(b)) differences.push(`differs: ${file}`);
    }
  }
  if (differences.length) {
    console.error(`\nThe rebuild from the sources differs from the Firefox package:\n  ${differences.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`\nThe rebuild from the sources gives the Firefox package exactly: ${rebuiltFiles.length} files.`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
