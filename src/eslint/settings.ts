/**
 * `settings.unleak` of an ESLint config → what the engine needs for one file: the same keys as
 * `unleak.config.json` where they make sense per file (`target`, `minConfidence`,
 * `defaultIgnores`), and, as the CLI does, the runtime target of the file's own project
 * (package.json `engines`, browserslist, installed type declarations) and the print width of
 * its formatter config. Rule options are ESLint rule options; paths and ignores are ESLint's.
 *
 * This is the edge (like src/cli): it reads package.json and formatter configs, through the
 * engine's own resolvers. Answers are cached per folder while ESLint keeps linting; after a
 * pause (an editor's next keystroke after the user edited package.json) they are read afresh.
 */
import path from 'node:path';
import { ConfigError, validateConfig, type TargetConfig, type UnleakConfig } from '../engine/config';
import { clearFormattingCache, resolveProjectFormatting } from '../engine/formatting';
import { findProjectDir, findRepositoryDir } from '../engine/project-dir';
import { createProjectModules } from '../engine/project-modules';
import type { ProjectQueries, RuntimeTarget, Settings } from '../core/rule';
import { resolveTargetSetting } from '../engine/target';
import { clearLintStyleCache, lintStyleSettings } from '../engine/lint-style';

/**
 * The keys of `unleak.config.json` that `settings.unleak` takes, and `printWidth`: the longest
 * line generated code may make, over the width read from the formatter config (`false`: never
 * break a line).
 */
export interface UnleakSettings extends Pick<UnleakConfig, 'minConfidence' | 'defaultIgnores'> {
  /** As in the config (`{ "node": "18.0" }`), or already resolved (see `resolveTargetSetting`). */
  target?: TargetConfig | RuntimeTarget;
  printWidth?: number | false;
}

const SUPPORTED_KEYS = new Set<string>(['target', 'minConfidence', 'defaultIgnores']);
const ELSEWHERE: Record<string, string> = {
  rules: 'turn rules on and give their options as ESLint rules ("unleak/fetch-timeout": ["warn", { … }])',
  ignore: "use ESLint's ignores",
  maxFileSize: "use ESLint's ignores",
  prettier: 'ESLint fixes are minimal edits; format with your formatter',
};

const parsed = new WeakMap<object, UnleakSettings>();

/** Validates `settings.unleak` (an error names the key and what it must be). */
export function readUnleakSettings(settings: Record<string, unknown> | undefined): UnleakSettings {
  const value = settings?.unleak;
  if (value === undefined) return {};
  if (typeof value === 'object' && value !== null && parsed.has(value)) return parsed.get(value)!;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) validateConfig(value, 'ESLint settings.unleak'); // throws
  const { printWidth, ...rest } = value as Record<string, unknown>;
  if (printWidth !== undefined && printWidth !== false && !(typeof printWidth === 'number' && printWidth > 0)) {
    throw new ConfigError('ESLint settings.unleak: "printWidth" must be a positive number or false');
  }
  const config = validateConfig(rest, 'ESLint settings.unleak');
  for (const key of Object.keys(config)) {
    if (key === '$schema' || SUPPORTED_KEYS.has(key)) continue;
    throw new ConfigError(`ESLint settings.unleak: "${key}" is not read by the ESLint plugin (${ELSEWHERE[key] ?? 'not supported'})`);
  }
  const result: UnleakSettings = printWidth === undefined ? config : { ...config, printWidth: printWidth as number | false };
  parsed.set(value as object, result);
  return result;
}

/** Cached answers live while files keep coming; a pause longer than this starts afresh. */
const IDLE_RESET_MS = 2_000;

interface Caches {
  byFolder: Map<string, { target: Settings['target']; stopAt: string }>;
  projectModules: (absoluteFilePath: string) => ProjectQueries;
}

let caches: Caches | null = null;
let lastUse = 0;

function getCaches(): Caches {
  const now = Date.now();
  if (!caches || now - lastUse > IDLE_RESET_MS) {
    clearFormattingCache();
    clearLintStyleCache();
    caches = { byFolder: new Map(), projectModules: createProjectModules() };
  }
  lastUse = now;
  return caches;
}

/**
 * The engine settings for the file at `absolutePath`, as the CLI resolves them: the runtime
 * target of its project (the nearest package.json) and the print width of its formatter config
 * or `.editorconfig`. `cwd` bounds the search when the file is in no repository.
 */
export function resolveFileSettings(absolutePath: string, cwd: string, unleak: UnleakSettings): Settings {
  const { byFolder } = getCaches();
  const folder = path.dirname(absolutePath);
  const key = `${folder}\u0000${JSON.stringify(unleak.target ?? null)}`;
  let project = byFolder.get(key);
  if (!project) {
    const stopAt = findRepositoryDir(folder) ?? cwd;
    project = { target: resolveTargetSetting(unleak.target, findProjectDir(folder, stopAt)), stopAt };
    byFolder.set(key, project);
  }
  const { target } = project;
  const formatting = resolveProjectFormatting(absolutePath, project.stopAt, { prettier: true, execConfig: false });
  // The project's lint style (no `void`, `curly`, `arrow-parens`), the formatter's arrow style over it.
  const style = { ...lintStyleSettings(absolutePath, project.stopAt), ...(formatting.arrowParens ? { arrowParens: formatting.arrowParens } : {}), ...(formatting.trailingCommas ? { trailingCommas: formatting.trailingCommas } : {}) };
  if (unleak.printWidth === false) return { target, ...style };
  if (unleak.printWidth !== undefined) return { target, printWidth: unleak.printWidth, ...style };
  return { target, printWidth: formatting.printWidth, ...style };
}

/** What other files of the project say (relative imports' promise-returning exports). */
export function resolveProjectQueries(absolutePath: string): ProjectQueries {
  return getCaches().projectModules(absolutePath);
}
