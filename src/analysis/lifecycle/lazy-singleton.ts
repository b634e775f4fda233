/**
 * A class whose one instance its own static accessor makes on first use, behind a check of the
 * static field it keeps it in — `private static instance: InboxManager; private constructor ()
 * { … } static get Instance () { return this.instance || (this.instance = new this()) }` — and
 * whose `private` constructor lets nothing else make one: the constructor runs once per process,
 * so what it acquires lives as long as the process by intent, like module-level code (LEAKS.md,
 * "Process lifetime by intent"). Every `new` of the class in its file (`new this()` in a static
 * member, `new InboxManager()`) must be such a guarded store: `x || (x = new …)`, `x ?? (x = new
 * …)`, `x ??= new …`, `x ||= new …`, or `x = new …` under `if (!x)`. TypeScript only: a
 * JavaScript constructor has no `private`. Real-world: PeerTube's server has forty such
 * managers (an inbox queue's stats interval in the constructor).
 *
 * Also, for a class of any constructor (instance-creations.ts asks it of each `new`): the one `new`
 * of the class in its file stored behind a check of the place it is kept in, when that place
 * outlives the call — a static member (`Store.instance`, `this.instance` in a static method) or a
 * module-level `let`/`var` (`return conn ?? (conn = new Conn())`): isLazySingletonCreation. With
 * no other `new` in the file it is the one instance, made on first use (module-singleton.ts).
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { forEachDescendant } from '../syntax/descendants';
import { getMemberChain, getPropertyName, unwrapExpression } from '../syntax/expressions';
import { findBinding, isFunctionNode } from '../syntax/scope';
import { isLoopType } from '../../core/node-helpers';

function getClassName(classPath: NodePath<Class>): string | null {
  const node = classPath.node;
  if (node.id) return node.id.name;
  const parent = classPath.parent;
  return parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : null;
}

function hasPrivateConstructor(node: Class): boolean {
  return node.body.body.some((member) => member.type === 'ClassMethod' && member.kind === 'constructor' && member.accessibility === 'private');
}

/** The static member of `classNode` that `path` is in (not through a nested class). */
function getStaticMember(path: NodePath, classNode: Class): Node | null {
  let current: NodePath | null = path.parentPath;
  while (current) {
    const node = current.node;
    if ((node.type === 'ClassMethod' || node.type === 'ClassProperty') && current.parent === classNode.body) return node.static ? node : null;
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') return null;
    current = current.parentPath;
  }
  return null;
}

/** `this.instance` or `InboxManager.instance` in a static member: the class's static field. */
function getStaticFieldName(node: Node, className: string): string | null {
  if (node.type !== 'MemberExpression' || node.computed) return null;
  if (node.object.type !== 'ThisExpression' && !(node.object.type === 'Identifier' && node.object.name === className)) return null;
  return getPropertyName(node);
}

/** `!x` for the same static field. */
function isMissingTest(test: Node, field: string, className: string): boolean {
  return test.type === 'UnaryExpression' && test.operator === '!' && getStaticFieldName(test.argument, className) === field;
}

/** The `new` is stored in a static field only when the field is still empty. */
function isGuardedStore(creation: NodePath, className: string): boolean {
  const assignment = creation.parentPath;
  if (!assignment || assignment.node.type !== 'AssignmentExpression' || creation.key !== 'right') return false;
  const field = getStaticFieldName(assignment.node.left, className);
  if (field === null) return false;
  const operator = assignment.node.operator;
  if (operator === '??=' || operator === '||=') return true;
  if (operator !== '=') return false;
  const parent = assignment.parentPath?.node;
  // Case: `return this.instance || (this.instance = new this())`
  if (parent?.type === 'LogicalExpression' && (parent.operator === '||' || parent.operator === '??') && assignment.key === 'right') {
    return getStaticFieldName(parent.left, className) === field;
  }
  // Case: `if (!Manager.instance) Manager.instance = new Manager()`
  const statement = assignment.parentPath;
  if (statement?.node.type !== 'ExpressionStatement') return false;
  const holder = statement.parentPath?.node.type === 'BlockStatement' ? statement.parentPath.parentPath : statement.parentPath;
  return holder?.node.type === 'IfStatement' && isMissingTest(holder.node.test, field, className);
}

/** The class is a lazy singleton (see the file comment). */
export function isLazySingletonClass(classPath: NodePath<Class>): boolean {
  const classNode = classPath.node;
  if (!hasPrivateConstructor(classNode)) return false;
  const className = getClassName(classPath);
  if (!className) return false;
  let program: NodePath = classPath;
  while (program.parentPath) program = program.parentPath;
  let creations = 0;
  let guarded = true;
  forEachDescendant(program, (path) => {
    const node = path.node;
    if (node.type !== 'NewExpression') return;
    const inClass = getStaticMember(path, classNode) !== null;
    const ofThis = node.callee.type === 'ThisExpression' && inClass;
    const ofName = node.callee.type === 'Identifier' && node.callee.name === className;
    if (!ofThis && !ofName) return;
    creations++;
    if (!inClass || !isGuardedStore(path, className)) guarded = false;
  });
  return creations > 0 && guarded;
}

/**
 * A `new X()` that makes the one instance on first use and keeps it: `if (!Store.instance)
 * Store.instance = new Store()`, `return (this.instance ??= new Store())` in a static member,
 * `return store || (store = new Store())` with a module-level `let store`. A `new` reassigned
 * without a guard, or guarded by another place, makes a new instance per call.
 */
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
