/**
 * Runs prettier on a file a fix changed, with the project's own config, and only when the
 * project uses prettier and the file was prettier-clean before the fix (so unleak never
 * reformats code the fix did not touch). Otherwise the minimal-edit output stands.
 *
 * Security: by default no code from the scanned repository runs. JSON, YAML and TOML configs
 * are read by unleak itself, `plugins` dropped and `overrides` applied here, and so are
 * JavaScript and TypeScript configs that are one literal object (parsed, not run:
 * prettier-literal-config.ts); other JavaScript configs, and shared configs named by a string,
 * are used only with `execConfig` (`--exec-config`), which hands resolution to prettier itself.
 */
import { isPathInside } from './path-inside';
import { hasDirEntry } from './dir-entries';
import { readLiteralPrettierConfig } from './prettier-literal-config';
import fs from 'node:fs';
import path from 'node:path';
import { readPackageMajor } from './package-version';

// Loaded on first use: most runs change no file, or the project has no prettier config.
const loadIgnore = (): typeof import('ignore') => require('ignore') as typeof import('ignore');
const loadPicomatch = (): typeof import('picomatch') => require('picomatch') as typeof import('picomatch');

type PrettierOptions = Record<string, unknown>;

/** Config file names in prettier's own search order. */
const CONFIG_NAMES = [
  'package.json',
  'package.yaml',
  '.prettierrc',
  '.prettierrc.json',
  '.prettierrc.yaml',
  '.prettierrc.yml',
  '.prettierrc.json5',
  '.prettierrc.js',
  'prettier.config.js',
  '.prettierrc.ts',
  'prettier.config.ts',
  '.prettierrc.mjs',
  'prettier.config.mjs',
  '.prettierrc.mts',
  'prettier.config.mts',
  '.prettierrc.cjs',
  'prettier.config.cjs',
  '.prettierrc.cts',
  'prettier.config.cts',
  '.prettierrc.toml',
];

const EXECUTABLE_CONFIG = /\.(?:[cm]?[jt]s)$/;

export interface FoundPrettierConfig {
  file: string;
  /** Parsed data config; `undefined` for configs that need code execution. */
  data?: PrettierOptions;
  /** Why this config cannot be used without `--exec-config` (or at all). */
  unusable?: string;
}

export interface PrettierSettings {
  enabled: boolean;
  execConfig: boolean;
  /** Search for configs stops here (the repository root or the working directory). */
  stopAt: string;
  /**
   * `.editorconfig`'s `max_line_length` for the file, which prettier itself takes as `printWidth`
   * when its config does not set one (unleak applies it to data configs; with `--exec-config`
   * prettier reads `.editorconfig` itself).
   */
  editorconfigWidth?: number;
}

export interface PrettierOutcome {
  text: string;
  formatted: boolean;
  /** Why prettier did not run, when a config was found but not used. */
  note?: string;
}

const configCache = new Map<string, FoundPrettierConfig | null>();

/** Forget cached config lookups (each run starts fresh: configs may change between runs). */
export function clearPrettierConfigCache(): void {
  configCache.clear();
}

function readDataConfig(file: string): FoundPrettierConfig | null {
  const base = path.basename(file);
  const text = fs.readFileSync(file, 'utf8');
  let value: unknown;
  if (base === 'package.json') {
    const pkg = JSON.parse(text) as { prettier?: unknown };
    if (pkg.prettier === undefined) return null;
    value = pkg.prettier;
  } else if (base === 'package.yaml') {
    const pkg = (require('yaml') as typeof import('yaml')).parse(text) as { prettier?: unknown } | null;
    if (!pkg || pkg.prettier === undefined) return null;
    value = pkg.prettier;
  } else if (base.endsWith('.toml')) {
    value = (require('smol-toml') as typeof import('smol-toml')).parse(text);
  } else if (base.endsWith('.json5')) {
    return { file, unusable: 'JSON5 prettier configs are not read' };
  } else {
    // `.prettierrc` is JSON or YAML; YAML is a superset of JSON.
    value = (require('yaml') as typeof import('yaml')).parse(text);
  }
  if (typeof value === 'string') return { file, unusable: `it names a shared config ("${value}"), which runs code` };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { file, unusable: 'it is not an object' };
  return { file, data: value as PrettierOptions };
}

/** A JavaScript / TypeScript config: data when it is one literal object (parsed, never run), else usable only with `--exec-config`. */
function readScriptConfig(file: string): FoundPrettierConfig {
  const data = readLiteralPrettierConfig(fs.readFileSync(file, 'utf8'), file);
  return data ? { file, data } : { file, unusable: 'it is a JavaScript config that is not one literal object, which runs code' };
}

/** The nearest prettier config above `filePath`, searching no higher than `stopAt`. */
export function findPrettierConfig(filePath: string, stopAt: string): FoundPrettierConfig | null {
  let dir = path.dirname(path.resolve(filePath));
  const visited: string[] = [];
  let found: FoundPrettierConfig | null = null;
  for (;;) {
    if (configCache.has(dir)) {
      found = configCache.get(dir)!;
      break;
    }
    visited.push(dir);
    for (const name of CONFIG_NAMES) {
      const candidate = path.join(dir, name);
      if (!hasDirEntry(dir, name)) continue;
      try {
        found = EXECUTABLE_CONFIG.test(name) ? readScriptConfig(candidate) : readDataConfig(candidate);
      } catch (error) {
        found = { file: candidate, unusable: `it could not be read (${(error as Error).message})` };
      }
      if (found) break;
    }
    const parent = path.dirname(dir);
    if (found || dir === path.resolve(stopAt) || parent === dir || !isPathInside(parent, stopAt)) break;
    dir = parent;
  }
  for (const v of visited) configCache.set(v, found);
  return found;
}


interface Override {
  files?: string | string[];
  excludeFiles?: string | string[];
  options?: PrettierOptions;
}

/** Applies `overrides` the way prettier does (patterns relative to the config's folder). */
export function resolveDataConfig(config: PrettierOptions, configFile: string, filePath: string): PrettierOptions {
  const { overrides, plugins: _plugins, $schema: _schema, ...base } = config as PrettierOptions & { overrides?: Override[] };
  const resolved: PrettierOptions = { ...base };
  const relative = path.relative(path.dirname(configFile), filePath).split(path.sep).join('/');
  const picomatch = loadPicomatch();
  for (const override of Array.isArray(overrides) ? overrides : []) {
    const files = ([] as string[]).concat(override.files ?? []);
    const excluded = ([] as string[]).concat(override.excludeFiles ?? []);
    const matches = picomatch(files, { dot: true, basename: true });
    const isExcluded = excluded.length > 0 ? picomatch(excluded, { dot: true, basename: true }) : () => false;
    if (files.length > 0 && matches(relative) && !isExcluded(relative)) {
      const { plugins: _overridePlugins, ...options } = override.options ?? {};
      Object.assign(resolved, options);
    }
  }
  return resolved;
}

function isPrettierIgnored(filePath: string, stopAt: string): boolean {
  const ignoreFile = path.join(stopAt, '.prettierignore');
  if (!fs.existsSync(ignoreFile)) return false;
  const relative = path.relative(stopAt, filePath).split(path.sep).join('/');
  if (relative.startsWith('..')) return false;
  return loadIgnore()().add(fs.readFileSync(ignoreFile, 'utf8')).ignores(relative);
}

type PrettierModule = typeof import('prettier');
let prettierModule: Promise<PrettierModule> | undefined;
function loadPrettier(): Promise<PrettierModule> {
  return (prettierModule ??= import('prettier'));
}

/**
 * The defaults of the project's own prettier where they differ from the one unleak runs (3):
 * prettier 2 writes `trailingComma: "es5"` (no comma after the last argument of a call broken
 * over lines), prettier 1 also `"none"` and `arrowParens: "avoid"`. A config that sets them wins.
 * Real-world: a password manager's monorepo on prettier 2.8.8 (config with only `printWidth`) got
 * `.catch(\n  (error) => console.error(error),\n)` in every rewrite its own prettier would undo.
 */
function versionDefaults(projectDir: string): PrettierOptions {
  const major = readPackageMajor(projectDir, 'prettier');
  if (major === 2) return { trailingComma: 'es5' };
  if (major === 1) return { trailingComma: 'none', arrowParens: 'avoid' };
  return {};
}

/**
 * Formats `output` (the fixed text of `filePath`) when the project's prettier config is usable
 * and `original` was already prettier-clean under it.
 */
export async function formatWithProjectPrettier(
  filePath: string,
  original: string,
  output: string,
  settings: PrettierSettings,
): Promise<PrettierOutcome> {
  if (!settings.enabled) return { text: output, formatted: false };
  const found = findPrettierConfig(filePath, settings.stopAt);
  if (!found) return { text: output, formatted: false };
  if (isPrettierIgnored(filePath, settings.stopAt)) return { text: output, formatted: false };
  const prettier = await loadPrettier();
  let options: PrettierOptions | null;
  if (found.data) {
    options = resolveDataConfig(found.data, found.file, filePath);
    // Case: no `printWidth` in the config, `max_line_length = 120` in `.editorconfig` (homepage): prettier's width is 120
    if (options.printWidth === undefined && settings.editorconfigWidth !== undefined) options.printWidth = settings.editorconfigWidth;
  } else if (settings.execConfig) {
    options = await prettier.resolveConfig(filePath, { config: found.file, editorconfig: true });
  } else {
    // The run's notes say once that formatting was left to the user, and why (formatting.ts).
    return { text: output, formatted: false };
  }
  const formatOptions = { ...versionDefaults(path.dirname(found.file)), ...(options ?? {}), filepath: filePath, endOfLine: 'auto' as const };
  try {
    if (!(await prettier.check(original, formatOptions))) return { text: output, formatted: false };
    return { text: await prettier.format(output, formatOptions), formatted: true };
  } catch (error) {
    return { text: output, formatted: false, note: `prettier failed: ${(error as Error).message.split('\n')[0]}` };
  }
}
