/**
 * listener-cleanup: a class's own add/remove wrapper pair —
 *
 *   private addModalListener(type, listener) { this.modalDivRef.current?.addEventListener(type, listener); }
 *   private removeModalListener(type, listener) { this.modalDivRef.current?.removeEventListener(type, listener); }
 *
 * The adder only forwards what its callers hand it: whether a listener outlives its owner is
 * decided where the adder is called. When every call of the adder in the class
 * (`this.addModalListener('shown.bs.modal', this.handleShow)`) is matched by a call of the remover
 * with the same event and handler (`this.removeModalListener('shown.bs.modal', this.handleShow)`,
 * lemmy-ui's modal mixin: in componentDidMount and componentWillUnmount), each add is undone: no
 * finding. The remover must remove from the same target, with its own parameters at the
 * adder's positions. An adder the class never calls (its callers are elsewhere), or one call of
 * it the class does not undo, keeps the finding.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { getClassMemberName } from '../../src/analysis/syntax/class-member-name';
import { isInsideNode } from '../../src/core/node-helpers';
import type { ListenerCall } from './listener-call';
import { getLoopItemSource, isSameValue } from './same-value';

const REMOVE_METHODS: Readonly<Record<string, readonly string[]>> = {
  'event-listener': ['removeEventListener'],
  'emitter-listener': ['off', 'removeListener'],
};

/** The method's name: `name() {}` or `#name() {}` of a class body, not computed, not a getter/setter/constructor. */
function methodName(node: Node): string | null {
  return (node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') && node.kind === 'method' && !node.computed ? getClassMemberName(node) : null;
}

/** The index of `node` (an identifier) among the parameters of `fn`, when it is one of them. */
function parameterIndex(path: NodePath | null, fn: Node): number {
  if (!path) return -1;
  const node = unwrapExpression(path.node);
  if (node.type !== 'Identifier') return -1;
  const binding = findBinding(path, node.name);
  if (binding?.kind !== 'param' || binding.declaration !== fn) return -1;
  return (fn as { params: Node[] }).params.findIndex((param) => param === binding.identifier);
}

/** `this.name(…)` with `this` the instance: the callee's name, or `null`. */
function thisCallName(node: Node): string | null {
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(node.callee as Node);
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || unwrapExpression(callee.object).type !== 'ThisExpression') return null;
  if (callee.property.type === 'PrivateName') return `#${callee.property.id.name}`;
  return callee.computed ? null : getPropertyName(callee);
}

/** The call's argument at `index` (not a spread), or `null`. */
function argument(call: NodePath, index: number): NodePath | null {
  const node = (call.node as { arguments: Node[] }).arguments[index];
  return node && node.type !== 'SpreadElement' ? call.child(node, 'arguments', index) : null;
}

export function isUndoneThroughWrapperPair(add: ListenerCall): boolean {
  if (!add.target || !add.event || !add.handler) return false;
  const removeNames = REMOVE_METHODS[add.family];
  if (!removeNames) return false;
  let fn: NodePath | null = add.call.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  const adder = fn ? methodName(fn.node) : null;
  const classBody = fn?.parentPath;
  if (!fn || !adder || classBody?.node.type !== 'ClassBody') return false;
  const eventIndex = parameterIndex(add.event, fn.node);
  const handlerIndex = parameterIndex(add.handler, fn.node);
  if (eventIndex < 0 || handlerIndex < 0) return false;
  // The remover: another method of the class that removes from the same target, its own parameters at the adder's positions.
  let remover: string | null = null;
  forEachDescendant(classBody, (path) => {
    if (remover) return false;
    const node = path.node;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return undefined;
    const callee = unwrapExpression(node.callee as Node);
    if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || !removeNames.includes(getPropertyName(callee) ?? '')) return undefined;
    let method: NodePath | null = path.parentPath;
    while (method && !isFunctionNode(method.node)) method = method.parentPath;
    const name = method ? methodName(method.node) : null;
    if (!method || !name || name === adder || method.parentPath?.node !== classBody.node) return undefined;
    const target = path.child(node.callee as Node, 'callee').child(callee.object, 'object');
    if (!isSameValue(target, add.target!)) return undefined;
    if (parameterIndex(argument(path, eventIndex), method.node) !== eventIndex || parameterIndex(argument(path, handlerIndex), method.node) !== handlerIndex) return undefined;
    remover = name;
    return false;
  });
  if (!remover) return false;
  // Every call of the adder in the class has a call of the remover with the same event and handler.
  const adds: NodePath[] = [];
  const removes: NodePath[] = [];
  forEachDescendant(classBody, (path) => {
    const name = thisCallName(path.node);
    if (name === adder) adds.push(path);
    else if (name === remover) removes.push(path);
  });
  if (adds.length === 0) return false;
  return adds.every((call) => {
    const event = argument(call, eventIndex);
    const handler = argument(call, handlerIndex);
    return !!event && !!handler && removes.some((removal) => {
      const otherEvent = argument(removal, eventIndex);
      const otherHandler = argument(removal, handlerIndex);
      return !!otherEvent && !!otherHandler && isSameValue(event, otherEvent) && isSameValue(handler, otherHandler);
    });
  });
}

/**
 * The same pair outside a class: a function whose add passes on its caller's event and handler —
 * two of its parameters, at the same positions in the add (`ipcOnEvent: (event, cb) => {
 * ipcRenderer.on(event, cb) }`; the function may do more than forward) — beside a sibling that removes
 * them from the same target with its own parameters at the same positions
 * (`ipcOffEvent: (event, cb) => { ipcRenderer.removeListener(event, cb) }`) — two properties of
 * one object literal (an API a preload script exposes to the page), or two top-level functions of
 * the module. The handler may also be a wrapper kept in a store under the caller's handler
 * (`source.addEventListener(event, proxies.get(handler))` beside
 * `source.removeEventListener(event, proxies.get(handler))`, dbgate's apiOn/apiOff): the same
 * store, read with the parameter at the same position. Whether each add is undone is decided by
 * the callers, which are not in the file. Not a skip: the finding stays, at `low` (confidence.ts).
 * The sibling may also remove every listener of the caller's event from the target
 * (`removeListener: (channel) => { ipcRenderer.removeAllListeners(channel) }`, on an emitter):
 * then the adder's handler may be any function, a wrapper it makes of the caller's too
 * (simplenote's preload `receive(channel, callback)` adding `(_, data) => callback(data)`).
 */
export function hasForwardedRemover(add: ListenerCall): boolean {
  if (!add.target || !add.event || !add.handler) return false;
  const removeNames = REMOVE_METHODS[add.family];
  if (!removeNames) return false;
  let fn: NodePath | null = add.call.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  if (!fn) return false;
  const eventIndex = parameterIndex(add.event, fn.node);
  if (eventIndex < 0) return false;
  const handler = forwardedHandler(add.handler, fn.node);
  const records = handler && !handler.store ? getHandlerRecords(fn, handler.index) : [];
  const siblings = findSiblingFunctions(fn);
  return siblings.some((sibling) => {
    let found = false;
    forEachDescendant(sibling, (path) => {
      if (found) return false;
      const node = path.node;
      if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return undefined;
      const callee = unwrapExpression(node.callee as Node);
      if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return undefined;
      const method = getPropertyName(callee) ?? '';
      // Case: `removeListener: (channel) => { ipcRenderer.removeAllListeners(channel) }` beside
      // `receive: (channel, cb) => { ipcRenderer.on(channel, (_e, data) => cb(data)) }`: every
      // listener of the caller's event goes, whatever handler (or wrapper of it) the adder added
      const removesAll = add.family === 'emitter-listener' && method === 'removeAllListeners' && node.arguments.length === 1;
      if (!removesAll && !removeNames.includes(method)) return undefined;
      const target = path.child(node.callee as Node, 'callee').child(callee.object, 'object');
      if (!isSameValue(target, add.target!)) return undefined;
      if (removesAll) {
        found = parameterIndex(argument(path, 0), sibling.node) === eventIndex;
        return found ? false : undefined;
      }
      if (!handler) return undefined;
      const handlerIndex = handler.index;
      // Case: `handlers[event].forEach((handler) => bus.removeListener(event, handler))` where the adder did `handlers[event].push(handler)`
      if (isRemovedFromRecords(argument(path, handlerIndex), records) && argument(path, eventIndex)?.node.type === 'Identifier') {
        found = true;
        return false;
      }
      if (parameterIndex(argument(path, eventIndex), sibling.node) !== eventIndex) return undefined;
      const removed = forwardedHandler(argument(path, handlerIndex), sibling.node);
      if (removed?.index !== handlerIndex || !!removed.store !== !!handler.store || (handler.store && !isSameValue(handler.store, removed.store!))) return undefined;
      found = true;
      return false;
    });
    return found;
  });
}

/**
 * The module-level collections the adder records its caller's handler in (`handlers` of
 * `handlers[event].push(handler)` or `handlers.push(handler)`, not in a nested function): the
 * bindings of their roots.
 */
function getHandlerRecords(fn: NodePath, handlerIndex: number): Node[] {
  const records: Node[] = [];
  forEachDescendant(fn, (path) => {
    const node = path.node;
    if (path !== fn && isFunctionNode(node)) return false;
    if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || getPropertyName(node.callee) !== 'push' || node.arguments.length !== 1) return undefined;
    if (parameterIndex(argument(path, 0), fn.node) !== handlerIndex) return undefined;
    const root = getRootBinding(path.child(node.callee, 'callee').child(node.callee.object, 'object'));
    // A record kept outside the adder: one the adder's own scope declares goes with each call.
    if (root && !isInsideNode(root, fn.node)) records.push(root);
    return undefined;
  });
  return records;
}

/** `handler` is an item of a loop over a collection rooted at one of `records` (`handlers[event].forEach((handler) => …)`). */
function isRemovedFromRecords(handler: NodePath | null, records: readonly Node[]): boolean {
  if (!handler || records.length === 0) return false;
  const iterable = getLoopItemSource(handler);
  const root = iterable ? getRootBinding(iterable) : null;
  return root !== null && records.includes(root);
}

/** The identifier that declares the root of `handlers[event]` / `this.handlers` (`null`: `this`, a call). */
function getRootBinding(path: NodePath): Node | null {
  let current: NodePath = path;
  for (;;) {
    const node = unwrapExpression(current.node);
    if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') current = current.child(node.object, 'object');
    else if (node.type === 'Identifier') return findBinding(current, node.name)?.identifier ?? null;
    else return null;
  }
}

/**
 * The handler an adder forwards: one of its parameters (`cb`, at its index), or the value a
 * store keeps under one (`proxies.get(cb)`: a wrapper made once per caller's handler and kept in
 * a `Map`/`WeakMap` the remover reads with the same key) — the parameter's index and the store.
 */
function forwardedHandler(path: NodePath | null, fn: Node): { index: number; store: NodePath | null } | null {
  if (!path) return null;
  const direct = parameterIndex(path, fn);
  if (direct >= 0) return { index: direct, store: null };
  const node = path.node;
  if (node.type !== 'CallExpression' || node.arguments.length !== 1) return null;
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || getPropertyName(callee) !== 'get' || callee.object.type !== 'Identifier') return null;
  const index = parameterIndex(argument(path, 0), fn);
  if (index < 0) return null;
  return { index, store: path.child(callee, 'callee').child(callee.object, 'object') };
}

/** The other functions of `fn`'s object literal (property values and methods), or of the module's top level. */
function findSiblingFunctions(fn: NodePath): NodePath[] {
  const siblings: NodePath[] = [];
  // Case: `{ on: (event, cb) => …, off: (event, cb) => … }` and `{ on(event, cb) {…}, off(event, cb) {…} }`
  const property = fn.node.type === 'ObjectMethod' ? fn : fn.parentPath?.node.type === 'ObjectProperty' && fn.key === 'value' ? fn.parentPath : null;
  if (property?.parentPath?.node.type === 'ObjectExpression') {
    const object = property.parentPath;
    (object.node as { properties: Node[] }).properties.forEach((each, index) => {
      if (each === property.node) return;
      if (each.type === 'ObjectMethod') siblings.push(object.child(each, 'properties', index));
      else if (each.type === 'ObjectProperty' && isFunctionNode(each.value)) siblings.push(object.child(each, 'properties', index).child(each.value, 'value'));
    });
    return siblings;
  }
  // Case: `export function onEvent(event, cb) {…}` / `const onEvent = (event, cb) => …` beside its `offEvent` at the top of the module
  const top = topLevelStatement(fn);
  if (!top?.parentPath || top.parentPath.node.type !== 'Program') return siblings;
  const program = top.parentPath;
  (program.node as { body: Node[] }).body.forEach((statement, index) => {
    if (statement === top.node) return;
    let path: NodePath = program.child(statement, 'body', index);
    if ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && statement.declaration) path = path.child(statement.declaration, 'declaration');
    const node = path.node;
    if (node.type === 'FunctionDeclaration') siblings.push(path);
    else if (node.type === 'ExpressionStatement' && node.expression.type === 'AssignmentExpression') {
      // Case: `api.off = api.removeListener = function (event, handler) {…}`
      let assignment: NodePath = path.child(node.expression, 'expression');
      while (assignment.node.type === 'AssignmentExpression' && assignment.node.right.type === 'AssignmentExpression') assignment = assignment.child(assignment.node.right, 'right');
      const right = (assignment.node as { right: Node }).right;
      if (isFunctionNode(right)) siblings.push(assignment.child(right, 'right'));
    } else if (node.type === 'VariableDeclaration') {
      node.declarations.forEach((declarator, at) => {
        if (declarator.init && isFunctionNode(declarator.init)) siblings.push(path.child(declarator, 'declarations', at).child(declarator.init, 'init'));
      });
    }
  });
  return siblings;
}

/** The top-level statement `fn` is (a function declaration, or a `const` of it, maybe exported), or `null` when it is nested. */
function topLevelStatement(fn: NodePath): NodePath | null {
  let path: NodePath | null = fn;
  if (fn.node.type !== 'FunctionDeclaration') {
    // `api.on = function (event, handler) {…}`, `api.addListener = api.on = function …`: the
    // statement of the outermost assignment of the chain
    if (fn.parentPath?.node.type === 'AssignmentExpression' && fn.key === 'right') {
      path = fn.parentPath;
      while (path.parentPath?.node.type === 'AssignmentExpression' && path.key === 'right') path = path.parentPath;
      path = path.parentPath;
      return path?.node.type === 'ExpressionStatement' && path.parentPath?.node.type === 'Program' ? path : null;
    }
    // `const onEvent = (…) => …`
    if (fn.parentPath?.node.type !== 'VariableDeclarator' || fn.key !== 'init') return null;
    path = fn.parentPath.parentPath;
    if (path?.node.type !== 'VariableDeclaration') return null;
  }
  if (path?.parentPath && (path.parentPath.node.type === 'ExportNamedDeclaration' || path.parentPath.node.type === 'ExportDefaultDeclaration')) path = path.parentPath;
  return path?.parentPath?.node.type === 'Program' ? path : null;
}
