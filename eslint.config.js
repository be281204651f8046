// One linter for the whole tree. ESLint with typescript-eslint rather than Biome: Biome's per-platform
// binaries are not all on the package registry this project installs from, so a lockfile holding Biome
// fails `npm ci` on a fresh clone. ESLint and Prettier are plain JavaScript and install anywhere.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const FACES = ['widget', 'extension', 'content'];
const noImport = (group, message) => ({ group, message });
/** `no-restricted-imports` for the files of each layer. */
function layers() {
  const faces = (except) =>
    FACES.filter((face) => face !== except).map((face) =>
      noImport([`**/${face}/**`, `**/${face}`], `${except ?? 'shared'} does not import from ${face}/.`),
    );
  const preact = noImport(
    ['preact', 'preact/*', '@preact/*'],
    'Only shared/ui uses Preact; this layer is plain TypeScript.',
  );
  const rule = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
  return [
    { files: ['shared/**/*.{ts,tsx}'], rules: rule(...faces()) },
    {
      files: ['shared/**/*.{ts,tsx}'],
      ignores: ['shared/ui/**'],
      rules: {
        ...rule(...faces(), preact),
        // No DOM either: the core runs in Node (tests, bench) and in any face.
        'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'HTMLElement', 'customElements'],
      },
    },
    {
      files: ['shared/schema/**/*.ts'],
      rules: rule(
        ...faces(),
        preact,
        noImport(
          ['**/catalogue/**', '**/routing/**', '**/i18n/**', '**/ui/**'],
          'shared/schema imports nothing above it.',
        ),
      ),
    },
    ...FACES.map((face) => ({ files: [`${face}/**/*.{ts,tsx}`], rules: rule(...faces(face)) })),
  ];
}

export default tseslint.config(
  { ignores: ['dist/**', '.output/**', '.wxt/**', 'node_modules/**', 'shared/catalogue/data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // The layers, lowest first: shared/schema (shapes) < catalogue, routing, i18n (data and pure logic) <
  // shared/ui (Preact) < the faces: widget/, extension/ (with entrypoints/) and content/. A layer imports only
  // from below it, and the faces not from each other. tests/lint/layers.test.ts shows each rule failing.
  ...layers(),
  {
    // Scripts and tests talk to the terminal.
    files: ['scripts/**', 'tests/**', '.ci/**'],
    rules: { 'no-console': 'off' },
  },
  prettier,
);
