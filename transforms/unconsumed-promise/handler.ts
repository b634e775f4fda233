/**
 * The rejection handler unconsumed-promise writes into `.catch(…)`. Used by that rule only.
 *
 * Default: `(error) => console.error(error)` (LEAKS.md). With the `onError` option
 * (`logger.error`, `reportError`): the same arrow calling the project's reporter. The reporter
 * is called, never passed (`.catch(logger.error)` would lose `this`: pino's and winston's
 * methods throw when called unbound, and the handler's own throw would be a new unhandled
 * rejection).
 *
 * A promise the code can cancel (an HTTP request, a call given a signal: see
 * `getCancellationErrorNames`) gets a handler that ignores the cancellation, which is not an
 * error to report — `(error) => { if (error?.name !== 'AbortError') console.error(error); }` —
 * so a fix that adds an abort path (listener-cleanup's `controller.abort()`) never turns into
 * error reports on every unmount. A promise of axios also ignores axios's `CanceledError` (what
 * an aborted axios request rejects with). Any other promise cannot reject with an `AbortError`
 * of the code's making: its handler reports everything.
 *
 * The parameter is `error` unless a binding of that name is visible where the handler goes (a
 * `catch (error) {}` around the statement, another handler's parameter): then `err`, or
 * `error2`, `error3`…, so the handler never shadows a name the code around it uses.
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
  /** The handler on one line: `(error) => console.error(error)`, `(error) => { if (…) console.error(error); }`. */
  text: string;
  /**
   * Its parts, for a layout that breaks it (see catch-layout.ts): `(error) =>`, and its body: the
   * one statement of a block body, or an expression body; `name` for a function passed by name
   * (an executor's `reject`), whose `head` is empty.
   */
  head: string;
  body: { kind: 'block'; statement: string } | { kind: 'expression'; expression: string } | { kind: 'name' };
  /** For descriptions. */
  short: string;
  /** The handler is reachable from the code the fix writes (with `edits` applied). */
  inScope: boolean;
  /** An import of the reporter, when the fix must add one. */
  edits: TextEdit[];
  /**
   * The call that takes it: `.catch(handler)`, or `.then(undefined, handler)` on a thenable with
   * no `catch` (rejection-method.ts). getHandler says `catch`; the rule decides.
   */
  method?: 'catch' | 'then';
}

/** `.catch(` or `.then(undefined, `: the opening of the call that takes the handler. */
export function openRejectionCall(handler: Pick<Handler, 'method'>): string {
  return handler.method === 'then' ? '.then(undefined, ' : '.catch(';
}

/** `.catch(short)` / `.then(undefined, short)`, for descriptions. */
export function describeRejectionCall(handler: Pick<Handler, 'method' | 'short'>): string {
  return `${openRejectionCall(handler)}${handler.short})`;
}

/** Globals a reporter may start from without an import. */
const HANDLER_GLOBALS = new Set(['console', 'globalThis', 'window', 'self', 'process', 'reportError']);

/** `cancellations`: the error names a cancelled run of the promise rejects with (`AbortError`, axios's `CanceledError`), ignored; `null` when the code cannot cancel it. */
export function getHandler(context: RuleContext<HandlerOptions>, path: NodePath, cancellations: readonly string[] | null): Handler {
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
  const param = getParameterName(path, root);
  const head = formatArrowHead(param, context.style);
  const report = `${reporter}(${param})`;
  const common = { head, short: reporter, inScope, edits };
  if (!cancellations || cancellations.length === 0) return { ...common, text: `${head} ${report}`, body: { kind: 'expression', expression: report } };
  // (Under `curly: 'error'` terminate puts the `if` body in braces.)
  const statement = terminate(`if (${cancellations.map((name) => `${param}?.name !== ${q}${name}${q}`).join(' && ')}) ${report}`, context);
  return { ...common, text: `${head} { ${statement} }`, body: { kind: 'block', statement } };
}

/** `error`, or a name no binding visible at `path` has (nor the reporter's root): the handler must not shadow one. */
function getParameterName(path: NodePath, reporterRoot: string): string {
  const free = (name: string): boolean => name !== reporterRoot && findBinding(path, name) === null;
  if (free('error')) return 'error';
  if (free('err')) return 'err';
  for (let n = 2; ; n++) if (free(`error${n}`)) return `error${n}`;
}

/** The file is the reporter's own module (`./logger` seen from src/logger.ts). */
function isSameModule(specifier: string, filename: string): boolean {
  const base = filename.replace(/\\/g, '/').split('/').pop()!.replace(/\.[^.]+$/, '');
  return specifier === `./${base}` || (base === 'index' && (specifier === '.' || specifier === './'));
}
