import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'reports', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // The engine must stay free of UI code: no Preact inside web/engine.
    },
  },
  {
    files: ['web/engine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['preact', 'preact/*', 'i18next', '../ui/*', '../app/*'], message: 'The engine knows nothing of the UI.' }] },
      ],
    },
  },
  {
    files: ['web/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['json-logic-js', '**/json-logic.ts'], message: 'The UI knows nothing of JSON-logic.' }] },
      ],
    },
  },
);
