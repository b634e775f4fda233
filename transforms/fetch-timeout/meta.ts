/**
 * fetch-timeout: what the engine knows of the rule without loading it (id, prefilter, options,
 * docs). The lazy registry (transforms/registry.ts) reads this module alone; the
 * implementation in ./rule.ts is loaded only when a file or a plan needs it.
 */
import type { RuleMeta } from '../../src/core/rule';
import { checkTimeoutExpression } from '../../src/analysis/edits/format-timeout';

/** `{ "apiFetch": "signal", "api.request": { "deadline": "timeout", "argument": 0, "timeoutMs": 60000 } }` */
export type FetchFunctionsOption = Record<string, string | { deadline?: string; argument?: number; timeoutMs?: number }>;

/** `{ "module": "./lib/abort", "timeout": "timeoutSignal", "any": "anySignal" }` */
export interface AbortHelpersOption {
  module?: string;
  timeout?: string;
  any?: string;
}

export interface FetchTimeoutOptions {
  timeoutMs: number;
  timeoutExpression: string;
  fetchFunctions: FetchFunctionsOption;
  abortHelpers: AbortHelpersOption;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const MEMBER_CHAIN = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

function validateFetchFunctions(value: FetchFunctionsOption): string | null {
  for (const [name, setting] of Object.entries(value)) {
    if (!MEMBER_CHAIN.test(name)) return `"${name}" must be a function name or a member chain such as api.request`;
    const deadline = typeof setting === 'string' ? setting : setting?.deadline ?? 'signal';
    if (typeof setting !== 'string' && (typeof setting !== 'object' || setting === null)) return `"${name}" must be "signal", an option name, or { "deadline", "argument" }`;
    if (!IDENTIFIER.test(deadline)) return `the deadline of "${name}" must be "signal" or an option name such as "timeout"`;
    const argument = typeof setting === 'string' ? 1 : setting.argument ?? 1;
    if (!Number.isInteger(argument) || argument < 0) return `the argument of "${name}" must be a whole number (the index of the options argument)`;
    if (typeof setting === 'object') {
      const unknown = Object.keys(setting).find((key) => !['deadline', 'argument', 'timeoutMs'].includes(key));
      if (unknown) return `unknown key "${unknown}" in "${name}" (deadline, argument, timeoutMs)`;
      const ms = setting.timeoutMs;
      if (ms !== undefined && (!Number.isInteger(ms) || ms <= 0)) return `the timeoutMs of "${name}" must be a positive whole number of milliseconds`;
    }
  }
  return null;
}

function validateAbortHelpers(value: AbortHelpersOption): string | null {
  for (const key of Object.keys(value)) if (!['module', 'timeout', 'any'].includes(key)) return `unknown key "${key}" (module, timeout, any)`;
  if ((value.timeout || value.any) && !value.module) return 'needs "module": the module that exports the helpers';
  for (const key of ['timeout', 'any'] as const) {
    if (value[key] !== undefined && (typeof value[key] !== 'string' || !IDENTIFIER.test(value[key]))) return `"${key}" must be the name of an exported function`;
  }
  return value.module !== undefined && (typeof value.module !== 'string' || value.module === '') ? '"module" must be a module specifier' : null;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const meta: RuleMeta<FetchTimeoutOptions> = {
  id: 'fetch-timeout',
  description: 'A network request without a deadline or cancellation can hang for ever.',
  goAnalogue: 'an HTTP request without a context deadline (http.Client with no Timeout)',
  fixLevel: 'auto',
  prefilter: /\bfetch\b|axios|undici|['"]got['"]|['"](?:node:)?https?['"]/,
  optionPrefilter: (options) => {
    const names = Object.keys(options.fetchFunctions ?? {}).map((name) => escapeRegExp(name.split('.').pop()!));
    return names.length > 0 ? new RegExp(`\\b(?:${names.join('|')})\\b`) : null;
  },
  docs: 'docs/rules/fetch-timeout.md',
  // Its `medium` report-only findings were leaks 0 times in 31 on the labelled real code (15
  // false, 16 doubtful): they are `low` (docs/rules/fetch-timeout.md, "Confidence").
  calibratedConfidence: { medium: 'low' },
  options: {
    timeoutMs: {
      type: 'number',
      default: 10_000,
      description: 'Deadline in milliseconds.',
      validate: (value) => (Number.isInteger(value) && value > 0 ? null : 'must be a positive whole number of milliseconds'),
    },
    timeoutExpression: {
      type: 'string',
      default: '',
      description: 'An identifier or member expression to use instead of the literal (e.g. `config.httpTimeoutMs`).',
      validate: checkTimeoutExpression,
    },
    fetchFunctions: {
      type: 'object',
      default: {},
      description: 'Project wrappers to treat like fetch: `{ "apiFetch": "signal", "api.request": { "deadline": "timeout", "argument": 0, "timeoutMs": 60000 } }` (`timeoutMs`: this wrapper\'s own deadline).',
      validate: validateFetchFunctions,
    },
    abortHelpers: {
      type: 'object',
      default: {},
      description: 'Helpers for targets without AbortSignal.timeout/any: `{ "module": "./lib/abort", "timeout": "timeoutSignal", "any": "anySignal" }`.',
      validate: validateAbortHelpers,
    },
  },
};
