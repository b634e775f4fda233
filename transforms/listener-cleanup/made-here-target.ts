/**
 * listener-cleanup: a variable of this function that only ever holds objects the function made
 * itself (`new Image()`, `document.createElement('script')`), whether or not they are then
 * handed out:
 *
 *   const script = document.createElement('script');
 *   script.addEventListener('load', () => resolve(script), { once: true });
 *
 *   let element;
 *   if (!url) element = document.createElement('style');
 *   else { const link = document.createElement('link'); element = link; }
 *
 * The listener is on an object that did not exist before this call: it cannot pile up on a
 * long-lived target, and it lives at most as long as that object. With `{ once: true }` (or a
 * handler that removes itself) this is LEAKS.md's "not a finding": "`{ once: true }` listeners
 * for events that are certain to fire (e.g. `load` of an element created in scope)". Without
 * `once`, the object must also be kept nowhere else (match.ts `isLocalObject`): a created element
 * put in the page keeps a permanent listener for the page's life.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { getNodeSocketFactoryModule } from '../../src/analysis/syntax/node-socket';
import { resolveHandleUsage } from '../../src/analysis/resources/handle-usage';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';

const CREATE_METHODS = /^create(Element|ElementNS|TextNode)$/;

/** `new X(...)` or `document.createElement(...)` (any object's `createElement`, as in an iframe's document); only the latter with `elementsOnly`. */
export function isCreationExpression(node: Node | null | undefined, elementsOnly = false): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  if (value.type === 'NewExpression') return !elementsOnly;
  return value.type === 'CallExpression' && (value.callee.type === 'MemberExpression' || value.callee.type === 'OptionalMemberExpression') && CREATE_METHODS.test(getPropertyName(value.callee) ?? '');
}

/** A call of one of Node's socket factories (`dgram.createSocket(…)`, `net.connect(…)`): syntax/node-socket.ts. */
function isNodeSocketFactoryCall(value: Node | null | undefined, at: NodePath): boolean {
  return getNodeSocketFactoryModule(value, at) !== null;
}

/**
 * A value that is a creation, or a `const` of the same function initialised with one (`element = link`).
 * Unless `elementsOnly`, a socket one of Node's socket factories makes is one too.
 */
function isCreatedValue(value: Node, at: NodePath, elementsOnly: boolean): boolean {
  if (isCreationExpression(value, elementsOnly) || (!elementsOnly && isNodeSocketFactoryCall(value, at))) return true;
  const node = unwrapExpression(value);
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(at, node.name);
  const declaration = binding?.declaration;
  return binding?.kind === 'const' && binding.scope.type !== 'Program' && declaration?.type === 'VariableDeclarator' && declaration.id === binding.identifier && (isCreationExpression(declaration.init, elementsOnly) || (!elementsOnly && isNodeSocketFactoryCall(declaration.init, at)));
}

/** Every value written into `binding` (its initialiser and each `x = value`) is an object this function made; at least one. */
function holdsOnlyCreations(binding: Binding, at: NodePath, elementsOnly: boolean): boolean {
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return false;
  const scope = findAncestorPath(at, binding.scope);
  if (!scope) return false;
  let writes = 0;
  let other = false;
  if (declaration.init) {
    if (isCreatedValue(declaration.init, at, elementsOnly)) writes++;
    else other = true;
  }
  forEachDescendant(scope, (path) => {
    if (other) return false;
    const node = path.node;
    // Case: `element = document.createElement('style')`, `element = link`
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && node.left.name === binding.name && findBinding(path, node.left.name) === binding) {
      if (node.operator === '=' && isCreatedValue(node.right, path, elementsOnly)) writes++;
      else other = true;
    }
    // Case: `element++`, `for (element of list)`, `[element] = pair`: written with something else
    if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier' && node.argument.name === binding.name) other = true;
    if ((node.type === 'ForOfStatement' || node.type === 'ForInStatement') && node.left.type === 'Identifier' && node.left.name === binding.name) other = true;
    if (node.type === 'AssignmentExpression' && node.left.type !== 'Identifier' && node.left.type !== 'MemberExpression' && node.left.type !== 'OptionalMemberExpression') other = true;
    return undefined;
  });
  return writes > 0 && !other;
}

/** The listener's target is a variable of this function that only holds objects the function made. */
export function isMadeHereTarget(target: NodePath | null, elementsOnly = false): boolean {
  if (!target) return false;
  const path = unwrapPath(target);
  if (path.node.type !== 'Identifier') return false;
  const binding = findBinding(path, path.node.name);
  if (!binding || binding.scope.type === 'Program' || (binding.kind !== 'const' && binding.kind !== 'let' && binding.kind !== 'var')) return false;
  if (!holdsOnlyCreations(binding, path, elementsOnly)) return false;
  // Case: `const probe = dgram.createSocket('udp4'); probe.on('message', …); probe.bind(port)`: a socket
  // is not dropped with the function's locals — the event loop keeps it open — so one this function
  // neither keeps nor hands on is never closed, and its listeners stay with it. Only a socket that
  // goes somewhere (`this.sockets.set(id, { socket })`, returned) is one the code can close later.
  if (!elementsOnly && holdsNodeSocket(binding, path)) return resolveHandleUsage({ kind: 'variable', binding }, path, { type: 'handle-method', names: [] }).escapes;
  return true;
}

/** The variable is written with a socket of Node's socket factories (its initialiser or a `x = …`). */
function holdsNodeSocket(binding: Binding, at: NodePath): boolean {
  const declaration = binding.declaration;
  if (declaration.type === 'VariableDeclarator' && isNodeSocketFactoryCall(declaration.init, at)) return true;
  const scope = findAncestorPath(at, binding.scope);
  if (!scope) return false;
  let found = false;
  forEachDescendant(scope, (each) => {
    if (found) return false;
    const node = each.node;
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && node.left.name === binding.name && findBinding(each, node.left.name) === binding && isNodeSocketFactoryCall(node.right, each)) found = true;
    return undefined;
  });
  return found;
}

/**
 * `this.container` of a class's constructor that fills it itself with
 * `this.container = document.createElement('div')`, a statement of its own body before the
 * listener, where nothing else in the class writes `this.container` and the constructor hands the
 * element nowhere, using only its members (`this.container.classList`), never passing or storing
 * it (`this.host.appendChild(this.container)`, `document.body.append(…)`, `mount(this.container)`,
 * `registry.panel = this.container`): the field only ever holds that element, made once per instance (a
 * video site extension's control-bar widget). Only the constructor: any other method (`show()`)
 * may run again and again, each run a new element with its listener, the old ones perhaps still
 * in the page.
 */
export function isFieldMadeHereElement(target: NodePath | null): boolean {
  if (!target) return false;
  const path = unwrapPath(target);
  const node = path.node;
  if (node.type !== 'MemberExpression' || node.computed || unwrapExpression(node.object).type !== 'ThisExpression') return false;
  const name = getPropertyName(node);
  if (name === null) return false;
  let method: NodePath | null = path.parentPath;
  while (method && !['ClassMethod', 'ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration', 'ObjectMethod'].includes(method.node.type)) method = method.parentPath;
  if (!method || method.node.type !== 'ClassMethod' || method.node.kind !== 'constructor') return false;
  const classBody = method.parentPath;
  if (!classBody || classBody.node.type !== 'ClassBody') return false;
  const isThisName = (left: Node): boolean => (left.type === 'MemberExpression' || left.type === 'OptionalMemberExpression') && !left.computed && unwrapExpression(left.object).type === 'ThisExpression' && getPropertyName(left) === name;
  // The statement of the method's own body holding the listener
  let statement: NodePath | null = path;
  while (statement && statement.parentPath && statement.parentPath.node !== method.node.body) statement = statement.parentPath;
  if (!statement || statement.parentPath?.node !== method.node.body) return false;
  const body = method.node.body.body;
  const index = body.indexOf(statement.node as (typeof body)[number]);
  const made = body.slice(0, index).some((each) => each.type === 'ExpressionStatement' && each.expression.type === 'AssignmentExpression' && each.expression.operator === '=' && isThisName(each.expression.left) && isCreationExpression(each.expression.right, true));
  if (!made) return false;
  // Case: `this.host.appendChild(this.panel)`, `document.body.append(this.panel)`, `mount(this.panel)`,
  // `registry.panel = this.panel`: handed out, perhaps into the page, where it stays with the
  // instance's listener. The constructor may only write the field and use its members (`this.panel.classList`).
  let handedOut = false;
  forEachDescendant(method, (each) => {
    if (handedOut) return false;
    if (!isThisName(each.node)) return undefined;
    const parent = each.parentPath?.node;
    const isWritten = parent?.type === 'AssignmentExpression' && parent.left === each.node;
    const isMemberRead = (parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && parent.object === each.node;
    if (!isWritten && !isMemberRead) handedOut = true;
    return undefined;
  });
  if (handedOut) return false;
  let writes = 0;
  forEachDescendant(classBody, (each) => {
    const write = each.node;
    if (write.type === 'AssignmentExpression' && isThisName(write.left)) writes++;
    if (write.type === 'ClassProperty' && !write.static && !write.computed && write.key.type === 'Identifier' && write.key.name === name && write.value) writes++;
    return undefined;
  });
  return writes === 1;
}
