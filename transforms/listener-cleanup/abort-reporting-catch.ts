/**
 * Does aborting a controller make the code report an error? A controller whose `signal` goes to
 * a request (`getJSON(url, { signal: controller.signal })`) makes that request reject with an
 * `AbortError` once it is aborted; when the request's own `.catch(…)` (or the `catch` of the
 * `try` that awaits it) reports whatever it gets — `captureException(error)`, `console.error` —
 * and nothing there tells an abort apart (no name or member name with `abort`, `cancel` or
 * `signal` in it, no `.name` compared with `'AbortError'`; strings and comments do not count), the abort the fix adds to the owner's cleanup turns into a new error report at each
 * unmount during the request (overleaf's review-panel threads, sent to Sentry). The fix is then
 * a suggestion, whose message names the handler (see docs/rules/listener-cleanup.md,
 * "AbortController").
 *
 * The line drawn: the `signal` member of the controller's binding is an argument of a call, or
 * the value of a property of an object argument; that call's promise, through `.then` /
 * `.catch` / `.finally` chained on it, reaches `.catch(handler)` or `.then(_, handler)`, or it is
 * awaited in a `try` whose `catch` clause is the handler. A handler that does nothing (an empty
 * body, `() => {}`) reports nothing.
 */
import type { Identifier, Node } from '@babel/types';
import { forEachChildNode, type NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { findChainedRejectionHandler } from '../../src/analysis/resources/chained-rejection-handler';

const ABORT_AWARE = /abort|signal|cancel/i;

/** The text of the handler that would report the abort's `AbortError` (for messages), or `null`. */
export function findAbortReportingCatch(at: NodePath, controller: Identifier, text: string): string | null {
  const binding = findBinding(at, controller.name);
  if (!binding || binding.identifier !== controller) return null;
  for (const reference of findBindingReferences(at, binding)) {
    const member = reference.parentPath;
    if (!member || (member.node.type !== 'MemberExpression' && member.node.type !== 'OptionalMemberExpression') || member.node.object !== reference.node || getPropertyName(member.node) !== 'signal') continue;
    const call = findRequestCall(member);
    if (!call) continue;
    const handler = findRejectionHandler(call);
    if (!handler) continue;
    const handlerText = text.slice(handler.start!, handler.end!);
    if (isAbortAware(handler) || !handsOnError(handler)) continue;
    return handlerText.length > 60 ? `${handlerText.slice(0, 57).replace(/\s+/g, ' ')}…` : handlerText.replace(/\s+/g, ' ');
  }
  return null;
}

/**
 * The handler tells an abort apart, read from its syntax, never from its strings or comments
 * (`captureException(error, { tags: { area: 'cancel-flow' } })` is not aware): a name or member
 * name that says abort, cancel or signal (`signal.aborted`, `isAbortError(error)`,
 * `axios.isCancel(error)`), or a `.name` / `.code` compared with such a string
 * (`error.name === 'AbortError'`). An object literal's key (`{ cancel: true }`) is no check.
 */
function isAbortAware(handler: Node): boolean {
  let found = false;
  const isNameMember = (node: Node): boolean => {
    const value = unwrapExpression(node);
    return (value.type === 'MemberExpression' || value.type === 'OptionalMemberExpression') && ['name', 'code'].includes(getPropertyName(value) ?? '');
  };
  const visit = (node: Node, parent: Node | null): void => {
    if (found) return;
    if (node.type === 'Identifier' && ABORT_AWARE.test(node.name) && !(parent?.type === 'ObjectProperty' && parent.key === node && !parent.computed)) {
      found = true;
      return;
    }
    if (node.type === 'BinaryExpression' && ['===', '==', '!==', '!='].includes(node.operator)) {
      const [left, right] = [unwrapExpression(node.left as Node), unwrapExpression(node.right)];
      if ((left.type === 'StringLiteral' && ABORT_AWARE.test(left.value) && isNameMember(right)) || (right.type === 'StringLiteral' && ABORT_AWARE.test(right.value) && isNameMember(left))) {
        found = true;
        return;
      }
    }
    forEachChildNode(node, (child) => visit(child, node));
  };
  visit(handler, null);
  return found;
}

/** `request(controller.signal)`, `request(url, { signal: controller.signal })`: the call the signal is handed to. */
function findRequestCall(signal: NodePath): NodePath | null {
  let current = signal;
  const property = current.parentPath;
  if (property?.node.type === 'ObjectProperty' && property.node.value === current.node && property.parentPath?.node.type === 'ObjectExpression') current = property.parentPath;
  const call = current.parentPath;
  if (call?.node.type !== 'CallExpression' || !call.node.arguments.includes(current.node as never)) return null;
  return call;
}

/** The rejection handler the call's promise reaches: a chained `.catch` / `.then(_, h)`, or the `catch` of a `try` that awaits it. */
function findRejectionHandler(call: NodePath): Node | null {
  const { handler, end } = findChainedRejectionHandler(call);
  if (handler || !end) return handler;
  // Case: `try { const data = await request(…) } catch (error) { report(error) }`
  let node: NodePath | null = end.parentPath;
  if (node?.node.type !== 'AwaitExpression') return null;
  for (let child: NodePath = node; node; child = node, node = node.parentPath) {
    if (isFunctionNode(node.node)) return null;
    if (node.node.type === 'TryStatement' && child.node === node.node.block) return node.node.handler ?? null;
  }
  return null;
}

/**
 * The handler hands its error on to a call (`captureException(error)`, `console.error(err)`,
 * `setError(e)`): it reports it. One that ignores it (`() => setDetails(null)`, `() => {}`)
 * behaves the same whatever ended the request.
 */
function handsOnError(handler: Node): boolean {
  const value = unwrapExpression(handler);
  const param = value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression' ? value.params[0] : value.type === 'CatchClause' ? value.param : null;
  const body = value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression' || value.type === 'CatchClause' ? value.body : null;
  if (!param || param.type !== 'Identifier' || !body) return false;
  return someInOwnCode(body, (node) => (node.type === 'CallExpression' || node.type === 'NewExpression') && node.arguments.some((argument) => argument.type === 'Identifier' && argument.name === param.name));
}
