/**
 * The output formats. Each is a pure function of one run's `RunResult` and a `FormatContext`
 * the CLI computes once (repository root, review settings).
 */
import type { Formatter } from './formats';
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

export { DEFAULT_MIN_CONFIDENCE, FORMAT_NAMES, loadFormatter, type Formatter } from './formats';

/** Every formatter, loaded at once (the CLI loads only the one it prints with: `loadFormatter`). */
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
