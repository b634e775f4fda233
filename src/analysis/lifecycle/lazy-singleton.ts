/**
 * A `new X()` that makes the one instance of a class on first use and keeps it, so it runs once
 * however often its function is called:
 *
 *   static getInstance() { if (!Store.instance) Store.instance = new Store(); return Store.instance; }
 *   static get shared() { return (this.instance ??= new Store()); }
 *   let store; export function getStore() { return store || (store = new Store()); }
 *
 * The kept place is a static member of the class (`Store.instance`, or `this.instance` in a
 * static method) or a module-level `let`/`var`; the assignment is guarded by that same place
 * being empty (`if (!p)`, `if (p == null)`, `if (p === undefined)`, `p ??= …`, `p ||= …`,
 * `p || (p = …)`, `p ?? (p = …)`). Nothing else counts: a `new` that is reassigned without a
 * guard makes a new instance per call.
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getMemberChain, unwrapExpression } from '../syntax/expressions';
import { findBinding, isFunctionNode } from '../syntax/scope';
import { isLoopType } from '../../core/node-helpers';

export function isLazySingletonCreation(creation: NodePath, classPath: NodePath<Class>): boolean {
  let value: NodePath = creation;
  while (value.parentPath && (value.parentPath.node.type === 'ParenthesizedExpression' || value.parentPath.node.type.startsWith('TS'))) value = value.parentPath;
  const assignment = value.parentPath;
  if (!assignment || assignment.node.type !== 'AssignmentExpression' || value.key !== 'right') return false;
  if (creation.findParent((parent) => isLoopType(parent.node.type)) !== null) return false;
  const target = assignment.node.left;
  const place = getKeptPlace(assignment, target, classPath);
  if (!place) return false;
  const operator = assignment.node.operator;
  if (operator === '??=' || operator === '||=') return true;
  if (operator !== '=') return false;
  return isGuardedByEmptyPlace(assignment, place);
}

/** The text of the place the instance is kept in, when it outlives the call: a static member or a module-level variable. */
function getKeptPlace(assignment: NodePath, target: Node, classPath: NodePath<Class>): string | null {
  const chain = getMemberChain(target);
  if (!chain) return null;
  const className = classPath.node.id?.name ?? (classPath.parent?.type === 'VariableDeclarator' && classPath.parent.id.type === 'Identifier' ? classPath.parent.id.name : null);
  if (target.type === 'Identifier') {
    const binding = findBinding(assignment, target.name);
    return binding && (binding.kind === 'let' || binding.kind === 'var') && binding.scope.type === 'Program' ? chain : null;
  }
  if (target.type !== 'MemberExpression') return null;
  const parts = chain.split('.');
  if (parts.length !== 2) return null;
  if (parts[0] === className) return chain;
  // Case: `this.instance` in a static method of the class itself
  if (parts[0] === 'this') {
    const method = assignment.findParent((parent) => isFunctionNode(parent.node));
    const node = method?.node;
    if ((node?.type === 'ClassMethod' || node?.type === 'ClassPrivateMethod') && node.static && method!.parentPath?.parent === classPath.node) return chain;
  }
  return null;
}

/** The assignment runs only while `place` is empty: inside `if (!place)`, or the right side of `place || (place = …)`. */
function isGuardedByEmptyPlace(assignment: NodePath, place: string): boolean {
  let current: NodePath = assignment;
  for (let parent = current.parentPath; parent && !isFunctionNode(parent.node); current = parent, parent = parent.parentPath) {
    const node = parent.node;
    if (node.type === 'IfStatement' && current.key === 'consequent' && isEmptyTest(node.test, place)) return true;
    if (node.type === 'LogicalExpression' && current.key === 'right' && (node.operator === '||' || node.operator === '??') && getMemberChain(node.left) === place) return true;
  }
  return false;
}

function isEmptyTest(test: Node, place: string): boolean {
  const node = unwrapExpression(test);
  if (node.type === 'UnaryExpression' && node.operator === '!') return getMemberChain(node.argument) === place;
  if (node.type === 'BinaryExpression' && (node.operator === '==' || node.operator === '===')) {
    const [a, b] = [unwrapExpression(node.left), unwrapExpression(node.right as Node)];
    const isEmpty = (n: Node) => n.type === 'NullLiteral' || (n.type === 'Identifier' && n.name === 'undefined');
    return (getMemberChain(a) === place && isEmpty(b)) || (getMemberChain(b) === place && isEmpty(a));
  }
  return false;
}
