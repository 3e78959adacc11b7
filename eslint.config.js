// One type-aware lint configuration for server, web, tests and scripts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layer rules (docs/developing.md, "Layers"): each folder may import only what its layer allows.
/** Packages that do I/O on the server: no pure or shared layer may depend on them. */
const SERVER_PACKAGES = [
  'kysely',
  'fastify',
  '@fastify/*',
  'better-sqlite3',
  'pg',
  'ioredis',
  'nodemailer',
  '@node-rs/*',
  '@simplewebauthn/server',
];
/** The only packages the web app may import (it runs in the browser); a new one is added here. */
const WEB_PACKAGES = ['preact', 'zod', 'uqr', 'jsqr', '@simplewebauthn/browser', 'vitest', 'uplot'];
/** A relative import that climbs into one of the named top-level folders of src/. */
const into = (...folders) => `^(\\.\\./)+(?:${folders.join('|')})(?:/|$)`;
const layer = (message, ...patterns) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, message })) }],
});

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'data', 'coverage', '.test-artifacts'] },
  js.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      // Fastify hooks and handlers are async by contract, with or without an await.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The domain is pure rules and math: no I/O, no framework, so it can be tested and reused alone.
    files: ['src/domain/**'],
    rules: layer(
      'src/domain is pure: it imports no server or web code and no I/O package (docs/developing.md, Layers).',
      { regex: into('server', 'web', 'cli') },
      { group: SERVER_PACKAGES },
    ),
  },
  {
    // The contract is shared by server and web, so it may depend on neither.
    files: ['src/contract/**'],
    rules: layer(
      'src/contract is shared by server and web: it imports neither, nor a server package (docs/developing.md, Layers).',
      { regex: into('server', 'web', 'cli') },
      { group: SERVER_PACKAGES },
    ),
  },
  {
    // The web app runs in the browser and reaches the server only through the contract's `call`.
    files: ['src/web/**'],
    rules: layer(
      'src/web imports only src/web, src/contract, src/domain and browser packages (WEB_PACKAGES in eslint.config.js; docs/developing.md, Layers).',
      { regex: into('server', 'cli') },
      {
        regex: `^(?![./])(?!(?:${WEB_PACKAGES.join('|')})(?:/|$))`,
      },
    ),
  },
  {
    // A feature's queries are its own: other features read through its reads.ts or its service.
    files: ['src/server/features/**'],
    rules: layer(
      'Another feature’s queries.js is private to it: import its reads.ts (or service) instead (docs/developing.md, Layers).',
      { regex: '^\\.\\./(?:\\.\\./)*(?:features/)?[^./][^/]*/queries(?:\\.js)?$' },
    ),
  },
  {
    files: ['src/cli/**', 'scripts/**', 'bench/**', 'bin/**', 'test/**', 'e2e/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
  },
);
