/**
 * The output formats. Each is a pure function of one run's `RunResult`.
 */
import type { RunResult } from './finding';
import { formatJson } from './json';
import { formatPretty } from './pretty';

export interface FormatContext {
  color: boolean;
  cwd: string;
}

export type Formatter = (result: RunResult, context: FormatContext) => string;

export const formatters: Readonly<Record<string, Formatter>> = {
  pretty: (result, context) => formatPretty(result, { color: context.color }),
  json: (result) => formatJson(result),
};

export const FORMAT_NAMES: readonly string[] = Object.keys(formatters);
