/**
 * The `reject` of a promise executor, added where the executor takes only `resolve`:
 * `(resolve) => …` becomes `(resolve, reject) => …`, `resolve => …` becomes
 * `(resolve, reject) => …`, and the name is `reject2`, `reject3`… where `reject` is already
 * read in the executor or bound around it. unsettled-promise rejects a callback's error with
 * it; unconsumed-promise hands a dropped chain's rejection to it.
 */
import type { TextEdit } from '../../core/finding';
import type { PromiseExecutor } from '../syntax/promise-executor';
import { mentionsName } from '../syntax/mentions-name';
import { findBinding } from '../syntax/scope';

/** The name of the executor's reject parameter, and the edit that adds it when it is missing (`text`: the file's text). */
export function ensureRejectParameter(executor: PromiseExecutor, text: string): { name: string; edits: TextEdit[] } {
  if (executor.reject) return { name: executor.reject, edits: [] };
  let name = 'reject';
  for (let n = 2; mentionsName(executor.fn, name) || findBinding(executor.promise, name); n++) name = `reject${n}`;
  const fn = executor.fn;
  const param = fn.params[0]!;
  // Case: `resolve => …` (no parentheses)
  if (fn.type === 'ArrowFunctionExpression' && text[fn.start!] !== '(' && !fn.typeParameters && param.start === fn.start) {
    return { name, edits: [{ start: param.start!, end: param.end!, text: `(${text.slice(param.start!, param.end!)}, ${name})` }] };
  }
  return { name, edits: [{ start: param.end!, end: param.end!, text: `, ${name}` }] };
}
