/**
 * What the project's ESLint setup says about code a fix writes — read as text, no project code
 * runs:
 *
 * - the `void` operator: `eslint-config-standard` (and semistandard, neostandard, the `standard`
 *   CLI), airbnb's configs and `eslint-config-xo` turn `no-void` on for statements too, so
 *   `void work().catch(onError);` would fail the project's lint after `--write`;
 *   `standard-with-typescript`, `eslint-config-love` and `no-void: ['error', { allowAsStatement:
 *   true }]` allow it as a statement, which is all a fix writes;
 * - `curly: 'error'` (all): a generated `if` gets its body in braces;
 * - `arrow-parens`: `as-needed` gives `error => …` (used when no formatter config says);
 * - `no-console` (without `allow: ['error']`): a fix whose handler would call `console.error` is
 *   a suggestion until `onError` names the project's reporter;
 * - typescript-eslint's `no-floating-promises` turned off (every setting of it in the config
 *   that says: PeerTube's client, tabby, gitea): the project drops promises by choice, so
 *   unconsumed-promise's fixes there are suggestions.
 *
 * The nearest config above the file that says decides each (flat `eslint.config.*`,
 * `.eslintrc*`, package.json `eslintConfig`, oxlint's `.oxlintrc.json`); a legacy config without `root: true` is read
 * together with the ones above it. A config's own `no-void` setting wins over any preset. */
import fs from 'node:fs';
import path from 'node:path';
import { hasDirEntry } from './dir-entries';
import { isPathInside } from './path-inside';
import { isTestFilePath } from '../analysis/syntax/test-file-path';

const FLAT_CONFIGS = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts'];
const LEGACY_CONFIGS = ['.eslintrc.js', '.eslintrc.cjs', '.eslintrc.yaml', '.eslintrc.yml', '.eslintrc.json', '.eslintrc'];

/**
 * A rule's setting in a config's text: `'curly': 'error'`, `"no-void": ["error", { … }]`,
 * `no-void: 2` (YAML), `'arrow-parens': [ERROR, 'as-needed']` (a constant: on unless named
 * `OFF`). `on`, the array form's first option string, and where the setting starts; `null` when
 * the text does not set the rule.
 */
function findRuleSetting(text: string, rule: string): { on: boolean; array: boolean; option: string | undefined; index: number } | null {
  const pattern = new RegExp(`['"]?${rule}['"]?\\s*:\\s*(\\[\\s*)?(?:(['"]?)(off|warn|error|0|1|2)\\2|([A-Za-z_$][\\w$.]*))`);
  const match = pattern.exec(text);
  if (!match) return null;
  const level = match[3] ?? match[4]!;
  const array = match[1] !== undefined;
  // The first option of the array form: `['error', 'as-needed']`.
  const option = array ? /^\s*,\s*['"]([\w-]+)['"]/.exec(text.slice(match.index + match[0].length))?.[1] : undefined;
  return { on: !/^(?:off|0)$/i.test(level.replace(/^.*\./, '')), array, option, index: match.index };
}

/** Presets that allow `void` as a statement: checked before the names they contain. */
const ALLOWING_PRESET = /['"](?:eslint-config-)?(?:standard-with-typescript|love|xo-typescript)(?:\/[\w./-]*)?['"]/;
/** Presets that forbid every `void` (by `extends` name, or the package a flat config imports). */
const FORBIDDING_PRESET = /['"](?:@vue\/)?(?:eslint-config-)?(standard|semistandard|neostandard|airbnb|airbnb-base|airbnb-typescript|xo)(?:\/[\w./-]*)?['"]/;
/** CLIs with a fixed config: `standard`, `semistandard` (their rules cannot turn `no-void` off). */
const FORBIDDING_CLI = ['standard', 'semistandard'];

export interface LintStyle {
  /** Where `void` is forbidden, said for a note (`eslint-config-standard (.eslintrc.js)`); `null`: allowed. */
  noVoid: string | null;
  /** `curly: 'error'` (the `all` option): every `if` body in braces. */
  curlyAll: boolean;
  /** `arrow-parens` as the config sets it (`as-needed` is `avoid`); unset when it does not. */
  arrowParens?: 'always' | 'avoid';
  /** Where `console.error` is forbidden (`no-console` on without `allow: ['error']`), for a message; `null`: allowed. */
  noConsole: string | null;
  /** Where `no-floating-promises` is turned off (every setting of it in that config), for a message; `null`: on or unset. */
  floatingPromisesOff: string | null;
}

const cache = new Map<string, LintStyle>();
/** The config each folder holds, read once per run (every folder below it asks again). */
const configs = new Map<string, ConfigText | null>();

/** Forget cached lookups (each run starts fresh). */
export function clearLintStyleCache(): void {
  cache.clear();
  configs.clear();
}

interface ConfigText {
  file: string;
  text: string;
  /** Configs above it do not apply (a flat config, `root: true`, or the `standard` CLI). */
  final: boolean;
}

function readText(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The lint config in `dir`, if any: the ESLint config (the first found, in ESLint's order), and
 * oxlint's `.oxlintrc.json` (its rules are ESLint's names: SigNoz's `curly: "error"`), read
 * together when both are there.
 */
function readConfigIn(dir: string): ConfigText | null {
  const eslint = readEslintConfigIn(dir);
  const oxlint = hasDirEntry(dir, OXLINT_CONFIG) ? readText(path.join(dir, OXLINT_CONFIG)) : null;
  if (oxlint === null) return eslint;
  if (!eslint) return { file: path.join(dir, OXLINT_CONFIG), text: oxlint, final: true };
  return { file: eslint.file, text: `${eslint.text}\n${oxlint}`, final: eslint.final };
}

const OXLINT_CONFIG = '.oxlintrc.json';

/** The ESLint config text in `dir`, if any (one config per folder: the first found, in ESLint's order). */
function readEslintConfigIn(dir: string): ConfigText | null {
  for (const name of FLAT_CONFIGS) {
    if (!hasDirEntry(dir, name)) continue;
    const text = readText(path.join(dir, name));
    if (text !== null) return { file: path.join(dir, name), text, final: true };
  }
  for (const name of LEGACY_CONFIGS) {
    if (!hasDirEntry(dir, name)) continue;
    const text = readText(path.join(dir, name));
    if (text !== null) return { file: path.join(dir, name), text, final: /\broot['"]?\s*:\s*true\b/.test(text) };
  }
  if (!hasDirEntry(dir, 'package.json')) return null;
  const text = readText(path.join(dir, 'package.json'));
  if (text === null) return null;
  try {
    const manifest = JSON.parse(text) as { eslintConfig?: unknown; dependencies?: Record<string, unknown>; devDependencies?: Record<string, unknown> };
    const cli = FORBIDDING_CLI.find((name) => manifest.devDependencies?.[name] !== undefined || manifest.dependencies?.[name] !== undefined);
    if (manifest.eslintConfig !== undefined) {
      const config = JSON.stringify(manifest.eslintConfig);
      return { file: path.join(dir, 'package.json'), text: config, final: /"root":true/.test(config) };
    }
    if (cli) return { file: path.join(dir, 'package.json'), text: `"${cli}"`, final: true };
  } catch {
    return null;
  }
  return null;
}

/** What one config says about `void`: `forbidden` with the preset or rule that says so, `allowed`, or nothing. */
function decide(config: ConfigText): { verdict: 'forbidden' | 'allowed'; by: string } | null {
  const setting = findRuleSetting(config.text, 'no-void');
  if (setting) {
    if (!setting.on) return { verdict: 'allowed', by: 'no-void' };
    const options = config.text.slice(setting.index, setting.index + 200);
    if (setting.array && /allowAsStatement['"]?\s*:\s*true/.test(options)) return { verdict: 'allowed', by: 'no-void' };
    return { verdict: 'forbidden', by: 'no-void' };
  }
  if (ALLOWING_PRESET.test(config.text)) return { verdict: 'allowed', by: 'preset' };
  const preset = FORBIDDING_PRESET.exec(config.text);
  return preset ? { verdict: 'forbidden', by: `eslint-config-${preset[1]}`.replace('eslint-config-neostandard', 'neostandard') } : null;
}

/** `curly: 'error'` / `curly: ['error', 'all']` turned on (not `multi`, `multi-line`, `multi-or-nest`). */
function decideCurly(config: ConfigText): boolean | null {
  const setting = findRuleSetting(config.text, 'curly');
  if (!setting) return null;
  return setting.on && (setting.option === undefined || setting.option === 'all');
}

/** `arrow-parens: ['error', 'as-needed']` -> `avoid`; `'error'` / `'always'` -> `always`. */
function decideArrowParens(config: ConfigText): 'always' | 'avoid' | 'off' | null {
  const setting = findRuleSetting(config.text, 'arrow-parens');
  if (!setting) return null;
  if (!setting.on) return 'off';
  return setting.option === 'as-needed' ? 'avoid' : 'always';
}

/** `no-console: 'error'` (or `warn`, which `--max-warnings 0` fails too) that does not allow `console.error`. */
function decideNoConsole(config: ConfigText): boolean | null {
  const setting = findRuleSetting(config.text, 'no-console');
  if (!setting) return null;
  if (!setting.on) return false;
  const options = setting.array ? config.text.slice(setting.index, setting.index + 200) : '';
  const allow = /allow['"]?\s*:\s*\[([^\]]*)\]/.exec(options);
  return !(allow && /['"]error['"]/.test(allow[1]!));
}

/**
 * `no-floating-promises` (typescript-eslint's, oxlint's `typescript/…`) as one config sets it:
 * `true` when every setting of it there is off (a config may set it per `files` block:
 * jellyfin-web's `error` for TypeScript and `off` for legacy JS is not off), `false` when one is
 * on, `null` when the config does not set it.
 */
function decideFloatingPromisesOff(config: ConfigText): boolean | null {
  let offset = 0;
  let seen = false;
  for (let setting = findRuleSetting(config.text, 'no-floating-promises'); setting; setting = findRuleSetting(config.text.slice(offset), 'no-floating-promises')) {
    const at = offset + setting.index;
    offset = at + 'no-floating-promises'.length;
    if (setting.on) return false;
    // Case: `overrides: [{ files: ['*.spec.ts'], rules: { …: 'off' } }]`: tests only, not the code a fix touches
    if (isInTestFilesBlock(config, at)) continue;
    seen = true;
  }
  return seen ? true : null;
}

/**
 * The setting at `index` sits in the `rules` of a block (an `overrides` entry, a flat config
 * object) whose `files` name only test code. Read from the text's braces, in JavaScript and JSON
 * configs (a YAML config is read as written: every setting counts).
 */
function isInTestFilesBlock(config: ConfigText, index: number): boolean {
  if (/\.ya?ml$/.test(config.file)) return false;
  const text = config.text;
  // The block: the second `{` around the setting that is not closed before it (the first is `rules`).
  let depth = 0;
  let opened = 0;
  let start = -1;
  for (let i = index - 1; i >= 0 && start < 0; i--) {
    const char = text[i];
    if (char === '}' || char === ']') depth++;
    else if (char === '{' || char === '[') {
      if (depth > 0) depth--;
      else if (char === '{' && ++opened === 2) start = i;
    }
  }
  if (start < 0) return false;
  // Its own `files` key (depth 0 inside the block), and the patterns it lists.
  const key = /['"]?files['"]?\s*:\s*/g;
  for (let match = key.exec(text); match; match = key.exec(text)) {
    if (match.index <= start) continue;
    if (depthBetween(text, start + 1, match.index) !== 0) {
      if (depthBetween(text, start + 1, match.index) < 0) return false;
      continue;
    }
    const value = text.slice(match.index + match[0].length, match.index + match[0].length + 400);
    const list = value.startsWith('[') ? value.slice(0, value.indexOf(']') + 1) : (/^(['"`])[^'"`]*\1/.exec(value)?.[0] ?? '');
    const patterns = list.match(/(['"`])[^'"`]*\1/g) ?? [];
    // Case: `*.spec.ts`, `**/__tests__/**`, `e2e/**/*.ts`: what the rules call a test file (test-file-path.ts)
    return patterns.length > 0 && patterns.every((pattern) => isTestFilePath(pattern.slice(1, -1)));
  }
  return false;
}

/** Brackets opened minus closed in `text` from `from` to `to` (negative: `to` is past the block's end). */
function depthBetween(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth < 0) return depth;
    }
  }
  return depth;
}

/** The configs that apply to files of `start`, nearest first (up to a flat config, `root: true` or `stopAt`). */
function findConfigChain(start: string, stopAt: string): ConfigText[] {
  const chain: ConfigText[] = [];
  for (let dir = start; ; ) {
    let config = configs.get(dir);
    if (config === undefined) configs.set(dir, (config = readConfigIn(dir)));
    if (config) chain.push(config);
    const parent = path.dirname(dir);
    if (config?.final || dir === path.resolve(stopAt) || parent === dir || !isPathInside(parent, stopAt)) break;
    dir = parent;
  }
  return chain;
}

/** Where a config is, for a message: its path from `stopAt` (`client/.eslintrc.json`). */
function configPlace(config: ConfigText, stopAt: string): string {
  return path.relative(path.resolve(stopAt), config.file).split(path.sep).join('/') || path.basename(config.file);
}

/** The lint facts for `filePath`, searching configs no higher than `stopAt` (the nearest config that says decides each). */
export function findLintStyle(filePath: string, stopAt: string): LintStyle {
  const start = path.dirname(path.resolve(filePath));
  const key = `${start}\0${stopAt}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const chain = findConfigChain(start, stopAt);
  const style: LintStyle = { noVoid: null, curlyAll: false, noConsole: null, floatingPromisesOff: null };
  for (const config of chain) {
    const said = decide(config);
    if (!said) continue;
    if (said.verdict === 'forbidden') style.noVoid = `${said.by} (${configPlace(config, stopAt)})`;
    break;
  }
  for (const config of chain) {
    const curly = decideCurly(config);
    if (curly === null) continue;
    style.curlyAll = curly;
    break;
  }
  for (const config of chain) {
    const noConsole = decideNoConsole(config);
    if (noConsole === null) continue;
    if (noConsole) style.noConsole = `no-console (${configPlace(config, stopAt)})`;
    break;
  }
  for (const config of chain) {
    const off = decideFloatingPromisesOff(config);
    if (off === null) continue;
    if (off) style.floatingPromisesOff = `no-floating-promises (${configPlace(config, stopAt)})`;
    break;
  }
  for (const config of chain) {
    const parens = decideArrowParens(config);
    if (parens === null) continue;
    if (parens !== 'off') style.arrowParens = parens;
    break;
  }
  cache.set(key, style);
  return style;
}

/** The `Settings` fields the lint facts give (`noVoid`, `curly`; `arrowParens` when no formatter config said it). */
export function lintStyleSettings(filePath: string, stopAt: string): { noVoid?: string; curly?: true; arrowParens?: 'always' | 'avoid'; noConsole?: string; floatingPromisesOff?: string } {
  const { noVoid, curlyAll, arrowParens, noConsole, floatingPromisesOff } = findLintStyle(filePath, stopAt);
  return {
    ...(noVoid === null ? {} : { noVoid }),
    ...(curlyAll ? { curly: true as const } : {}),
    ...(arrowParens ? { arrowParens } : {}),
    ...(noConsole === null ? {} : { noConsole }),
    ...(floatingPromisesOff === null ? {} : { floatingPromisesOff }),
  };
}
