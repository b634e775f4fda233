/**
 * Command-line parsing with node:util's strict `parseArgs`: unknown flags, missing values and
 * conflicting flags are usage errors (exit code 2) with a message that says what to do.
 */
import { parseArgs } from 'node:util';
import { UsageError } from '../engine/run';
import { CONFIDENCE_LEVELS, type Confidence } from '../core/finding';
import { FORMAT_NAMES } from '../report/formats';
import { parseShard, type Shard } from '../engine/shard';
import type { CacheStrategy } from '../engine/run-cache';

export interface CliArgs {
  paths: string[];
  help: boolean;
  version: boolean;
  listRules: boolean;
  write: boolean;
  unsafe: boolean;
  allowDirty: boolean;
  check: boolean;
  rules?: string[];
  skipRules?: string[];
  ruleOptions: Record<string, Record<string, unknown>>;
  format: string;
  output?: string;
  jobs?: number;
  quiet: boolean;
  config?: string | false;
  maxFileSize?: number;
  ignorePatterns: string[];
  defaultIgnores?: boolean;
  prettier?: boolean;
  /** `--no-types`: syntactic answers only, TypeScript never loaded. */
  types?: boolean;
  execConfig: boolean;
  color?: boolean;
  changedSince?: string;
  maxComments?: number;
  commit?: string;
  minConfidence?: Confidence;
  shard?: Shard;
  cache: boolean;
  cacheLocation?: string;
  cacheStrategy?: CacheStrategy;
}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  'list-rules': { type: 'boolean' },
  write: { type: 'boolean', short: 'w' },
  unsafe: { type: 'boolean' },
  'allow-dirty': { type: 'boolean' },
  check: { type: 'boolean' },
  rules: { type: 'string', multiple: true },
  'skip-rules': { type: 'string', multiple: true },
  'rule-option': { type: 'string', multiple: true },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  jobs: { type: 'string', short: 'j' },
  quiet: { type: 'boolean', short: 'q' },
  config: { type: 'string', short: 'c' },
  'no-config': { type: 'boolean' },
  'max-file-size': { type: 'string' },
  'ignore-pattern': { type: 'string', multiple: true },
  'no-default-ignores': { type: 'boolean' },
  'no-prettier': { type: 'boolean' },
  'no-types': { type: 'boolean' },
  'exec-config': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  'changed-since': { type: 'string' },
  'max-comments': { type: 'string' },
  commit: { type: 'string' },
  'min-confidence': { type: 'string' },
  shard: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  'cache-strategy': { type: 'string' },
} as const;

function splitList(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  return values.flatMap((value) => value.split(',')).map((id) => id.trim()).filter(Boolean);
}

/** `10mb`, `512k`, `1048576` -> bytes. */
export function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib)?$/i.exec(text.trim());
  if (!match) throw new UsageError(`--max-file-size: "${text}" is not a size (examples: 2mb, 512kb, 1048576)`);
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  return Math.round(Number(match[1]) * factor);
}

function parseRuleOption(text: string): [string, string, unknown] {
  const match = /^([a-z0-9-]+)\.([A-Za-z0-9_]+)=(.*)$/s.exec(text);
  if (!match) throw new UsageError(`--rule-option: "${text}" must look like rule-id.option=value (e.g. fetch-timeout.timeoutMs=5000)`);
  const raw = match[3]!;
  let value: unknown = raw;
  try {
    value = JSON.parse(raw);
  } catch {
    // a plain string
  }
  return [match[1]!, match[2]!, value];
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UsageError(`${message}\nRun unleak --help for the list of options.`);
  }
  const v = parsed.values;
  const format = v.format ?? 'pretty';
  if (!FORMAT_NAMES.includes(format)) {
    throw new UsageError(`--format: unknown format "${format}" (one of: ${FORMAT_NAMES.join(', ')})`);
  }
  let jobs: number | undefined;
  if (v.jobs !== undefined) {
    jobs = Number(v.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs: "${v.jobs}" must be a whole number of at least 1`);
  }
  const rules = splitList(v.rules);
  const skipRules = splitList(v['skip-rules']);
  const overlap = rules?.filter((id) => skipRules?.includes(id)) ?? [];
  if (overlap.length > 0) throw new UsageError(`--rules and --skip-rules both name ${overlap.join(', ')}`);
  if (v.config !== undefined && v['no-config']) throw new UsageError('--config and --no-config cannot be used together');
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color cannot be used together');
  if (v['list-rules'] && (v.write || parsed.positionals.length > 0)) {
    throw new UsageError('--list-rules only lists the rules; it takes no paths and no --write');
  }
  if (v['allow-dirty'] && !v.write) throw new UsageError('--allow-dirty only makes sense with --write');
  if (v['changed-since'] !== undefined && v.write) {
    throw new UsageError('--changed-since limits the report, not the fixes; it cannot be used with --write');
  }
  if (v['changed-since'] !== undefined && (v['changed-since'] === '' || v['changed-since'].startsWith('-'))) {
    throw new UsageError(`--changed-since: "${v['changed-since']}" is not a git ref (examples: origin/main, HEAD~3, a commit SHA)`);
  }
  let maxComments: number | undefined;
  if (v['max-comments'] !== undefined) {
    maxComments = Number(v['max-comments']);
    if (!Number.isInteger(maxComments) || maxComments < 0) {
      throw new UsageError(`--max-comments: "${v['max-comments']}" must be a whole number (0 puts every finding in the review's body)`);
    }
  }
  if (v.commit !== undefined && !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(v.commit)) {
    throw new UsageError(`--commit: "${v.commit}" must be a full commit SHA (e.g. \${{ github.event.pull_request.head.sha }})`);
  }
  const minConfidence = v['min-confidence'];
  if (minConfidence !== undefined && !(CONFIDENCE_LEVELS as readonly string[]).includes(minConfidence)) {
    throw new UsageError(`--min-confidence: "${minConfidence}" must be one of ${CONFIDENCE_LEVELS.join(', ')}`);
  }
  let shard: Shard | undefined;
  if (v.shard !== undefined) {
    try {
      shard = parseShard(v.shard);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    if (v.write) throw new UsageError('--shard splits a report between CI jobs; it cannot be used with --write (a fix may span files of several shards)');
  }
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  for (const text of v['rule-option'] ?? []) {
    const [ruleId, name, value] = parseRuleOption(text);
    (ruleOptions[ruleId] ??= {})[name] = value;
  }
  const args: CliArgs = {
    paths: parsed.positionals,
    help: v.help === true,
    version: v.version === true,
    listRules: v['list-rules'] === true,
    write: v.write === true,
    unsafe: v.unsafe === true,
    allowDirty: v['allow-dirty'] === true,
    check: v.check === true,
    ruleOptions,
    format,
    quiet: v.quiet === true,
    ignorePatterns: v['ignore-pattern'] ?? [],
    execConfig: v['exec-config'] === true,
    cache: v.cache === true,
  };
  if (rules) args.rules = rules;
  if (skipRules) args.skipRules = skipRules;
  if (v.output !== undefined) args.output = v.output;
  if (jobs !== undefined) args.jobs = jobs;
  if (v.config !== undefined) args.config = v.config;
  if (v['no-config']) args.config = false;
  if (v['max-file-size'] !== undefined) args.maxFileSize = parseSize(v['max-file-size']);
  if (v['no-default-ignores']) args.defaultIgnores = false;
  if (v['no-prettier']) args.prettier = false;
  if (v['no-types']) args.types = false;
  if (v.color) args.color = true;
  if (v['no-color']) args.color = false;
  if (v['changed-since'] !== undefined) args.changedSince = v['changed-since'];
  if (maxComments !== undefined) args.maxComments = maxComments;
  if (v.commit !== undefined) args.commit = v.commit.toLowerCase();
  if (minConfidence !== undefined) args.minConfidence = minConfidence as Confidence;
  if (shard) args.shard = shard;
  if (v['cache-location'] !== undefined) {
    if (!v.cache) throw new UsageError('--cache-location only makes sense with --cache');
    if (v['cache-location'] === '') throw new UsageError('--cache-location: give a file or a directory');
    args.cacheLocation = v['cache-location'];
  }
  if (v['cache-strategy'] !== undefined) {
    if (!v.cache) throw new UsageError('--cache-strategy only makes sense with --cache');
    if (v['cache-strategy'] !== 'metadata' && v['cache-strategy'] !== 'content') throw new UsageError(`--cache-strategy: expected metadata or content, got "${v['cache-strategy']}"`);
    args.cacheStrategy = v['cache-strategy'];
  }
  return args;
}
