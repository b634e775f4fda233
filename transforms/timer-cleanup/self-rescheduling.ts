/**
 * Self-rescheduling timer loops: a function that, each time it runs, schedules itself again
 * (`function loop() { draw(); requestAnimationFrame(loop); }`, `function poll() { ...;
 * setTimeout(poll, 1000); }`). One variable holding the latest handle releases the whole loop,
 * provided the function reschedules synchronously (an `async` function may reschedule after
 * the release ran).
 *
 * The callback may also be written inline and call the function again as its own statement
 * (`const poll = () => { setTimeout(() => { refresh(); poll(); }, ms); }`, and a function kept on
 * the instance, `this.schedule = () => { setTimeout(() => { ping(); this.schedule(); }, ms); }`):
 * when the timer fires the function runs again and starts the next round, so again one handle is
 * pending at a time.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getValuePath } from '../../src/analysis/resources/acquisition-handle';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode, type Binding } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import type { TextEdit } from '../../src/core/finding';
import type { AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import type { HandleCapture } from '../../src/analysis/resources/handle-capture';
import type { ReleasePlace } from '../../src/analysis/lifecycle/release-place';
import type { NameReservations } from '../../src/analysis/edits/name-reservations';
import { findSignalInScope } from '../../src/analysis/resources/signal-in-scope';
import { getUniqueIdentifier } from '../../src/analysis/edits/unique-identifier';
import { insertStatementsBefore, terminate, type EditContext } from '../../src/analysis/edits/statement-edits';

export interface ReschedulingLoop {
  /** The looping function (a declaration, or the function a `const` holds). */
  fn: NodePath;
  /** The function's name (`null` for a function kept on the instance, `this.schedule = () => …`). */
  binding: Binding | null;
  /** The call inside `fn` that schedules `fn` again. */
  reschedule: NodePath<CallExpression>;
}

/** The function a callback argument names: `loop` -> `function loop() {}` / `const loop = () => {}`. */
function resolveNamedFunction(path: NodePath, argument: Node | undefined): { binding: Binding; node: Node } | null {
  if (!argument) return null;
  const callback = unwrapExpression(argument);
  if (callback.type !== 'Identifier') return null;
  const binding = findBinding(path, callback.name);
  if (!binding) return null;
  const declaration = binding.declaration;
  // Case: `function loop() {}` (a parameter's binding also points at its function: not a name for it)
  if (declaration.type === 'FunctionDeclaration' && binding.kind === 'function') return { binding, node: declaration };
  if (declaration.type === 'VariableDeclarator' && binding.kind === 'const' && declaration.init) {
    const init = unwrapExpression(declaration.init);
    if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') return { binding, node: init };
  }
  return null;
}

function isSynchronous(node: Node): boolean {
  return (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') && !node.async && !node.generator;
}

/**
 * The loop `call` belongs to: `call` is the rescheduling call inside a synchronous function it
 * names as its callback. `isSameTimer` tells whether another call starts the same kind of timer.
 */
export function resolveReschedulingLoop(call: NodePath<CallExpression>, isSameTimer: (path: NodePath) => boolean): ReschedulingLoop | null {
  const target = resolveNamedFunction(call, call.node.arguments[0] as Node | undefined);
  if (!target) return resolveInlineRescheduling(call);
  if (!isSynchronous(target.node)) return null;
  // Case: the call is the rescheduling one, directly inside the function it names.
  let fnPath: NodePath | null = null;
  for (let current = call.parentPath; current; current = current.parentPath) {
    if (isFunctionNode(current.node)) {
      fnPath = current.node === target.node ? current : null;
      break;
    }
  }
  if (fnPath) return { fn: fnPath, binding: target.binding, reschedule: call };
  // Case: the call starts the loop: find the rescheduling call inside the function.
  const scope = findScopePath(call, target.binding.scope);
  let found: ReschedulingLoop | null = null;
  if (!scope) return null;
  forEachDescendant(scope, (path) => {
    if (found) return false;
    if (path.node !== target.node) return undefined;
    forEachDescendant(path, (inner) => {
      if (found) return false;
      if (isFunctionNode(inner.node)) return false;
      if (inner.node.type !== 'CallExpression' || !isSameTimer(inner)) return undefined;
      const named = resolveNamedFunction(inner, inner.node.arguments[0] as Node | undefined);
      // Only a rescheduling call whose result is dropped can take over the loop's handle.
      if (named?.binding === target.binding && getValuePath(inner).parent?.type === 'ExpressionStatement') {
        found = { fn: path, binding: target.binding, reschedule: inner as NodePath<CallExpression> };
      }
      return undefined;
    });
    return false;
  });
  return found;
}

/**
 * `call` is `setTimeout(() => { …; poll(); }, ms)` directly in the synchronous function `poll` (a
 * declaration, a `const`'s function, or a function assigned to `this.schedule` called back as
 * `this.schedule()` from an arrow): the callback calls the function again as one of its own
 * statements, unconditionally.
 */
function resolveInlineRescheduling(call: NodePath<CallExpression>): ReschedulingLoop | null {
  const argument = call.node.arguments[0];
  const callback = argument ? unwrapExpression(argument as Node) : null;
  if (!callback || (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') || !isSynchronous(callback)) return null;
  let fn: NodePath | null = null;
  for (let current = call.parentPath; current; current = current.parentPath) {
    if (isFunctionNode(current.node)) {
      fn = current;
      break;
    }
  }
  if (!fn || !isSynchronous(fn.node)) return null;
  // How the function is called again: by its name, or as `this.<member>()`.
  let binding: Binding | null = null;
  let member: string | null = null;
  const parent = fn.parent;
  const name = fn.node.type === 'FunctionDeclaration' ? fn.node.id?.name : parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : null;
  if (name) {
    binding = findBinding(fn, name);
    if (!binding || (binding.kind !== 'function' && binding.kind !== 'const')) return null;
  } else if (parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.left.type === 'MemberExpression' && parent.left.object.type === 'ThisExpression' && !parent.left.computed && parent.left.property.type === 'Identifier') {
    // `this` in the callback is the instance only in an arrow.
    if (callback.type !== 'ArrowFunctionExpression') return null;
    member = parent.left.property.name;
  } else return null;
  const statements = callback.body.type === 'BlockStatement' ? callback.body.body.map((statement) => (statement.type === 'ExpressionStatement' ? statement.expression : null)) : [callback.body];
  const callsAgain = statements.some((expression) => {
    if (expression?.type !== 'CallExpression' || expression.arguments.length > 0) return false;
    const callee = expression.callee;
    if (binding) return callee.type === 'Identifier' && callee.name === name && findBinding(call, name!) === binding;
    return callee.type === 'MemberExpression' && callee.object.type === 'ThisExpression' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === member;
  });
  return callsAgain ? { fn, binding, reschedule: call } : null;
}

function findScopePath(path: NodePath, node: Node): NodePath | null {
  for (let current: NodePath | null = path; current; current = current.parentPath) if (current.node === node) return current;
  return null;
}

/** The call that starts `loop` from outside it (`requestAnimationFrame(loop)`), its result dropped. */
export function findLoopStarter(loop: ReschedulingLoop, isSameTimer: (path: NodePath) => boolean): NodePath<CallExpression> | null {
  const binding = loop.binding;
  if (!binding) return null;
  const scope = findScopePath(loop.reschedule, binding.scope);
  if (!scope) return null;
  let found: NodePath<CallExpression> | null = null;
  forEachDescendant(scope, (path) => {
    if (found || path.node === loop.fn.node || path.node === loop.reschedule.node) return false;
    if (path.node.type !== 'CallExpression' || !isSameTimer(path)) return undefined;
    const named = resolveNamedFunction(path, path.node.arguments[0] as Node | undefined);
    if (named?.binding === binding && getValuePath(path).parent?.type === 'ExpressionStatement') found = path as NodePath<CallExpression>;
    return undefined;
  });
  return found;
}

/**
 * The statement that declares the looping function in its block (`function frame() {…}`,
 * `const poll = () => {…};`), for a release registered next to its acquisition (on abort, with a
 * `DestroyRef`): one `let` for the latest handle goes right before it and one registration right
 * after it, instead of one registration per round. `null` when the function is declared some
 * other way, or called above that statement (the `let` would not exist yet).
 */
export function getLoopDeclaration(loop: ReschedulingLoop): NodePath | null {
  const fn = loop.fn;
  const declarator = fn.parentPath;
  let statement: NodePath | null = null;
  // Case: `function frame() { …; requestAnimationFrame(frame); }`
  if (fn.node.type === 'FunctionDeclaration') statement = fn;
  // Case: `const poll = () => { …; setTimeout(poll, ms); };`
  else if (declarator?.node.type === 'VariableDeclarator' && declarator.parentPath?.node.type === 'VariableDeclaration' && declarator.parentPath.node.declarations.length === 1) {
    statement = declarator.parentPath;
  }
  if (!statement || statement.parentPath?.node.type !== 'BlockStatement') return null;
  const start = statement.node.start!;
  if (!loop.binding) return null;
  return findBindingReferences(statement, loop.binding).some((reference) => reference.node.start! < start) ? null : statement;
}

export interface LoopRegistrationRequest {
  loop: ReschedulingLoop;
  /** The owner's release place for the rescheduling call (registered next to it). */
  place: ReleasePlace;
  /** The rescheduling call's handle (dropped). */
  handle: AcquisitionHandle;
  baseName: string;
  handleType: string;
  reserved: NameReservations;
}

/**
 * A loop whose release is registered next to its acquisition (on abort, with a `DestroyRef`),
 * started by a plain call (`function frame() { …; requestAnimationFrame(frame); } frame();`):
 * the latest handle in one `let` declared right before the looping function, and the release
 * place moved to right after it. Registered next to the rescheduling call, the release would be
 * registered once per round, every one kept until the owner ends (thousands for an animation).
 */
export function planLoopRegistration(request: LoopRegistrationRequest, ctx: EditContext): { capture: HandleCapture; place: Extract<ReleasePlace, { statement: NodePath }> } | null {
  const { place, handle } = request;
  if ((place.kind !== 'abort-listener' && place.kind !== 'destroy-ref') || handle.kind !== 'discarded') return null;
  const declaration = getLoopDeclaration(request.loop);
  if (!declaration) return null;
  // The listener goes outside the looping function: the same signal must be in scope there (not a local of the loop).
  if (place.kind === 'abort-listener') {
    const signal = findSignalInScope(declaration);
    if (signal?.binding !== place.signal.binding || signal.expression !== place.signal.expression) return null;
  }
  const block = declaration.parentPath!;
  const name = getUniqueIdentifier({ base: request.baseName, scope: block, reserved: request.reserved(block.node) });
  const type = ctx.language === 'js' ? '' : `: ${request.handleType} | undefined`;
  const acquisition = handle.expression.node.start!;
  const prefixStart = handle.voidOperator ? handle.voidOperator.start! : acquisition;
  const edits: TextEdit[] = [
    insertStatementsBefore(declaration.node, [terminate(`let ${name}${type}`, ctx)], ctx),
    { start: prefixStart, end: acquisition, text: `${name} = ` },
  ];
  return { capture: { text: name, unset: 'undefined', edits, declaresType: ctx.language !== 'js' }, place: { ...place, statement: declaration } };
}
