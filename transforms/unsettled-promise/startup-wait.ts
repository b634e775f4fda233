/**
 * A wait in code that runs once, when the module loads: at the module's top level, or in a
 * function invoked right where it is written there (an IIFE, `(async () => { … })()`):
 *
 *   const setupCompleted = (async () => {
 *     widgetApi = new WidgetApi(widgetId, parentOrigin);
 *     const ready = new Promise((resolve) => widgetApi.once('ready', resolve));
 *     widgetApi.start();
 *     await ready;
 *   })();
 *
 * It waits once for the page or the process, not once per use: what the pending promise holds is
 * the module's own, which lives as long as the page or process anyway (LEAKS.md: module top level
 * is process lifetime by intent), and a hang there stalls the start-up, where it shows at once.
 * Whether the event comes is in code not shown here (a widget page waiting for its parent's
 * `'ready'`, element-web's Jitsi widget: false at `high`): a report-only finding is `medium`. No
 * loop may lie between the wait and the top level.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isLoopType, isValueWrapper } from '../../src/core/node-helpers';
import { isFunctionNode } from '../../src/analysis/syntax/scope';

export function isStartupWait(path: NodePath): boolean {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (node.type === 'Program') return true;
    if (isLoopType(node.type) || node.type === 'ClassBody') return false;
    if (!isFunctionNode(node)) continue;
    // Case: `(async () => { … })()`, `(function () { … })()`, also through parentheses
    let call = current.parentPath;
    let key = current.key;
    while (call?.node.type === 'ParenthesizedExpression') {
      key = call.key;
      call = call.parentPath;
    }
    if (call?.node.type !== 'CallExpression' || key !== 'callee') return false;
  }
  return false;
}

/**
 * A wait made at module load and kept in a top-level variable for code that awaits it later
 * (`const sourceSelectorReady = new Promise((resolve) => ipcMain.on('source-selector-ready',
 * resolve))`, etcher's main process: awaited when a link opens, maybe minutes later, maybe never).
 * A deadline for it would count from the load, not from when code waits, and reject with nothing
 * awaiting it yet — an unhandled rejection (Node ends the process by default): no deadline fix.
 */
export function isKeptAtModuleTopLevel(promise: NodePath): boolean {
  let value = promise;
  while (value.parentPath && (value.parentPath.node.type === 'ParenthesizedExpression' || value.parentPath.node.type === 'TSAsExpression' || value.parentPath.node.type === 'TSSatisfiesExpression' || value.parentPath.node.type === 'TSNonNullExpression')) value = value.parentPath;
  const declarator = value.parentPath;
  if (declarator?.node.type !== 'VariableDeclarator' || value.key !== 'init') return false;
  let statement = declarator.parentPath?.parentPath;
  if (statement?.node.type === 'ExportNamedDeclaration') statement = statement.parentPath;
  return statement?.node.type === 'Program';
}

/**
 * A wait a class's constructor makes and keeps on the instance, for its methods to await later:
 * the instance's readiness latch (`this.ready = new Promise((resolve) => this.api.once('ready',
 * resolve))`, also as a branch of `cond ? new Promise(…) : Promise.resolve()`), written directly
 * in the constructor's body (no loop, no callback). It waits once per instance, not once per use,
 * and holds only what the instance holds anyway; whether the event comes is the other side's
 * code (matrix-js-sdk's widget client waiting for its host's `'ready'` handshake and first state
 * update: false at `high`). Like a wait at module load (isStartupWait), a report-only finding is
 * `medium` when the target has no failure event to listen for. With `target`, the waited-on
 * object must be the instance's own (isInstanceTarget).
 */
export function isInstanceLatch(promise: NodePath, target?: Node): boolean {
  let value = promise;
  while (value.parentPath && (isValueWrapper(value.parentPath.node) || (value.parentPath.node.type === 'ConditionalExpression' && value.key !== 'test'))) value = value.parentPath;
  const assignment = value.parentPath?.node;
  if (assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || value.key !== 'right') return false;
  const left = assignment.left;
  if (left.type !== 'MemberExpression' || left.object.type !== 'ThisExpression') return false;
  const statement = value.parentPath!.parentPath;
  const body = statement?.parentPath;
  const constructor = body?.parentPath?.node;
  if (statement?.node.type !== 'ExpressionStatement' || body?.node.type !== 'BlockStatement' || constructor?.type !== 'ClassMethod' || constructor.kind !== 'constructor') return false;
  return target === undefined || isInstanceTarget(target, constructor.params);
}

/**
 * The waited-on target is the instance's own: a `this.x` chain, or a parameter of the constructor
 * (`constructor(private host: Api)`, `constructor(host)`). Not a module-level emitter shared by
 * every instance (`worker.once(\`done:${id}\`, resolve)` for each `new Job(id)`: a wait per use).
 */
function isInstanceTarget(target: Node, params: readonly Node[]): boolean {
  let root = unwrapExpression(target);
  while (root.type === 'MemberExpression' || root.type === 'OptionalMemberExpression') root = unwrapExpression(root.object);
  if (root.type === 'ThisExpression') return true;
  if (root.type !== 'Identifier') return false;
  const name = root.name;
  return params.some((param) => {
    const bound = param.type === 'TSParameterProperty' ? param.parameter : param.type === 'AssignmentPattern' ? param.left : param;
    const id = bound.type === 'AssignmentPattern' ? bound.left : bound;
    return id.type === 'Identifier' && id.name === name;
  });
}
