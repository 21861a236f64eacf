// One lint configuration for the whole monorepo. Package boundaries are enforced here, not by hope.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const deepImports = {
  group: [
    '@jixiao/*/src/*',
    '@jixiao/*/dist/*',
    '../../packages/*',
    '../../../packages/*',
    '../../apps/*',
  ],
  message:
    'Import a package through its public entry (@jixiao/x or a declared subpath), never its files.',
};

const pureImports = [
  deepImports,
  {
    group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads'],
    message: 'Pure packages do no I/O: adapters do.',
  },
  {
    group: ['react', 'react-dom', '@fluentui/*', 'office-js', '@microsoft/office-js'],
    message: 'No UI or Office in pure packages.',
  },
  {
    group: ['exceljs', 'fflate', 'jszip', 'docx'],
    message: 'File formats belong to adapters (@jixiao/xlsx, @jixiao/report).',
  },
];

const impureSyntax = [
  {
    selector: "MemberExpression[object.name='Date'][property.name='now']",
    message: 'The engine is pure: no clock.',
  },
  { selector: "NewExpression[callee.name='Date']", message: 'The engine is pure: no clock.' },
  {
    selector: "MemberExpression[object.name='process']",
    message: 'The engine is pure: no process.env or process.*.',
  },
  {
    selector: "MemberExpression[object.name='Math'][property.name='random']",
    message: 'The engine is deterministic.',
  },
  {
    selector: "MemberExpression[object.name='Math'][property.name='round']",
    message: 'Round with Decimal half-up, never Math.round on floats.',
  },
  {
    selector: "CallExpression[callee.name='parseFloat']",
    message: 'Parse numbers into Decimal, not floats.',
  },
  {
    selector: "CallExpression[callee.property.name='toFixed']",
    message: 'toFixed rounds binary floats: format Decimals.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/out/**',
      '**/test-artifacts/**',
      '**/.turbo/**',
      '**/coverage/**',
      '**/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', 'bin/*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.es2022 },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-restricted-imports': ['error', { patterns: [deepImports] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The engine: pure TypeScript. zod and decimal.js only.
    files: [
      'packages/engine/src/**/*.ts',
      'packages/workbook/src/**/*.ts',
      'packages/pipeline/src/**/*.ts',
      'packages/example/src/**/*.ts',
    ],
    ignores: ['**/*.test.ts', '**/__tests__/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: pureImports }],
      'no-restricted-syntax': ['error', ...impureSyntax],
      'no-console': 'error',
    },
  },
  {
    // The shared pane knows no host: Office.js, WPS and the page's worker stay in their apps.
    files: ['packages/ui/src/**/*.ts', 'packages/ui/src/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            deepImports,
            {
              group: ['office-js', '@microsoft/office-js', '@jixiao/excel-addin', '@jixiao/web'],
              message: 'packages/ui is shared by every host: host code stays in its app.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test/**', '**/bench/**', '**/scripts/**'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
);
