import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// ---- Layers: which code under web/ may not import which.
// A restriction names web/ folders (matched in relative import paths, at any depth) and other
// modules (packages or files). It holds for static imports and re-exports (no-restricted-imports),
// dynamic `import()` and `typeof import()` types (no-restricted-syntax). tests/unit/import-graph.test.ts
// adds that there is no import cycle under web/.

/** Code that only runs at build time or on the command line, never in the browser. */
const BUILD_TIME = ['checker', 'build', 'cli', 'review'];
/** Everything that runs in the browser or its service worker. */
const RUN_TIME = [
  'web/ui/**',
  'web/app/**',
  'web/engine/**',
  'web/i18n/**',
  'web/care/**',
  'web/navigation/**',
  'web/content/**',
  'web/hosting/**',
  'web/sw.ts',
  'web/main.tsx',
];

const LAYERS = [
  {
    files: ['web/engine/**'],
    // (and, as all run-time code, nothing of web/checker, web/build or web/cli: see the last layer)
    folders: ['ui', 'app', 'i18n', 'content', 'care', 'navigation'],
    modules: ['^(preact|i18next)(/|$)'],
    message: 'The engine knows nothing of the UI, the app, texts, content files, care or navigation, nor of Preact or i18next.',
  },
  {
    files: ['web/ui/**'],
    modules: ['^json-logic-js(/|$)', '(^|/)json-logic(\\.ts)?$'],
    message: 'The UI knows nothing of JSON-logic: the engine evaluates the rules.',
  },
  {
    files: ['web/i18n/**'],
    folders: ['ui', 'app', 'care', 'navigation'],
    message: 'Texts know only i18next: where they come from is the app’s business (web/app/texts.ts), the page’s lang and dir the UI’s.',
  },
  {
    files: RUN_TIME,
    folders: BUILD_TIME,
    message: 'Build-time code (web/checker, web/build, web/cli, web/review) never ships: nothing that runs in the browser imports it.',
  },
];

/** One regular expression per restriction for the import paths it forbids. */
const forbidden = ({ folders = [], modules = [] }) =>
  [...(folders.length ? [`^(\\.{1,2}/)+(${folders.join('|')})(/|$)`] : []), ...modules].join('|');

/** A config block per file pattern, with every restriction that holds for it (rule options do not merge). */
const layerConfigs = [...new Set(LAYERS.flatMap((layer) => layer.files))].map((pattern) => {
  const layers = LAYERS.filter((layer) => layer.files.includes(pattern));
  const selector = (regex) => regex.replaceAll('/', '\\/');
  return {
    files: [pattern],
    rules: {
      'no-restricted-imports': ['error', { patterns: layers.map((layer) => ({ regex: forbidden(layer), message: layer.message })) }],
      'no-restricted-syntax': [
        'error',
        ...layers.flatMap((layer) => [
          { selector: `ImportExpression[source.value=/${selector(forbidden(layer))}/]`, message: layer.message },
          { selector: `TSImportType[argument.literal.value=/${selector(forbidden(layer))}/]`, message: layer.message },
        ]),
      ],
    },
  };
});

export default tseslint.config(
  { ignores: ['dist', 'dist.next', 'dist.old', 'node_modules', 'reports', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Hooks by the rules: every value an effect reads is in its dependencies, with no exemptions.
  {
    files: ['web/ui/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  ...layerConfigs,
);
