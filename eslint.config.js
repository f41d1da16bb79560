// `pnpm lint`: ESLint over the packages' sources, the stories, the tests, the examples, the
// Storybook setup and the root config files, with no warning allowed.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // Installed, built and generated output (the same as .gitignore).
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    'storybook-static/',
    'coverage/',
    'test-results/',
    'playwright-report/',
    '.ci/.tools/',
    'tests/.output/',
    '**/*.tmp.mjs',
  ]),

  js.configs.recommended,
  // Type-aware rules (floating promises, unsafe `any` and the like) over every TypeScript file,
  // with tsconfig.json as the one program: a full run stays well under a minute on two cores.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { omitted: _omitted, ...rest } = value` is how a key is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },

  // The React rules, the React Compiler's among them, wherever a component or hook may be.
  {
    files: ['**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
  },

  // Vitest's unit and component tests.
  {
    files: ['**/*.test.{ts,tsx}'],
    rules: {
      // `await act(async () => { ... })` is how a React test flushes effects and pending loads,
      // whether or not the callback awaits anything itself.
      '@typescript-eslint/require-await': 'off',
      // Vitest types its asymmetric matchers (`expect.any`, `expect.closeTo`,
      // `expect.objectContaining`) as `any`, so that they fit wherever a value is expected.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  // Plain JavaScript (the Node scripts, the element's build, this file) has no type information
  // (tsconfig.json does not check it), so no type-aware rules; Node's globals are defined.
  {
    files: ['**/*.{js,mjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
  // The benchmarks pass functions to `page.evaluate`, which run in the browser.
  {
    files: ['tests/bench/*.mjs'],
    languageOptions: { globals: globals.browser },
  },
]);
