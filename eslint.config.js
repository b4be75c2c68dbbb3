import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

// Features meet only in src/app: a feature may import its own folder and shared code, never another feature.
const featureIsolation = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/features/*', `!@/features/${feature}`, '@/app/*', '@mocks/*'],
            message: 'Features do not import other features, the app, or the mocks; compose them in src/app.',
          },
          { group: ['../../*/**', '!../../' + feature + '/**'], message: 'Reach other features only through src/app.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-mock', 'dist-bff', '.data', 'node_modules', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'e2e/voice/harness/dist', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        window: 'readonly', document: 'readonly', navigator: 'readonly', console: 'readonly', process: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        localStorage: 'readonly', URL: 'readonly', fetch: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // No untranslated text in JSX: every visible string goes through i18next.
    files: ['src/**/*.tsx'],
    ignores: ['src/**/*.test.tsx', 'src/**/__tests__/**', 'src/testing/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': ['error', { mode: 'jsx-text-only', 'should-validate-template': true }],
    },
  },
  {
    // Vitest helpers named use*() (useMockServer) are not React hooks.
    files: ['src/**/*.test.{ts,tsx}', 'src/**/__tests__/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Playwright fixtures take `({}, use)` by design.
    files: ['e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  ...featureIsolation,
  {
    files: ['src/lib/**/*.{ts,tsx}', 'src/components/**/*.{ts,tsx}', 'src/realtime/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/features/*', '@/app/*', '@mocks/*'], message: 'Shared code never imports features, the app or mocks.' }] }],
    },
  },
  {
    // A shared module's own tests may drive the mock backend (one set of mocks for every environment).
    files: ['src/lib/**/*.test.{ts,tsx}', 'src/components/**/*.test.{ts,tsx}', 'src/realtime/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/features/*', '@/app/*'], message: 'Shared code never imports features or the app.' }] }],
    },
  },
  {
    // Rules are pure and shared by the SPA, the mocks and the BFF: they see the contract and nothing else.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/*', '!@/contract', '@mocks/*', 'react', 'react-dom', 'msw', 'msw/*'], message: 'src/domain imports only src/contract: no I/O, no UI, no mocks.' }] },
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@/*', '@mocks/*', '../../*'], message: 'The contract imports nothing from the rest of src.' }] }],
    },
  },
);
