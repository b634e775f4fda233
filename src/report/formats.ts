/**
 * The output formats by name, and each formatter loaded on its own: the CLI prints one format
 * per run, and loading all nine formatters (with `diff` and `picocolors`) was about 15 ms of
 * every start. The programmatic API's `formatters` (index.ts) holds them all, loaded at once.
 */
import type { Confidence, RunResult } from '../core/finding';
import type { FormatContext } from './context';
import { loadModule } from '../core/load-module';

export type Formatter = (result: RunResult, context: FormatContext) => string;

const loaders: Readonly<Record<string, () => Promise<Formatter>>> = {
  pretty: async () => {
    const { formatPretty } = await loadModule(() => require('./pretty.js') as typeof import('./pretty'), () => import('./pretty.js'));
    return (result, context) => formatPretty(result, { color: context.color });
  },
  json: async () => {
    const { formatJson } = await loadModule(() => require('./json.js') as typeof import('./json'), () => import('./json.js'));
    return (result) => formatJson(result);
  },
  sarif: async () => {
    const { formatSarif } = await loadModule(() => require('./sarif.js') as typeof import('./sarif'), () => import('./sarif.js'));
    return (result, context) => formatSarif(result, context);
  },
  'github-review': async () => {
    const { formatGithubReview } = await loadModule(() => require('./github-review.js') as typeof import('./github-review'), () => import('./github-review.js'));
    return (result, context) => formatGithubReview(result, context);
  },
  github: async () => {
    const { formatGithub } = await loadModule(() => require('./github.js') as typeof import('./github'), () => import('./github.js'));
    return (result, context) => formatGithub(result, context);
  },
  rdjson: async () => {
    const { formatRdjson } = await loadModule(() => require('./rdjson.js') as typeof import('./rdjson'), () => import('./rdjson.js'));
    return (result, context) => formatRdjson(result, context);
  },
  diff: async () => {
    const { formatDiff } = await loadModule(() => require('./diff.js') as typeof import('./diff'), () => import('./diff.js'));
    return (result, context) => formatDiff(result, context);
  },
  markdown: async () => {
    const { formatMarkdown } = await loadModule(() => require('./markdown.js') as typeof import('./markdown'), () => import('./markdown.js'));
    return (result, context) => formatMarkdown(result, context);
  },
  html: async () => {
    const { formatHtml } = await loadModule(() => require('./html.js') as typeof import('./html'), () => import('./html.js'));
    return (result, context) => formatHtml(result, context);
  },
};

export const FORMAT_NAMES: readonly string[] = Object.keys(loaders);

/** The formatter of one format, with only its own modules loaded; `undefined` for an unknown name. */
export function loadFormatter(format: string): Promise<Formatter> | undefined {
  return Object.hasOwn(loaders, format) ? loaders[format]!() : undefined;
}

/**
 * Formats that leave out less sure findings unless `--min-confidence` (or the config's
 * `minConfidence`) says otherwise: a review comment that cries wolf gets the bot switched off
 * (`high`), and the formats people read leave out the `low` ones (on the labelled sample of
 * real code, 4 % of `low` report-only findings are leaks: test/precision/), as a code
 * scanner's default query suite leaves out its low-precision queries. The machine formats
 * (`json`, `sarif`, `rdjson`) carry every finding with its confidence, for their consumers to
 * filter; shard reports merge from `json`.
 */
export const DEFAULT_MIN_CONFIDENCE: Readonly<Record<string, Confidence>> = { 'github-review': 'high', pretty: 'medium', github: 'medium', markdown: 'medium', html: 'medium' };
