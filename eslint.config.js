// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { readdirSync } from 'node:fs';

/** Each folder of src/features is one feature: it may use src/features/shared, never another feature. */
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'shared')
  .map((entry) => entry.name);

const featuresKeepToThemselves = FEATURES.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`, './shared'],
  message: `Features do not import each other: move what ${feature} shares to src/features/shared (docs/architecture.md).`,
}));

/** Packages that only adapters may touch (docs/architecture.md: the rest of the app sees ports). */
const PLATFORM_PACKAGES = [
  '@microsoft/teams-js',
  '@azure/msal-browser',
  '@microsoft/microsoft-graph-client',
  'idb',
];

const platformOnlyInAdapters = PLATFORM_PACKAGES.map((name) => ({
  name,
  message: 'Only src/adapters/** may import platform SDKs; use a port instead.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: platformOnlyInAdapters }],
      // The dependency direction (docs/architecture.md): domain ← ports ← application ← features
      // ← shell ← app; adapters implement ports; only app wires adapters.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: [
                './src/ports',
                './src/application',
                './src/adapters',
                './src/features',
                './src/shell',
                './src/app',
              ],
              message: 'The domain is pure: it imports nothing of the app.',
            },
            {
              target: './src/ports',
              from: [
                './src/application',
                './src/adapters',
                './src/features',
                './src/shell',
                './src/app',
              ],
              message: 'Ports depend on the domain only.',
            },
            {
              target: './src/application',
              from: ['./src/adapters', './src/features', './src/shell', './src/app'],
              message: 'The application layer uses ports and the domain only: no UI, no adapters.',
            },
            {
              target: './src/adapters',
              from: ['./src/application', './src/features', './src/shell', './src/app'],
              message: 'Adapters implement ports; they do not know the UI.',
            },
            {
              target: './src/features',
              from: ['./src/adapters', './src/shell', './src/app'],
              message: 'Features use ports and the application layer; only src/app picks adapters.',
            },
            {
              target: './src/shell',
              from: ['./src/adapters', './src/app'],
              message: 'The shell hosts features; only src/app picks adapters.',
            },
            ...featuresKeepToThemselves,
          ],
        },
      ],
      'import-x/no-cycle': 'error',
    },
  },
  {
    files: ['src/domain/**', 'src/application/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: platformOnlyInAdapters,
          patterns: [
            {
              group: ['react', 'react-dom', '@fluentui/*', '@microsoft/*', '@azure/*'],
              message: 'The domain and the application layer are plain TypeScript: no UI, no SDKs.',
            },
          ],
        },
      ],
      // No clock and no randomness in the domain: `today` and ids are inputs.
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain has no clock: take `today`/`now` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain has no clock: take `now` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'The domain is deterministic: take ids as a parameter.',
        },
      ],
    },
  },
  {
    files: ['src/adapters/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render user text as text; never as HTML.',
        },
      ],
    },
  },
  {
    files: ['tests/**', 'scripts/**'],
    rules: { 'no-restricted-imports': 'off', 'import-x/no-restricted-paths': 'off' },
  },
);
