// Lint for the web app: typescript-eslint's recommended rules, the rules of hooks, and the import boundaries
// of the feature layout (src/features/<feature>/{api,components}, bulletproof-react's):
//   - shared code (src/api, src/lib, src/shared) imports only shared code: never a feature or the app;
//   - a feature imports shared code, its own files, and other features only through their public index.ts,
//     and only the features below it in FEATURE_LAYERS (so imports between features flow one way);
//   - the app (routes, the signed-in frame) imports shared code and the features' index.ts;
//   - tests may also import the test helpers (src/test).
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Each feature may use the features listed for it (through their index.ts); the graph has no cycles. */
const FEATURE_USES = {
  auth: [],
  projects: [],
  people: ['auth', 'projects'],
  comments: ['auth', 'projects', 'people'],
  notifications: ['auth'],
  tasks: ['auth', 'projects', 'people', 'comments', 'notifications'],
  filters: ['auth', 'projects', 'tasks'],
  activity: ['auth'],
  calendar: ['auth', 'projects', 'tasks'],
  settings: ['auth', 'projects', 'tasks', 'notifications'],
  search: ['auth', 'projects'],
};

const element = (type, captured) => ({ element: captured ? { type, captured } : { type } });
/** A feature's public face: its index.ts, and nothing else of it. */
const featureIndex = (feature) => ({
  element: { type: 'feature', ...(feature ? { captured: { feature } } : {}), fileInternalPath: 'index.ts' },
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'src/api/schema.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks, boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'test-support', pattern: 'src/test' },
        { type: 'shared', pattern: ['src/api', 'src/lib', 'src/shared'] },
        // what is left at the root of src: main.tsx, the entry
        { type: 'main', pattern: 'src' },
      ],
      'boundaries/files': [{ category: 'test', pattern: 'src/**/*.test.{ts,tsx}' }],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            { from: element('shared'), allow: [{ to: element('shared') }] },
            { from: element('main'), allow: [{ to: element(['app', 'shared']) }] },
            { from: element('app'), allow: [{ to: element(['app', 'shared']) }, { to: featureIndex() }] },
            ...Object.entries(FEATURE_USES).map(([feature, uses]) => ({
              from: element('feature', { feature }),
              allow: [
                { to: element('shared') },
                { to: element('feature', { feature }) },
                ...uses.map((used) => ({ to: featureIndex(used) })),
              ],
            })),
            { from: element('test-support'), allow: [{ to: element(['app', 'shared']) }] },
            { from: { file: { categories: 'test' } }, allow: [{ to: element('test-support') }] },
          ],
        },
      ],
    },
  },
  {
    files: ['*.{js,ts}', 'scripts/**/*.mjs', 'browser-tests/**/*.{mjs,ts}', 'playwright.config.ts'],
    languageOptions: { globals: globals.node },
  },
  // The service worker (web push): served as it is from the build's root, /sw.js.
  { files: ['public/sw.js'], languageOptions: { globals: globals.serviceworker } },
  prettier,
);
