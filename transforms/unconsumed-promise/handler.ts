/**
 * The rejection handler unconsumed-promise writes into `.catch(…)`. Used by that rule only.
 *
 * Default: `(error) => { if (error?.name !== 'AbortError') console.error(error); }`.
 * With the `onError` option (`logger.error`, `reportError`): the same arrow calling the
 * project's reporter. The reporter is called, never passed (`.catch(logger.error)` would lose
 * `this`: pino's and winston's methods throw when called unbound, and the handler's own throw
 * would be a new unhandled rejection). An `AbortError` is a cancellation, not an error to
 * report: every handler ignores it, so a fix that adds an abort path (listener-cleanup's
 * `controller.abort()`) never turns into error reports on every unmount.
 *
 * A promise of axios also ignores axios's `CanceledError` (what an aborted axios request rejects
 * with): `if (error?.name !== 'AbortError' && error?.name !== 'CanceledError') …`.
 *
 * With `onErrorModule` (`./src/logger` relative to the working directory, or a package name),
 * a file that does not have the reporter's root name in scope gets it imported from there.
 */
import { addImport } from '../../src/analysis/edits/add-import';
import { formatArrowHead } from '../../src/analysis/edits/call-layout';
import { terminate } from '../../src/analysis/edits/statement-edits';
import { findBinding } from '../../src/analysis/syntax/scope';
import type { RuleContext } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';

export interface HandlerOptions {
  onError: string;
  onErrorModule: string;
}

export interface Handler {
  /** The handler on one line: `(error) => { if (…) console.error(error); }`. */
  text: string;
  /** Its parts, for a layout that breaks it (see catch-layout.ts): `(error) =>` and the one statement. */
  head: string;
  statement: string;
  /** For descriptions. */
  short: string;
  /** The handler is reachable from the code the fix writes (with `edits` applied). */
  inScope: boolean;
  /** An import of the reporter, when the fix must add one. */
  edits: TextEdit[];
}

/** Globals a reporter may start from without an import. */
const HANDLER_GLOBALS = new Set(['console', 'globalThis', 'window', 'self', 'process', 'reportError']);

/** `cancellation`: the name of the client's own cancellation error, ignored like `AbortError`. */
export function getHandler(context: RuleContext<HandlerOptions>, path: NodePath, cancellation: string | null = null): Handler {
  const reporter = context.options.onError || 'console.error';
  const root = reporter.split('.')[0]!;
  const module = context.options.onErrorModule;
  // Case: `reportError` with `onErrorModule` set is the project's export, not the browser global
  let inScope = findBinding(path, root) !== null || (!module && HANDLER_GLOBALS.has(root));
  let edits: TextEdit[] = [];
  // Case: the reporter is not in scope, and the options say which module exports it
  const specifier = !inScope && module ? context.importSpecifier(module) : null;
  if (specifier !== null && !isSameModule(specifier, context.filename)) {
    const imported = addImport(
      { program: context.ast.program, source: context.source, style: context.style, filename: context.filename },
      { module: specifier, name: root },
    );
    // Case: the file already has another `logger`: the import would be renamed, and the
    // reporter's text with it; a person decides
    inScope = imported.local === root;
    edits = inScope ? imported.edits : [];
  }
  const q = context.style.quote;
  const ignored = cancellation ? ['AbortError', cancellation] : ['AbortError'];
  // (Under `curly: 'error'` terminate puts the `if` body in braces.)
  const statement = terminate(`if (${ignored.map((name) => `error?.name !== ${q}${name}${q}`).join(' && ')}) ${reporter}(error)`, context);
  const head = formatArrowHead('error', context.style);
  return {
    text: `${head} { ${statement} }`,
    head,
    statement,
    short: reporter,
    inScope,
    edits,
  };
}

/** The file is the reporter's own module (`./logger` seen from src/logger.ts). */
function isSameModule(specifier: string, filename: string): boolean {
  const base = filename.replace(/\\/g, '/').split('/').pop()!.replace(/\.[^.]+$/, '');
  return specifier === `./${base}` || (base === 'index' && (specifier === '.' || specifier === './'));
}
