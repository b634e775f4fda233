/**
 * listener-cleanup: a listener on a child object a dispatcher makes, keeps in a collection on
 * itself, and takes out of it again — a pool of clients, an agent's per-origin dispatchers:
 *
 *   const pool = this[kFactory](origin); this[kAddClient](pool); pool.on('connect', …)
 *   … this[kRemoveClient](pool)
 *
 *   dispatcher = this.factory(origin).on('connect', …); this.clients.set(key, { dispatcher })
 *   … this.clients.delete(key); dispatcher.close()
 *
 * The child is made here (a `new` or a factory call) and stored in `this.<collection>` (`set`,
 * `push`, `add`, `unshift`, or a `this.add…(child)` method) whose removal the class also calls
 * (`delete`, `splice`, `remove`, `clear`, …, or the matching `this.remove…(…)` method). The
 * handler holds the dispatcher, which holds the child anyway while it is in the collection;
 * once taken out (and closed), the child and its listeners go together. Whether a child is
 * taken out in time is the collection's bookkeeping, not a listener never removed. A class that
 * closes every child of the collection (`this.servers.forEach((server) => server.close())`, or a
 * `for … of` loop) takes them out the same way: each child ends, with its listeners.
 */
import type { Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { unwrapPath } from '../../src/core/node-helpers';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import type { ListenerCall } from './listener-call';
import { CLOSING_METHODS } from './closed-target';
import { LISTENER_REGISTER_METHODS } from '../../src/analysis/resources/catalog';

const STORE_METHODS = new Set(['set', 'push', 'add', 'unshift']);
const REMOVE_METHODS = new Set(['delete', 'splice', 'remove', 'clear', 'pop', 'shift']);

function isMember(node: Node | null | undefined): node is Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }> {
  return node?.type === 'MemberExpression' || node?.type === 'OptionalMemberExpression';
}

/** `this.clients` → `this.clients`, `this[kClients]` → `this[kClients]`, `this.#c` → `this.#c`; anything else `null`. */
function thisMemberKey(node: Node): string | null {
  if (!isMember(node) || node.object.type !== 'ThisExpression') return null;
  const property = node.property;
  if (property.type === 'PrivateName') return `this.#${property.id.name}`;
  if (!node.computed && property.type === 'Identifier') return `this.${property.name}`;
  if (node.computed && property.type === 'Identifier') return `this[${property.name}]`;
  if (node.computed && property.type === 'StringLiteral') return `this.${property.value}`;
  return null;
}

/** The property name of a member (`push`), or `null`. */
function methodName(callee: Node): string | null {
  return isMember(callee) ? getPropertyName(callee) : null;
}

/** `x.on(a).on(b)`: the expression the chain starts from (`x`). */
function chainRoot(node: Node): Node {
  let current = node;
  while ((current.type === 'CallExpression' || current.type === 'OptionalCallExpression') && LISTENER_REGISTER_METHODS.has(methodName(current.callee) ?? '')) {
    current = (current.callee as Extract<Node, { type: 'MemberExpression' }>).object;
  }
  return current;
}

/** The variable the child is in: the target itself, or the one the whole `make().on(…).on(…)` chain is assigned to. */
function findChildBinding(add: ListenerCall) {
  const target = unwrapPath(add.target!);
  // Case: `const pool = this.factory(origin); … pool.on(…)`
  if (target.node.type === 'Identifier') {
    const binding = findBinding(target, target.node.name);
    const declaration = binding?.declaration;
    return binding?.kind === 'const' && declaration?.type === 'VariableDeclarator' && declaration.init && isMade(chainRoot(declaration.init)) ? binding : null;
  }
  // Case: `dispatcher = this.factory(origin).on('drain', …).on('connect', …)`
  if (!isMade(chainRoot(target.node))) return null;
  // Climb to the outermost call of the chain.
  let outer: NodePath = add.call;
  while (isMember(outer.parent) && outer.key === 'object' && outer.parentPath?.parent?.type === 'CallExpression' && LISTENER_REGISTER_METHODS.has(methodName(outer.parent) ?? '')) outer = outer.parentPath.parentPath!;
  const parent = outer.parent;
  if (parent?.type === 'VariableDeclarator' && outer.key === 'init' && parent.id.type === 'Identifier') return findBinding(outer, parent.id.name);
  if (parent?.type === 'AssignmentExpression' && outer.key === 'right' && parent.left.type === 'Identifier') return findBinding(outer, parent.left.name);
  return null;
}

/** A `new X(…)` or a factory call: an object made here. */
function isMade(node: Node): boolean {
  return node.type === 'NewExpression' || node.type === 'CallExpression';
}

/** Where the child is stored: `this.C.set(k, child)` / `this.C.push({ child })` → `{ collection: 'this.C' }`; `this.addX(child)` → `{ adder: 'this.addX' }`. */
function findStore(reference: NodePath): { collection: string } | { adder: string } | null {
  let argument: NodePath = reference;
  // Case: `this.clients.set(key, { count: 0, dispatcher })`
  if (reference.parent?.type === 'ObjectProperty' && reference.key === 'value' && reference.parentPath?.parent?.type === 'ObjectExpression') argument = reference.parentPath.parentPath!;
  const call = argument.parent;
  if (call?.type !== 'CallExpression' || argument.key === 'callee') return null;
  const callee = call.callee;
  if (isMember(callee) && STORE_METHODS.has(methodName(callee) ?? '')) {
    const collection = thisMemberKey(callee.object);
    return collection ? { collection } : null;
  }
  const adder = thisMemberKey(callee);
  return adder && /add/i.test(adder) ? { adder } : null;
}

/** `(x) => x.close()` / `function (x) { x.destroy(); }`: a callback that ends the element it is handed. */
function closesItsElement(fn: Node | undefined): boolean {
  if (!fn || (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')) return false;
  const param = fn.params[0];
  if (param?.type !== 'Identifier') return false;
  return closesName(fn.body, param.name);
}

/** `name.close()` (a closing method) somewhere in `body`. */
function closesName(body: Node, name: string): boolean {
  let found = false;
  forEachNode(body, (node) => {
    if (found) return false;
    if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && isMember(node.callee) && node.callee.object.type === 'Identifier' && node.callee.object.name === name && CLOSING_METHODS.has(methodName(node.callee) ?? '')) found = true;
    return found ? false : undefined;
  });
  return found;
}

/**
 * The class ends every child of the collection: `this.C.forEach((x) => x.close())` (or `map`),
 * `for (const x of this.C) x.destroy()`: each child closes, and its listeners go with it.
 */
function isEveryChildClosed(node: Node, collection: string): boolean {
  if (node.type === 'CallExpression' && isMember(node.callee) && (methodName(node.callee) === 'forEach' || methodName(node.callee) === 'map') && thisMemberKey(node.callee.object) === collection) {
    return closesItsElement(node.arguments[0] as Node | undefined);
  }
  if (node.type === 'ForOfStatement' && thisMemberKey(node.right) === collection && node.left.type === 'VariableDeclaration') {
    const id = node.left.declarations[0]?.id;
    return id?.type === 'Identifier' && closesName(node.body, id.name);
  }
  return false;
}

/** The class takes children out of the store: `this.C.delete(…)`, `this.C = this.C.filter(…)`, or `this.removeX(…)` for `this.addX`; or closes every one of them. */
function isTakenOut(classPath: NodePath, store: { collection: string } | { adder: string }): boolean {
  const remover = 'adder' in store ? store.adder.replace(/add/, 'remove').replace(/Add/, 'Remove') : null;
  let found = false;
  forEachDescendant(classPath, (path) => {
    if (found) return false;
    const node = path.node;
    if (node.type === 'CallExpression') {
      if (remover !== null && thisMemberKey(node.callee) === remover) found = true;
      if ('collection' in store && isMember(node.callee) && REMOVE_METHODS.has(methodName(node.callee) ?? '') && thisMemberKey(node.callee.object) === store.collection) found = true;
    }
    // Case: `this.clients = this.clients.filter((c) => c !== client)`
    // (not `this.clients = new Map()`, which makes the collection).
    if ('collection' in store && node.type === 'AssignmentExpression' && thisMemberKey(node.left) === store.collection && node.right.type === 'CallExpression' && isMember(node.right.callee) && thisMemberKey(node.right.callee.object) === store.collection) found = true;
    // Case: `this.servers.forEach((server) => server.close())` in the class's release
    if ('collection' in store && isEveryChildClosed(node, store.collection)) found = true;
    return undefined;
  });
  return found;
}

export function isCollectedChild(add: ListenerCall): boolean {
  if (add.family !== 'emitter-listener' && add.family !== 'event-listener') return false;
  if (!add.target) return false;
  const thisClass = resolveThisClass(add.call);
  if (!thisClass) return false;
  const binding = findChildBinding(add);
  if (!binding || (binding.kind !== 'const' && binding.kind !== 'let')) return false;
  const classNode = thisClass.classPath.node;
  if (binding.scope.start! < classNode.start! || binding.scope.end! > classNode.end!) return false;
  return findBindingReferences(add.call, binding).some((reference) => {
    const store = findStore(reference);
    return store !== null && isTakenOut(thisClass.classPath, store);
  });
}
