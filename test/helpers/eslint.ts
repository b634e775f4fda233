/**
 * ESLint set up as a user of `unleak/eslint` would: espree (JSX on) for JavaScript,
 * typescript-eslint's parser for TypeScript, vue-eslint-parser (with typescript-eslint's parser
 * for `<script lang="ts">`, JSX on for `lang="tsx"`) for `.vue` files, svelte-eslint-parser (with
 * typescript-eslint's parser for `<script lang="ts">`) for `.svelte` files.
 */
import path from 'node:path';
import type { ESLint, Linter } from 'eslint';
import type { Finding, FixLevel } from '../../src/core/finding';
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

/** A finding as the CLI's JSON report has it (the fields compared with ESLint's messages). */
export type JsonFinding = Pick<Finding, 'rule' | 'file' | 'line' | 'column' | 'endLine' | 'endColumn' | 'message' | 'fix'>;

/** One line per finding, for comparing the CLI's findings with ESLint's. */
export function findingKey(f: JsonFinding): string {
  return `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.rule} ${f.fix}: ${f.message}`;
}

/** The fix level an ESLint message carries: a fix, suggestions, or neither. */
export function levelOf(message: { fix?: unknown; suggestions?: unknown[] }): FixLevel {
  return message.fix ? 'auto' : message.suggestions?.length ? 'suggestion' : 'none';
}

/** ESLint's messages of one run as the CLI's JSON findings, files relative to `root`. */
export function eslintFindings(results: readonly ESLint.LintResult[], root: string, message: (text: string) => string = (text) => text): JsonFinding[] {
  return results.flatMap((result) =>
    result.messages.map((m) => ({
      file: path.relative(root, result.filePath).split(path.sep).join('/'),
      line: m.line,
      column: m.column,
      endLine: m.endLine!,
      endColumn: m.endColumn!,
      rule: m.ruleId!.replace(/^unleak\//, ''),
      fix: levelOf(m),
      message: message(m.message),
    })),
  );
}
