// ESLint flat config: the Office add-in rules (load/sync discipline) + typescript-eslint,
// plus an import fence that keeps src/core pure (DESIGN.md §2, dependency direction).
import officeAddins from 'eslint-plugin-office-addins';
import tseslint from 'typescript-eslint';

// The office-addins preset bundles its own, older @typescript-eslint plugin; one plugin instance may be
// registered per name, so its configs use the project's typescript-eslint instead.
const officeRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins?.['@typescript-eslint']) return config;
  const plugins = Object.fromEntries(Object.entries(config.plugins).filter(([name]) => name !== '@typescript-eslint'));
  return {
    ...config,
    plugins,
    languageOptions: { ...config.languageOptions, parser: tseslint.parser, ecmaVersion: 2022 },
  };
});

export default [
  { ignores: ['node_modules/**', 'dist/**', 'dist-cli/**', 'coverage/**'] },
  ...tseslint.configs.recommended,
  ...officeRecommended,
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { Buffer: 'readonly', URL: 'readonly', console: 'readonly', process: 'readonly' } },
  },
  // The load/sync rules are for Office.js proxies; exceljs's getCell() in the Node file host only looks like one.
  {
    files: ['src/hosts/file/**', 'src/cli/**', 'test/**'],
    rules: { 'office-addins/call-sync-before-read': 'off', 'office-addins/load-object-before-read': 'off' },
  },
  // TypeScript checks undefined names and redeclarations itself (knows jest's globals from @types/jest, and that
  // a zod schema and its inferred type may share a name).
  // typescript-eslint's no-unused-vars understands types (a parameter name inside a function type is not a variable).
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: { 'no-undef': 'off', 'no-redeclare': 'off', 'no-unused-vars': 'off' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Runs in the pane's page before anything else (IE11 included): a plain browser script.
  {
    files: ['src/taskpane/browser-check.js'],
    languageOptions: {
      sourceType: 'script',
      globals: { window: 'readonly', document: 'readonly', navigator: 'readonly' },
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/hosts/**', '**/taskpane/**', '**/cli/**', '**/commands/**'],
              message: 'src/core must not depend on hosts, UI or CLI.',
            },
            {
              group: ['react', 'react-dom', 'fs', 'path', 'node:*', 'exceljs', 'jszip', '@xmldom/*', '@microsoft/*'],
              message: 'src/core is pure: no Node, DOM, Office or UI packages.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'Office', 'Word', 'Excel', 'process'],
    },
  },
  // The UI never touches Office: only taskpane/index.tsx picks a concrete host (DESIGN §2).
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    ignores: ['src/taskpane/index.tsx'],
    rules: {
      'no-restricted-globals': ['error', 'Office', 'Word', 'Excel'],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/hosts/word/**', '**/hosts/excel/**', '**/hosts/file/**', '@microsoft/*'],
              message: 'The pane works through the Host port; only taskpane/index.tsx chooses Word or Excel.',
            },
          ],
        },
      ],
    },
  },
];
