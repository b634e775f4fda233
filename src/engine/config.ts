/**
 * The project's unleak config: `unleak.config.json`, or an `"unleak"` key in package.json,
 * found in the working directory or the nearest folder above it (stopping at the repository
 * root). JSON only, so reading a config never runs code from the scanned repository.
 *
 * {
 *   "rules": { "fetch-timeout": { "timeoutMs": 5000 }, "timer-cleanup": "off" },
 *   "ignore": ["legacy/**"],
 *   "maxFileSize": 2097152,
 *   "defaultIgnores": true,
 *   "prettier": true,
 *   "target": { "node": "18.0" },
 *   "minConfidence": "medium",
 *   "types": true,
 *   "settings": { "effectHooks": ["useMountEffect"], "reportProcessLifetime": false }
 * }
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONFIDENCE_LEVELS, type Confidence } from '../core/finding';

export type RuleSetting = 'off' | 'on' | boolean | Record<string, unknown>;

export interface TargetConfig {
  /** Lowest Node.js version the code runs on, e.g. `"18.0"`. */
  node?: string;
  /** Lowest browser versions, e.g. `{ "chrome": 100, "safari": 15.4 }`. */
  browsers?: Record<string, number | string>;
  /** The code runs on React Native's Hermes engine. */
  hermes?: boolean;
}

export interface UnleakConfig {
  rules?: Record<string, RuleSetting>;
  ignore?: string[];
  maxFileSize?: number;
  defaultIgnores?: boolean;
  prettier?: boolean;
  target?: TargetConfig;
  /** Report only findings at least this sure (`--min-confidence`). */
  minConfidence?: Confidence;
  /** Type information for the rules that ask for it (default true; `--no-types`). */
  types?: boolean;
  /** Project-wide settings every rule reads. */
  settings?: ProjectSettingsConfig;
}

/** The config's `settings`: what several rules need to know about the project. */
export interface ProjectSettingsConfig {
  effectHooks?: string[];
  reportProcessLifetime?: boolean;
}

/** Rule options that became project settings; still accepted per rule for one release. */
export const RULE_OPTIONS_NOW_SETTINGS = ['effectHooks', 'reportProcessLifetime'] as const;

const SETTING_CHECKS: Record<keyof ProjectSettingsConfig, { check: (value: unknown) => boolean; expected: string }> = {
  effectHooks: { check: (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'), expected: 'an array of hook names' },
  reportProcessLifetime: { check: (v) => typeof v === 'boolean', expected: 'true or false' },
};

export interface LoadedConfig {
  config: UnleakConfig;
  /** The file it came from. */
  file: string;
}

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const KEYS: Record<keyof UnleakConfig, (value: unknown) => boolean> = {
  rules: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  ignore: (v) => Array.isArray(v) && v.every((item) => typeof item === 'string'),
  maxFileSize: (v) => typeof v === 'number' && v > 0,
  defaultIgnores: (v) => typeof v === 'boolean',
  prettier: (v) => typeof v === 'boolean',
  target: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  minConfidence: (v) => typeof v === 'string' && (CONFIDENCE_LEVELS as readonly string[]).includes(v),
  types: (v) => typeof v === 'boolean',
  settings: (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
};

const EXPECTED: Record<keyof UnleakConfig, string> = {
  rules: 'an object of rule ids',
  ignore: 'an array of gitignore-style patterns',
  maxFileSize: 'a positive number of bytes',
  defaultIgnores: 'true or false',
  prettier: 'true or false',
  target: 'an object ({ "node": "18.0", "browsers": { "chrome": 100 }, "hermes": false })',
  minConfidence: '"high", "medium" or "low"',
  types: 'true or false',
  settings: 'an object ({ "effectHooks": ["useMountEffect"], "reportProcessLifetime": false })',
};

export function validateConfig(value: unknown, file: string): UnleakConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ConfigError(`${file}: the unleak config must be a JSON object`);
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === '$schema') continue;
    const check = KEYS[key as keyof UnleakConfig];
    if (!check) throw new ConfigError(`${file}: unknown key "${key}" (known: ${Object.keys(KEYS).join(', ')})`);
    if (!check(item)) throw new ConfigError(`${file}: "${key}" must be ${EXPECTED[key as keyof UnleakConfig]}`);
  }
  const config = value as UnleakConfig;
  for (const [ruleId, setting] of Object.entries(config.rules ?? {})) {
    const ok = setting === 'off' || setting === 'on' || typeof setting === 'boolean' || (typeof setting === 'object' && setting !== null && !Array.isArray(setting));
    if (!ok) throw new ConfigError(`${file}: rules.${ruleId} must be "off", "on", true, false or an object of options`);
  }
  for (const [key, item] of Object.entries(config.settings ?? {})) {
    const setting = SETTING_CHECKS[key as keyof ProjectSettingsConfig];
    if (!setting) throw new ConfigError(`${file}: unknown setting "${key}" (known: ${Object.keys(SETTING_CHECKS).join(', ')})`);
    if (!setting.check(item)) throw new ConfigError(`${file}: settings.${key} must be ${setting.expected}`);
  }
  return config;
}

function readJson(file: string): unknown {
  const text = fs.readFileSync(file, 'utf8');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ConfigError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

export function loadConfigFile(file: string): LoadedConfig {
  const absolute = path.resolve(file);
  if (!fs.existsSync(absolute)) throw new ConfigError(`${file}: config file not found`);
  const json = readJson(absolute);
  if (path.basename(absolute) === 'package.json') {
    const section = (json as { unleak?: unknown }).unleak;
    if (section === undefined) throw new ConfigError(`${file}: has no "unleak" key`);
    return { config: validateConfig(section, `${file} ("unleak" key)`), file: absolute };
  }
  return { config: validateConfig(json, file), file: absolute };
}

/** Searches `cwd` and the folders above it, up to `stopAt` (inclusive). */
export function findConfig(cwd: string, stopAt: string | null): LoadedConfig | null {
  let dir = path.resolve(cwd);
  for (;;) {
    const own = path.join(dir, 'unleak.config.json');
    if (fs.existsSync(own)) return loadConfigFile(own);
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      const json = readJson(pkg) as { unleak?: unknown };
      if (json && typeof json === 'object' && json.unleak !== undefined) {
        return { config: validateConfig(json.unleak, `${pkg} ("unleak" key)`), file: pkg };
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir || (stopAt !== null && path.resolve(dir) === path.resolve(stopAt))) return null;
    dir = parent;
  }
}
