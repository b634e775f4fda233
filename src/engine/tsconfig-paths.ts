/**
 * Non-relative imports that name a project file through the nearest `tsconfig.json` (or
 * `jsconfig.json`): its `compilerOptions.paths` patterns (`"@app/*": ["src/app/*"]`) and its
 * `baseUrl` (`import { LibraryService } from 'src/app/_services/library.service'`, the Angular
 * CLI's habit). Read as data (JSON with comments and trailing commas), never executed; an
 * `extends` chain of relative files is followed for the two options (a package's base config,
 * `@tsconfig/…`, is not). Per folder and run, like the other lookups (`clearTsconfigPaths`).
 *
 * Only what the two options say: no `node_modules` lookup, no `exports` maps. The candidates go
 * through the same extension and `index` search as a relative specifier (project-modules.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { hasDirEntry } from './dir-entries';

interface PathsConfig {
  /** Absolute; the folder `paths` targets are resolved from. */
  base: string;
  /** `baseUrl` given (bare specifiers are tried below it). */
  hasBaseUrl: boolean;
  paths: [pattern: string, targets: string[]][];
}

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
const MAX_EXTENDS = 5;
const configs = new Map<string, PathsConfig | null>();

/** Drops comments and trailing commas: what `JSON.parse` needs of a tsconfig. */
export function parseJsonWithComments(text: string): unknown {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      out += text.slice(start, i + 1);
    } else if (ch === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (ch === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === '}' || ch === ']') {
      // A trailing comma before it goes (comments are already out).
      let j = out.length - 1;
      while (j >= 0 && /\s/.test(out[j]!)) j--;
      out = (out[j] === ',' ? out.slice(0, j) + out.slice(j + 1) : out) + ch;
    } else out += ch;
  }
  return JSON.parse(out);
}

/** `baseUrl` and `paths` as written, with the folder of the config that wrote each. */
interface RawOptions {
  baseUrl?: { value: string; dir: string };
  paths?: { value: Record<string, string[]>; dir: string };
}

/** `baseUrl` and `paths` of a config file, following relative `extends`; `null` when unreadable. */
function readOptions(file: string, depth: number): RawOptions | null {
  let json: { extends?: unknown; compilerOptions?: { baseUrl?: unknown; paths?: unknown } };
  try {
    json = parseJsonWithComments(fs.readFileSync(file, 'utf8')) as typeof json;
  } catch {
    return null;
  }
  const dir = path.dirname(file);
  const inherited: RawOptions =
    typeof json.extends === 'string' && json.extends.startsWith('.') && depth < MAX_EXTENDS
      ? (readOptions(path.resolve(dir, json.extends.endsWith('.json') ? json.extends : `${json.extends}.json`), depth + 1) ?? {})
      : {};
  const options = json.compilerOptions ?? {};
  const result: RawOptions = { ...inherited };
  if (typeof options.baseUrl === 'string') result.baseUrl = { value: options.baseUrl, dir };
  if (options.paths && typeof options.paths === 'object') {
    const paths = Object.fromEntries(Object.entries(options.paths as Record<string, unknown>).filter((entry): entry is [string, string[]] => Array.isArray(entry[1]) && entry[1].every((target) => typeof target === 'string')));
    result.paths = { value: paths, dir };
  }
  return result;
}

/** The `paths` / `baseUrl` of the config file nearest above `dir` (cached per folder). */
function configFor(dir: string): PathsConfig | null {
  if (configs.has(dir)) return configs.get(dir)!;
  let config: PathsConfig | null = null;
  const name = CONFIG_NAMES.find((candidate) => hasDirEntry(dir, candidate));
  if (name) {
    const options = readOptions(path.join(dir, name), 0);
    if (options?.baseUrl || options?.paths) {
      const baseUrl = options.baseUrl ? path.resolve(options.baseUrl.dir, options.baseUrl.value) : null;
      config = {
        // Without `baseUrl`, `paths` targets are relative to the config that declares them.
        base: baseUrl ?? options.paths!.dir,
        hasBaseUrl: baseUrl !== null,
        paths: Object.entries(options.paths?.value ?? {}),
      };
    }
  } else {
    const parent = path.dirname(dir);
    // A package.json without a config ends the search: the package is not TypeScript-configured.
    config = parent === dir || hasDirEntry(dir, 'package.json') ? null : configFor(parent);
  }
  configs.set(dir, config);
  return config;
}

/** The paths a non-relative specifier may name, per the nearest config; most specific pattern first. */
export function getAliasCandidates(fromFile: string, specifier: string): string[] {
  return getAliasCandidatesFrom(path.dirname(fromFile), specifier);
}

/** `getAliasCandidates` from a folder: the nearest config, and so the answer, is the folder's. */
export function getAliasCandidatesFrom(fromDir: string, specifier: string): string[] {
  const config = configFor(fromDir);
  if (!config) return [];
  const candidates: string[] = [];
  let best: { prefixLength: number; targets: string[]; star: string } | null = null;
  for (const [pattern, targets] of config.paths) {
    const star = pattern.indexOf('*');
    if (star === -1) {
      if (pattern === specifier) return targets.map((target) => path.resolve(config.base, target));
      continue;
    }
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (specifier.length < prefix.length + suffix.length || !specifier.startsWith(prefix) || !specifier.endsWith(suffix)) continue;
    if (!best || prefix.length > best.prefixLength) best = { prefixLength: prefix.length, targets, star: specifier.slice(prefix.length, specifier.length - suffix.length) };
  }
  if (best) for (const target of best.targets) candidates.push(path.resolve(config.base, target.replace('*', best.star)));
  if (config.hasBaseUrl) candidates.push(path.resolve(config.base, specifier));
  return candidates;
}

/** Forgets the configs read (with the other per-run lookups). */
export function clearTsconfigPaths(): void {
  configs.clear();
}
