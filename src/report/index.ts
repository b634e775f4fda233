/**
 * The output formats. Each is a pure function of one run's `RunResult` and a `FormatContext`
 * the CLI computes once (repository root, review settings).
 */
import type { Confidence, RunResult } from '../core/finding';
import type { FormatContext } from './context';
import { formatDiff } from './diff';
import { formatGithub } from './github';
import { formatGithubReview } from './github-review';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatMarkdown } from './markdown';
import { formatPretty } from './pretty';
import { formatRdjson } from './rdjson';
import { formatSarif } from './sarif';

export { createFormatContext, DEFAULT_MAX_COMMENTS, type FormatContext, type FormatContextOptions } from './context';

export type Formatter = (result: RunResult, context: FormatContext) => string;

export const formatters: Readonly<Record<string, Formatter>> = {
  pretty: (result, context) => formatPretty(result, { color: context.color }),
  json: (result) => formatJson(result),
  sarif: (result, context) => formatSarif(result, context),
  'github-review': (result, context) => formatGithubReview(result, context),
  github: (result, context) => formatGithub(result, context),
  rdjson: (result, context) => formatRdjson(result, context),
  diff: (result, context) => formatDiff(result, context),
  markdown: (result, context) => formatMarkdown(result, context),
  html: (result, context) => formatHtml(result, context),
};

export const FORMAT_NAMES: readonly string[] = Object.keys(formatters);

/**
 * Formats that show only the surest findings unless `--min-confidence` (or the config's
 * `minConfidence`) says otherwise: a review comment that cries wolf gets the bot switched off.
 */
export const DEFAULT_MIN_CONFIDENCE: Readonly<Record<string, Confidence>> = { 'github-review': 'high' };
