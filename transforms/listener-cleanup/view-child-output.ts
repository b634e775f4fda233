/**
 * An output of a child in the component's own view: `this.sort.sortChange.subscribe(…)` with
 * `@ViewChild(MatSort) sort`, or `this.sort().sortChange` with `sort = viewChild(MatSort)` /
 * `viewChild.required(MatSort)` (`@angular/core`). A view query without `read` finds a component
 * or directive of the class's own template, which Angular creates and destroys with the class's
 * view: the child's emitter holds the subscription, and both go when the view goes — as the
 * output of the component a dialog just opened shows (policy: *an object the owner creates ...
 * dies with it*).
 *
 * Only one step from the child, and not a `$`-suffixed stream: an output is an event name
 * (`sortChange`, `page`, `closed`), while `child.items$` may be a service's observable the child
 * only passes on, which outlives the view. A query with `read` (a provider token, another
 * injectable), a field the class also assigns, `@ContentChild` (projected content belongs to the
 * parent's view), and anything deeper (`this.child.service.changes`) stay findings.
 *
 * Also `this.rows.changes` of `@ViewChildren(Row) rows: QueryList<Row>` or `@ContentChildren(…)`
 * (with any `read`): the QueryList is the class's own query's object, not the children's, and
 * Angular destroys it with the class's view, which completes `changes`.
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { forEachNode } from '../../src/core/traverse';
import { unwrapPath } from '../../src/core/node-helpers';

function isMember(node: Node): node is Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }> {
  return node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
}

/** `name` is `imported` from `@angular/core` at `at`. */
function isAngularCore(at: NodePath, name: string, imported: string): boolean {
  const reference = resolveModuleReference(at, name);
  return reference !== null && reference.source === '@angular/core' && reference.imported === imported;
}

/** The query's options (its second argument) name no `read`. */
function hasNoRead(args: readonly Node[]): boolean {
  const options = args[1] ? unwrapExpression(args[1]) : null;
  if (!options) return true;
  if (options.type !== 'ObjectExpression') return false;
  return options.properties.every(
    (property) => property.type === 'ObjectProperty' && !property.computed && !(property.key.type === 'Identifier' && property.key.name === 'read') && !(property.key.type === 'StringLiteral' && property.key.value === 'read'),
  );
}

/** `@ViewChild(X)` on the member, or `viewChild(X)` / `viewChild.required(X)` as its value; `'signal'` for the latter. */
function getViewQuery(classPath: NodePath<Class>, name: string): 'decorator' | 'signal' | null {
  for (const member of classPath.node.body.body) {
    if (member.type !== 'ClassProperty' || member.computed || member.key.type !== 'Identifier' || member.key.name !== name || member.static) continue;
    for (const decorator of member.decorators ?? []) {
      const expression = decorator.expression;
      if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier' && isAngularCore(classPath, expression.callee.name, 'ViewChild') && hasNoRead(expression.arguments as Node[])) return 'decorator';
    }
    const value = member.value ? unwrapExpression(member.value) : null;
    if (value?.type !== 'CallExpression') return null;
    const callee = unwrapExpression(value.callee);
    // Case: `viewChild(X)`, `viewChild.required(X)`
    const query = callee.type === 'Identifier' ? callee : isMember(callee) && getPropertyName(callee) === 'required' && callee.object.type === 'Identifier' ? callee.object : null;
    return query && isAngularCore(classPath, query.name, 'viewChild') && hasNoRead(value.arguments as Node[]) ? 'signal' : null;
  }
  return null;
}

/** `@ViewChildren(X)` / `@ContentChildren(X)` (of `@angular/core`) on the member, with any options. */
function isListQuery(classPath: NodePath<Class>, name: string): boolean {
  return classPath.node.body.body.some((member) =>
    member.type === 'ClassProperty' && !member.computed && member.key.type === 'Identifier' && member.key.name === name && !member.static &&
    (member.decorators ?? []).some((decorator) => {
      const expression = decorator.expression;
      return expression.type === 'CallExpression' && expression.callee.type === 'Identifier' && (isAngularCore(classPath, expression.callee.name, 'ViewChildren') || isAngularCore(classPath, expression.callee.name, 'ContentChildren'));
    }));
}

/** Some `this.<name> = …` in the class: the field may hold something else than the query's result. */
function isAssigned(classPath: NodePath<Class>, name: string): boolean {
  let assigned = false;
  forEachNode(classPath.node.body, (node) => {
    if (node.type !== 'AssignmentExpression') return;
    const left = node.left;
    if (isMember(left) && left.object.type === 'ThisExpression' && getPropertyName(left) === name) assigned = true;
  });
  return assigned;
}

/**
 * `angularMajor`: the project's `@angular/core` major (`RuntimeTarget.angularMajor`), when known.
 * A list query's `changes` completes on destroy only under Ivy (Angular 9 and later).
 */
export function isViewChildOutput(source: NodePath, angularMajor?: number): boolean {
  const node = unwrapExpression(unwrapPath(source).node);
  if (!isMember(node)) return false;
  const output = getPropertyName(node);
  if (output === null || output.endsWith('$')) return false;
  let child = unwrapExpression(node.object);
  let called = false;
  // Case: `this.sort().sortChange` (a signal query is read by calling it)
  if ((child.type === 'CallExpression' || child.type === 'OptionalCallExpression') && child.arguments.length === 0) {
    child = unwrapExpression(child.callee);
    called = true;
  }
  if (!isMember(child) || child.object.type !== 'ThisExpression' || child.computed) return false;
  const name = getPropertyName(child);
  const thisClass = name !== null ? resolveThisClass(unwrapPath(source)) : null;
  if (!thisClass || name === null) return false;
  // Case: `this.rows.changes` of `@ViewChildren(Row) rows: QueryList<Row>` (or `@ContentChildren`, with any `read`): the
  // class's own query makes the QueryList, and Angular destroys it — completing `changes` — with the class's view.
  // Only under Ivy (Angular 9 and later): View Engine never completes it. A project of unknown major is taken for Ivy.
  if (output === 'changes' && !called && isListQuery(thisClass.classPath, name)) return (angularMajor === undefined || angularMajor >= 9) && !isAssigned(thisClass.classPath, name);
  const query = getViewQuery(thisClass.classPath, name);
  if (query === null || (query === 'signal') !== called) return false;
  return !isAssigned(thisClass.classPath, name);
}
