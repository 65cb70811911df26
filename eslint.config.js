import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

/** Math functions whose last bit is not the same in every JavaScript engine. */
const TRANSCENDENTAL = [
  'pow',
  'exp',
  'expm1',
  'log',
  'log1p',
  'log2',
  'log10',
  'sin',
  'cos',
  'tan',
  'asin',
  'acos',
  'atan',
  'atan2',
  'sinh',
  'cosh',
  'tanh',
  'asinh',
  'acosh',
  'atanh',
  'cbrt',
  'hypot',
];

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'docs/', 'test-results/', 'out/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // The engine must be reproducible: all randomness comes from seeded generators (MODEL.md §6).
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use a seeded stream from src/model/rng.ts.',
        },
      ],
      // No code from strings: the Content Security Policy forbids eval (index.html).
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'svelte/no-at-html-tags': 'error',
    },
  },
  {
    // App code: no HTML from strings (user text must stay text; the CSP forbids inline script).
    files: ['src/**', 'workers/**', 'public/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use a seeded stream from src/model/rng.ts.',
        },
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
          property,
          message: 'Build DOM with Svelte or textContent, never from HTML strings.',
        })),
        { object: 'document', property: 'write', message: 'Never write HTML into the page.' },
      ],
    },
  },
  {
    // The engine's results must be the same bits in Node and in every browser (the golden hash,
    // test/model/simulate/goldenHash.test.ts): Math's transcendental functions and ** differ in
    // the last bit between V8 versions, so the engine uses src/model/math instead.
    files: ['src/model/**', 'workers/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'Math',
          property: 'random',
          message: 'Use a seeded stream from src/model/rng.ts.',
        },
        ...['innerHTML', 'outerHTML', 'insertAdjacentHTML'].map((property) => ({
          property,
          message: 'Build DOM with Svelte or textContent, never from HTML strings.',
        })),
        { object: 'document', property: 'write', message: 'Never write HTML into the page.' },
        ...TRANSCENDENTAL.map((property) => ({
          object: 'Math',
          property,
          message: `Math.${property} differs between JavaScript engines: use src/model/math (exp, log, pow, powInt, cosSinTurns).`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "BinaryExpression[operator='**']",
          message: '** differs between JavaScript engines: use powInt or pow from src/model/math.',
        },
        {
          selector: "AssignmentExpression[operator='**=']",
          message: '**= differs between JavaScript engines: use powInt or pow from src/model/math.',
        },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
);
