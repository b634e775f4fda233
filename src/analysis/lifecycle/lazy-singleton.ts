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
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { forEachDescendant } from '../syntax/descendants';
import { getPropertyName } from '../syntax/expressions';

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
