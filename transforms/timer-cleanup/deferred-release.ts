/**
 * Whether a one-shot timer is a deferred cleanup: its callback only releases things
 * (`setTimeout(() => document.removeEventListener('paste', block), 100)`, `clearInterval(id)`,
 * `observer.disconnect()`, `sub.unsubscribe()`, `controller.abort()`, `emitter.off(...)`,
 * `socket.close()`, `URL.revokeObjectURL(href)`). Cancelling such a timer when its owner goes away would keep alive exactly
 * what it was meant to release, so it is not a finding (issue 8, item 3). A callback that
 * releases something and also does other work still must not run after teardown, but the fix
 * that cancels it would skip its release: a suggestion. The release names
 * come from the acquire/release table (src/analysis/resources/catalog.ts).
 *
 * A timer that ends the process (`process.exit(0)` half a second after the response of a restore
 * request is sent, homarr's backup import) is the same: it must outlive its owner.
 *
 * A callback passed by name is read the same way: a function the file declares by its body; one
 * the code only received — `const { pipe, abort } = renderToPipeableStream(…)` then
 * `setTimeout(abort, streamTimeout + 1000)` (the React/Remix server entry), an `unsubscribe` a
 * parameter brought, `controller.abort.bind(controller)` — by its release name.
 */
import type { CallExpression, Node } from '@babel/types';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, resolveGlobalName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { RESOURCES } from '../../src/analysis/resources/catalog';
import { isProcessEndCall } from '../../src/analysis/resources/process-end-call';

/** `clearTimeout(id)`, `cancelAnimationFrame(id)`: global functions that release a handle. */
const RELEASE_FUNCTIONS = new Set<string>();
/** `x.removeEventListener(...)`, `x.disconnect()`, `x.unsubscribe()`, `x.abort()`, `x.close()`, ... */
const RELEASE_METHODS = new Set<string>(['unobserve']);
for (const resource of RESOURCES) {
  const release = resource.release;
  if (release.type === 'function-with-handle') release.names.forEach((name) => RELEASE_FUNCTIONS.add(name));
  if (release.type === 'handle-method' || release.type === 'handle-method-or-call' || release.type === 'same-target-method') {
    release.names.forEach((name) => RELEASE_METHODS.add(name));
  }
}

function isReleaseCall(node: Node, timer: NodePath): boolean {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(call.callee as Node);
  // Case: `clearTimeout(id)`, `window.cancelAnimationFrame(id)` (the platform functions, not a local one)
  const global = resolveGlobalName(timer, callee);
  if (global && RELEASE_FUNCTIONS.has(global)) return true;
  // Case: `document.removeEventListener(...)`, `this.sub?.unsubscribe()`, `observer.disconnect()`
  if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') {
    const name = getPropertyName(callee);
    // Case: `URL.revokeObjectURL(link.href)` 30 s after a download starts: it frees the blob
    // behind the URL (notesnook's export of a whole backup)
    if (name === 'revokeObjectURL' && callee.object.type === 'Identifier' && callee.object.name === 'URL') return true;
    return name !== null && RELEASE_METHODS.has(name);
  }
  // Case: `abort()` of a function the code received (not one it declares: its body says what it does)
  if (callee.type === 'Identifier') return isReceivedRelease(callee.name, timer);
  return false;
}

/** The function a binding declares in the file (`function stop() {…}`, `const stop = () => …`), if any. */
function declaredFunction(binding: Binding): Node | null {
  const declaration = binding.declaration;
  if (binding.kind === 'function' && declaration.type === 'FunctionDeclaration') return declaration;
  if (declaration.type === 'VariableDeclarator' && declaration.id.type === 'Identifier' && declaration.init) {
    let init = unwrapExpression(declaration.init);
    // Case: `const close = useCallback(() => setOpen(false), [])`
    if (init.type === 'CallExpression' && isUseCallback(init) && init.arguments[0]) init = unwrapExpression(init.arguments[0]);
    if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') return init;
  }
  return null;
}

function isUseCallback(call: CallExpression): boolean {
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type === 'Identifier') return callee.name === 'useCallback';
  return callee.type === 'MemberExpression' && getPropertyName(callee) === 'useCallback';
}

/** A release-named function the code received rather than wrote (destructured, a parameter, an import, a global). */
function isReceivedRelease(name: string, timer: NodePath): boolean {
  if (!RELEASE_METHODS.has(name)) return false;
  const binding = findBinding(timer, name);
  return !binding || declaredFunction(binding) === null;
}

/** `observer = null`, `this.timer = undefined`: forgetting what was just released. */
function isForgetting(node: Node): boolean {
  if (node.type !== 'AssignmentExpression' || node.operator !== '=') return false;
  const value = unwrapExpression(node.right);
  return value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined');
}

/**
 * What the timer's callback releases: `all` when it only releases things (a deferred cleanup),
 * `some` when it also does other work, `null` when it releases nothing it shows (or is not
 * written inline).
 */
export function resolveDeferredRelease(timer: NodePath<CallExpression>): 'all' | 'some' | null {
  const callback = timer.node.arguments[0] ? unwrapExpression(timer.node.arguments[0]) : null;
  if (!callback) return null;
  // Case: `setTimeout(abort, ms)` — a function the code received, or one it declares
  if (callback.type === 'Identifier') {
    const binding = findBinding(timer, callback.name);
    const declared = binding ? declaredFunction(binding) : null;
    if (declared) return resolveCallback(declared, timer);
    return isReceivedRelease(callback.name, timer) ? 'all' : null;
  }
  // Case: `setTimeout(controller.abort.bind(controller), ms)`
  if (callback.type === 'CallExpression' && isBoundRelease(callback)) return 'all';
  return resolveCallback(callback, timer);
}

/** `controller.abort.bind(controller)`, `socket.close.bind(socket)`. */
function isBoundRelease(call: CallExpression): boolean {
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'bind') return false;
  const method = unwrapExpression(callee.object);
  if (method.type !== 'MemberExpression') return false;
  const name = getPropertyName(method);
  return name !== null && RELEASE_METHODS.has(name);
}

function resolveCallback(callback: Node, timer: NodePath): 'all' | 'some' | null {
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression' && callback.type !== 'FunctionDeclaration') return null;
  // Case: `setTimeout(() => { console.log('restarting'); process.exit(0); }, 500)`: it ends the process
  const statements = callback.body.type === 'BlockStatement' ? callback.body.body.map((statement) => (statement.type === 'ExpressionStatement' ? statement.expression : null)) : [callback.body];
  if (statements.some((expression) => expression !== null && isProcessEndCall(expression, timer))) return 'all';
  // Case: `setTimeout(() => target.removeEventListener('paste', block), 100)`
  if (callback.body.type !== 'BlockStatement') return isReleaseCall(callback.body, timer) ? 'all' : null;
  // Case: `setTimeout(() => { observer.disconnect(); observer = null; }, 0)`
  let releases = 0;
  let other = 0;
  for (const statement of callback.body.body) {
    if (statement.type === 'ExpressionStatement' && isReleaseCall(statement.expression, timer)) releases++;
    else if (statement.type !== 'ExpressionStatement' || !isForgetting(statement.expression)) other++;
  }
  if (releases === 0) return null;
  return other === 0 ? 'all' : 'some';
}
