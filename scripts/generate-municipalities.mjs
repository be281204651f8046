// Turns the norway-geodata JSON (≈800 KB) into two small committed TypeScript modules:
//   shared/catalogue/data/municipalities.data.ts  – what the widget ships (names, written form, website, county)
//   shared/catalogue/data/postal-codes.data.ts    – postal code → municipality, kept apart so bundles that never
//                                                   look up a postal code tree-shake it away
// Usage: node scripts/generate-municipalities.mjs [sourceDir] [outDir]
// The output is a pure function of the input (no dates, stable order), so a test can regenerate it and
// demand byte-identical files: nobody hand-edits the data.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const scriptDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(scriptDir, '..');
const sourceDir = path.resolve(process.argv[2] ?? path.resolve(repoRoot, '..', 'shared', 'data', 'norway-geodata'));
const outDir = path.resolve(process.argv[3] ?? path.resolve(repoRoot, 'shared', 'catalogue', 'data'));

// A different count means Norway's municipality structure changed (a merger or split): review what depends on
// municipality numbers before accepting it here.
const EXPECTED_MUNICIPALITIES = 357;

// Postal codes that belong to territories outside the municipality structure. Svalbard and Jan Mayen have
// their own SSB region numbers but no municipality, so these codes are left out rather than failing the run.
const TERRITORIES = new Map([
  ['2100', 'Svalbard'],
  ['2211', 'Jan Mayen'],
]);

const WRITTEN_FORMS = new Map([
  ['Bokmål', 'nb'],
  ['Nynorsk', 'nn'],
  ['Nøytral', 'n'],
]);

// Most municipalities live at www.<slug>.kommune.no; storing only the slug halves the website column.
const KOMMUNE_HOST = /^www\.([a-z0-9-]+)\.kommune\.no$/;
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

// Characters the encodings below use as separators or that would end the template literal.
const UNSAFE = /[|:,\n\r`$\\']/;

const problems = [];
const fail = (file, message) => problems.push(`${file}: ${message}`);

function readJson(file) {
  const full = path.join(sourceDir, file);
  try {
    return JSON.parse(readFileSync(full, 'utf8'));
  } catch (error) {
    console.error(`generate-municipalities: cannot read ${full}: ${error.message}`);
    process.exit(1);
  }
}

function readCredit() {
  const full = path.join(sourceDir, 'SOURCE.md');
  let text;
  try {
    text = readFileSync(full, 'utf8');
  } catch (error) {
    console.error(`generate-municipalities: cannot read ${full}: ${error.message}`);
    process.exit(1);
  }
  const credit = /should credit:\s*"([^"]+)"/.exec(text)?.[1];
  if (!credit) {
    console.error(`generate-municipalities: ${full} has no 'should credit: "…"' line to copy into the output`);
    process.exit(1);
  }
  const commit = /commit\s+([0-9a-f]{40})/.exec(text)?.[1];
  return { credit: credit.replace(/\s+/g, ' ').trim(), commit };
}

const isText = (value) => typeof value === 'string' && value.trim() === value && value !== '' && !UNSAFE.test(value);

function checkCounties(counties) {
  const file = 'counties-2025.json';
  const names = new Map();
  if (!Array.isArray(counties)) {
    fail(file, 'expected an array of counties');
    return names;
  }
  for (const county of counties) {
    if (!/^\d{2}$/.test(county?.id)) fail(file, `county id ${JSON.stringify(county?.id)} is not 2 digits`);
    else if (names.has(county.id)) fail(file, `county id ${county.id} appears twice`);
    else if (!isText(county.name))
      fail(file, `county ${county.id} has an unusable name ${JSON.stringify(county.name)}`);
    else names.set(county.id, county.name);
  }
  return names;
}

function checkMunicipalities(municipalities, counties) {
  const file = 'municipalities-2025.json';
  const rows = [];
  if (!Array.isArray(municipalities)) {
    fail(file, 'expected an array of municipalities');
    return rows;
  }
  if (municipalities.length !== EXPECTED_MUNICIPALITIES) {
    fail(file, `expected ${EXPECTED_MUNICIPALITIES} municipalities, found ${municipalities.length}`);
  }
  const seen = new Set();
  for (const m of municipalities) {
    const id = m?.id;
    if (typeof id !== 'string' || !/^\d{4}$/.test(id)) {
      fail(file, `municipality id ${JSON.stringify(id)} is not 4 digits`);
      continue;
    }
    if (seen.has(id)) fail(file, `municipality id ${id} appears twice`);
    seen.add(id);
    if (!isText(m.name_no)) fail(file, `${id} has an unusable name_no ${JSON.stringify(m.name_no)}`);
    if (!isText(m.name)) fail(file, `${id} has an unusable name ${JSON.stringify(m.name)}`);
    const form = WRITTEN_FORMS.get(m.language);
    if (!form) fail(file, `${id} has an unknown language ${JSON.stringify(m.language)}`);
    if (typeof m.url !== 'string' || !HOST.test(m.url)) fail(file, `${id} has a url that is not a bare host name`);
    if (!counties.has(id.slice(0, 2))) fail(file, `${id} belongs to no county in counties-2025.json`);
    rows.push(m);
  }
  return rows;
}

function checkPostalCodes(postalCodes, municipalityIds) {
  const file = 'postal-codes-2026.json';
  const byMunicipality = new Map();
  const skipped = [];
  if (!Array.isArray(postalCodes)) {
    fail(file, 'expected an array of postal codes');
    return { byMunicipality, skipped, kept: 0 };
  }
  const seen = new Set();
  let kept = 0;
  for (const entry of postalCodes) {
    const code = entry?.code;
    if (typeof code !== 'string' || !/^\d{4}$/.test(code)) {
      fail(file, `postal code ${JSON.stringify(code)} is not 4 digits`);
      continue;
    }
    if (seen.has(code)) fail(file, `postal code ${code} appears twice`);
    seen.add(code);
    if (TERRITORIES.has(entry.id)) {
      skipped.push(`${code} (${TERRITORIES.get(entry.id)})`);
    } else if (!municipalityIds.has(entry.id)) {
      fail(file, `postal code ${code} points at unknown municipality ${JSON.stringify(entry.id)}`);
    } else {
      if (!byMunicipality.has(entry.id)) byMunicipality.set(entry.id, []);
      byMunicipality.get(entry.id).push(Number(code));
      kept++;
    }
  }
  return { byMunicipality, skipped, kept };
}

function header({ credit, commit }, format) {
  return [
    '// Generated by scripts/generate-municipalities.mjs from norway-geodata — do not edit.',
    `// ${credit}`,
    ...(commit ? [`// Source: aprestmo/norway-geodata commit ${commit}.`] : []),
    '//',
    ...format.map((line) => `// ${line}`),
    '',
  ].join('\n');
}

function municipalitiesModule(source, counties, municipalities) {
  const countyTable = [...counties].sort(([a], [b]) => a.localeCompare(b)).map(([id, name]) => `${id}|${name}`);
  const lines = [...municipalities]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((m) => {
      const sami = m.name === m.name_no ? '' : m.name;
      const website = KOMMUNE_HOST.exec(m.url)?.[1] ?? m.url;
      return [m.id, m.name_no, sami, WRITTEN_FORMS.get(m.language), website].join('|');
    });
  return `${header(source, [
    'Compact on purpose: the widget ships this file, and parsing one string is smaller than 357 object literals.',
    'Decoded once, lazily, by shared/catalogue/municipalities.ts.',
  ])}
/** One county a line: \`first two digits of the municipality number|county name\`. */
export const COUNTIES = \`
${countyTable.join('\n')}
\`;

/**
 * One municipality a line: \`number|Norwegian name|Sami name or empty|written form|website\`.
 * Written form is nb (Bokmål), nn (Nynorsk) or n (neutral). The website is the host's slug when the host is
 * www.<slug>.kommune.no, and the whole host otherwise (a value with a dot in it).
 */
export const MUNICIPALITIES = \`
${lines.join('\n')}
\`;
`;
}

function postalCodesModule(source, byMunicipality) {
  const lines = [...byMunicipality.keys()].sort().map((id) => {
    let previous = 0;
    const deltas = byMunicipality
      .get(id)
      .sort((a, b) => a - b)
      .map((code) => {
        const delta = (code - previous).toString(36);
        previous = code;
        return delta;
      });
    return `${id}:${deltas.join(',')}`;
  });
  return `${header(source, [
    'A separate module so bundles that never look up a postal code (the widget) leave it out when tree-shaking.',
    'Decoded once, lazily, by shared/catalogue/postal-codes.ts.',
  ])}
/**
 * One municipality a line: \`number:deltas\`. The deltas, in base 36 and separated by commas, rebuild the
 * municipality's postal codes in ascending order: each code is the previous one (0 at the start) plus its delta.
 */
export const POSTAL_CODES = \`
${lines.join('\n')}
\`;
`;
}

const source = readCredit();
const counties = checkCounties(readJson('counties-2025.json'));
const municipalities = checkMunicipalities(readJson('municipalities-2025.json'), counties);
const { byMunicipality, skipped, kept } = checkPostalCodes(
  readJson('postal-codes-2026.json'),
  new Set(municipalities.map((m) => m.id)),
);

if (problems.length > 0) {
  console.error(`generate-municipalities: ${sourceDir} is not usable; nothing was written.`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}

const outputs = [
  ['municipalities.data.ts', municipalitiesModule(source, counties, municipalities)],
  ['postal-codes.data.ts', postalCodesModule(source, byMunicipality)],
];
mkdirSync(outDir, { recursive: true });
for (const [name, text] of outputs) {
  const bytes = Buffer.from(text, 'utf8');
  writeFileSync(path.join(outDir, name), bytes);
  const gzip = gzipSync(bytes, { level: 9 }).length;
  console.log(`${path.relative(process.cwd(), path.join(outDir, name))}: ${bytes.length} B, ${gzip} B gzip`);
}
console.log(`${municipalities.length} municipalities, ${kept} postal codes`);
if (skipped.length > 0) console.log(`left out, not in any municipality: ${skipped.join(', ')}`);
