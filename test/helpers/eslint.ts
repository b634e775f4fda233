/**
 * ESLint set up as a user of `unleak/eslint` would: espree (JSX on) for JavaScript,
 * typescript-eslint's parser for TypeScript, vue-eslint-parser (with typescript-eslint's parser
 * for `<script lang="ts">`, JSX on for `lang="tsx"`) for `.vue` files, svelte-eslint-parser (with
 * typescript-eslint's parser for `<script lang="ts">`) for `.svelte` files.
 */
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import svelteParser from 'svelte-eslint-parser';
import vueParser from 'vue-eslint-parser';
import unleak from '../../src/eslint/index';

export { unleak };

/** The language options for a file, by its extension (`null`: no parser set up for it). */
export function languageOptionsFor(filename: string): Linter.LanguageOptions | null {
  if (/\.[cm]?tsx?$/.test(filename)) return { parser: tseslint.parser as Linter.Parser };
  if (/\.vue$/.test(filename)) {
    return {
      parser: vueParser as Linter.Parser,
      parserOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true } },
    };
  }
  if (/\.svelte$/.test(filename)) {
    return { parser: svelteParser as Linter.Parser, parserOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' } };
  }
  if (/\.(?:[cm]?js|jsx)$/.test(filename)) {
    return {
      ecmaVersion: 'latest',
      sourceType: /\.cjs$/.test(filename) ? 'commonjs' : 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    };
  }
  return null;
}

/** The flat config a project that lints JS, TS, Vue and Svelte files with unleak would write. */
export function projectConfig(extra: Linter.Config[] = []): Linter.Config[] {
  return [
    { files: ['**/*.{js,jsx,mjs}'], languageOptions: languageOptionsFor('x.js')! },
    { files: ['**/*.cjs'], languageOptions: languageOptionsFor('x.cjs')! },
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: languageOptionsFor('x.ts')! },
    { files: ['**/*.vue'], languageOptions: languageOptionsFor('x.vue')! },
    { files: ['**/*.svelte'], languageOptions: languageOptionsFor('x.svelte')! },
    unleak.configs.recommended,
    ...extra,
  ];
}
