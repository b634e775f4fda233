/**
 * listener-cleanup: a subscription to a project's own event manager with a `true` flag that its
 * method declares as `once`:
 *
 *   // events.ts (a file of the run)             // sync.ts
 *   class EventManager {                          return new Promise((resolve) => {
 *     subscribe(name, handler, once = false) {…}    db.eventManager.subscribe(SYNC_DONE, resolve, true);
 *   }                                             });
 *
 * The flag reads like any boolean; what it means is written in the method's declaration. When a
 * method of that name in the run's files — a class or object-literal method, an interface's or a
 * declared class's signature — declares the parameter at the flag's position as `once`
 * (`once`, `once = false`, `once?: boolean`), the handler ends itself when the event fires, as
 * `{ once: true }` does for `addEventListener`: `low` with no owner, `medium` in one (a leak only
 * if the owner ends before the event comes). The receiver's type is not read (no checker): a
 * method of the same name elsewhere whose flag means something else would be taken for it, so the
 * declaration must say `once` and the argument must be the literal `true`. Decided in the project
 * phase (run-once-callers.ts `planCallersDecide`): the declaration is most often in another file.
 */
import type { Node } from '@babel/types';
import type { Confidence } from '../../src/core/finding';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';

/** What the per-file phase keeps of a call `x.method(…, true)`: the finding as the file decided it, and as a proven once flag makes it. */
export interface CollectedOnceFlag {
  onceFlag: { method: string; index: number };
  start: number;
  end: number;
  message: string;
  note: string;
  confidence: Confidence;
  /** The confidence and note when the method's declaration names that parameter `once`. */
  proven: { confidence: Confidence; note: string };
}

/** What the per-file phase keeps of a method declaration with a `once` parameter. */
export interface CollectedOnceParameter {
  onceParameter: { method: string; index: number };
}

export const ONCE_FLAG_NOTE = (method: string, index: number, owned: boolean): string =>
  owned
    ? `Medium confidence: the \`true\` passed to ${method}() is its \`once\` parameter (argument ${index + 1}, as a method of that name in this project declares it): the handler ends itself when the event fires; it outlives its owner only if the owner ends before the event comes.`
    : `Low confidence: the \`true\` passed to ${method}() is its \`once\` parameter (argument ${index + 1}, as a method of that name in this project declares it): the handler ends itself when the event fires.`;

/** Parameter names that say "run the handler once". */
const ONCE_NAMES = new Set(['once']);

/** `x.subscribe(name, handler, true)`: the method's name and the position of a literal `true` after the first two arguments, or `null`. */
export function findOnceFlagArgument(call: Node): { method: string; index: number } | null {
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(call.callee);
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed) return null;
  const method = getPropertyName(callee);
  if (method === null) return null;
  const index = call.arguments.findIndex((argument, i) => i >= 2 && argument.type === 'BooleanLiteral' && argument.value);
  return index >= 0 ? { method, index } : null;
}

/** The `once` parameters of a method declaration (`subscribe(name, handler, once = false) {}`), as `{ method, index }`. */
export function findOnceParameters(path: NodePath): { method: string; index: number }[] {
  const node = path.node;
  let key: Node | null = null;
  let params: readonly Node[] | null = null;
  if ((node.type === 'ClassMethod' || node.type === 'ObjectMethod' || node.type === 'TSDeclareMethod') && node.kind === 'method' && !node.computed) {
    key = node.key;
    params = node.params;
  } else if (node.type === 'TSMethodSignature' && !node.computed) {
    key = node.key;
    params = node.parameters;
  } else if ((node.type === 'ClassProperty' || node.type === 'ObjectProperty') && !node.computed && node.value && (node.value.type === 'ArrowFunctionExpression' || node.value.type === 'FunctionExpression')) {
    // Case: `subscribe = (name, handler, once = false) => {…}`
    key = node.key;
    params = node.value.params;
  }
  if (!key || key.type !== 'Identifier' || !params) return [];
  const found: { method: string; index: number }[] = [];
  params.forEach((param, index) => {
    const name = param.type === 'Identifier' ? param.name : param.type === 'AssignmentPattern' && param.left.type === 'Identifier' ? param.left.name : null;
    if (name !== null && ONCE_NAMES.has(name)) found.push({ method: key.name, index });
  });
  return found;
}

/** `subscribe/2`: one key per method name and position. */
export function onceParameterKey(entry: { method: string; index: number }): string {
  return `${entry.method}/${entry.index}`;
}
