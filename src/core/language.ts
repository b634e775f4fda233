/**
 * Which parser a file gets, decided by its extension alone.
 *
 * `.ts` files are parsed without JSX because `<T>value` is a type assertion there and
 * JSX would misread it; `.js` files get JSX (React code often lives in `.js`) but no Flow
 * and no TypeScript syntax. `.vue` and `.svelte` files are containers: their `<script>`
 * blocks are parsed with the language of their `lang` attribute (see script-blocks.ts).
 */
export type Language = 'ts' | 'tsx' | 'js';

export interface LanguageInfo {
  language: Language;
  /** `module`, `script` or `unambiguous` (decided from imports/exports, as babel does). */
  sourceType: 'module' | 'script' | 'unambiguous';
  /** A single-file component whose `<script>` blocks hold the code. */
  container?: 'vue' | 'svelte';
}

const BY_EXTENSION: Readonly<Record<string, LanguageInfo>> = {
  '.ts': { language: 'ts', sourceType: 'module' },
  '.mts': { language: 'ts', sourceType: 'module' },
  '.cts': { language: 'ts', sourceType: 'module' },
  '.tsx': { language: 'tsx', sourceType: 'module' },
  '.jsx': { language: 'js', sourceType: 'module' },
  '.js': { language: 'js', sourceType: 'unambiguous' },
  '.mjs': { language: 'js', sourceType: 'module' },
  '.cjs': { language: 'js', sourceType: 'script' },
  '.vue': { language: 'js', sourceType: 'module', container: 'vue' },
  '.svelte': { language: 'js', sourceType: 'module', container: 'svelte' },
};

export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(BY_EXTENSION);

/**
 * Declaration files, minified bundles and type tests are never rewritten. A type test
 * (`*.test-d.ts`, `*.spec-d.ts`: tsd's and Vitest's typecheck convention) is only type-checked,
 * never run: a "dropped" promise there is an expression whose type the file checks (the MongoDB
 * driver's `test/types` had 37 `.catch(console.error)` suggestions).
 */
export function isExcludedByName(fileName: string): boolean {
  return /\.d\.[cm]?tsx?$/.test(fileName) || /\.min\.[cm]?js$/.test(fileName) || /\.(?:test|spec)-d\.[cm]?[jt]sx?$/.test(fileName);
}

/** The file name after the last `/` or `\\`. */
function getBaseName(filePath: string): string {
  return filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
}

/**
 * The extension in lower case (`.ts`), from the last dot that does not start the name; `''`
 * without one. A string function like `path.extname`, so the ground floor needs no node:path.
 */
export function getExtension(filePath: string): string {
  const base = getBaseName(filePath);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

export function getLanguage(filePath: string): LanguageInfo | undefined {
  // Asked for every file a folder lists: the name is cut once, and only a name with a source
  // extension is checked for being a declaration file or a minified bundle.
  const base = getBaseName(filePath);
  const dot = base.lastIndexOf('.');
  const info = dot > 0 ? BY_EXTENSION[base.slice(dot).toLowerCase()] : undefined;
  return info === undefined || isExcludedByName(base) ? undefined : info;
}
