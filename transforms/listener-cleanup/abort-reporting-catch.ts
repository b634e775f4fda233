/**
 * Does aborting a controller make the code report an error? A controller whose `signal` goes to
 * a request (`getJSON(url, { signal: controller.signal })`) makes that request reject with an
 * `AbortError` once it is aborted; when the request's own `.catch(…)` (or the `catch` of the
 * `try` that awaits it) reports whatever it gets — `captureException(error)`, `console.error` —
 * and nothing there tells an abort apart (no `AbortError`, `aborted`, `signal` or `abort` in
 * it), the abort the fix adds to the owner's cleanup turns into a new error report at each
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
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';

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
    if (ABORT_AWARE.test(handlerText) || !handsOnError(handler)) continue;
    return handlerText.length > 60 ? `${handlerText.slice(0, 57).replace(/\s+/g, ' ')}…` : handlerText.replace(/\s+/g, ' ');
  }
  return null;
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
  let current = call;
  for (;;) {
    const member = current.parentPath;
    const next = member?.parentPath;
    if (!member || !next || (member.node.type !== 'MemberExpression' && member.node.type !== 'OptionalMemberExpression') || member.node.object !== current.node || next.node.type !== 'CallExpression' || next.node.callee !== member.node) break;
    const method = getPropertyName(member.node);
    const args = next.node.arguments;
    if (method === 'catch' && args[0]) return args[0];
    if (method === 'then' && args[1]) return args[1];
    if (method !== 'then' && method !== 'finally') return null;
    current = next;
  }
  // Case: `try { const data = await request(…) } catch (error) { report(error) }`
  let node: NodePath | null = current.parentPath;
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
