/**
 * Why `console.error` is not this project's error channel, so that a rule must not add a
 * handler (or a new rejection) on its own: a published library (its callers decide what is
 * logged); an error tracker among the dependencies, which reports unhandled rejections today
 * (insomnia's `@sentry/electron`) — one that watches the file's own environment: a Node SDK
 * (`@sentry/node`) says nothing about the pages the same package serves (a video-call app's
 * browser scripts were told their rejections reach `@sentry/node`); a lint that forbids `console` (home-assistant's
 * `no-console`); the package's own `unhandledrejection` handler that does more than log
 * (notesnook's error page, src/engine/rejection-handler.ts) — one of the file's own environment:
 * a Node process's handler for Node code, a page's for browser code (code-environment.ts; a
 * Node launcher script's handler says nothing about the React app beside it). unconsumed-promise makes its
 * `.catch(console.error)` a suggestion for each; fetch-timeout makes a deadline on a dropped
 * request a suggestion, since there nothing would handle its `TimeoutError`.
 */
import type { RuleContext } from '../../core/rule';
import { fileCodeEnvironment } from '../syntax/code-environment';

export type ErrorChannelReason =
  | { kind: 'library' }
  | { kind: 'tracker'; tracker: string }
  | { kind: 'no-console'; lint: string }
  | { kind: 'rejection-handler'; file: string; line: number };

/**
 * Every reason that applies, in the order above. The package's rejection handler is asked last
 * and only when nothing else applies: it walks the package's files.
 */
export function findErrorChannelReasons(context: Pick<RuleContext<unknown>, 'project' | 'settings' | 'filename' | 'ast' | 'source' | 'sfc'>): ErrorChannelReason[] {
  const reasons: ErrorChannelReason[] = [];
  if (context.project.getPackageKind() === 'library') reasons.push({ kind: 'library' });
  const trackers = context.settings.target.errorTrackers ?? [];
  // A file that says neither side (a store, a helper) may run on either: any tracker may watch it
  const environment = trackers.some((tracker) => tracker.runs !== 'both') ? fileCodeEnvironment(context) : null;
  const tracker = trackers.find((candidate) => candidate.runs === 'both' || environment === null || candidate.runs === environment);
  if (tracker) reasons.push({ kind: 'tracker', tracker: tracker.name });
  if (context.settings.noConsole) reasons.push({ kind: 'no-console', lint: context.settings.noConsole });
  const handler = reasons.length === 0 ? context.project.getRejectionHandler(fileCodeEnvironment(context)) : null;
  if (handler) reasons.push({ kind: 'rejection-handler', file: handler.file, line: handler.line });
  return reasons;
}
