/**
 * Which class instance `this` is at a place: the class whose (non-static) method, field
 * initialiser or constructor encloses it, looking through arrow functions (which keep `this`)
 * and stopping at any other function (which has its own `this`).
 */
import type { Class } from '@babel/types';
import type { NodePath } from '../../core/traverse';

export interface ThisClass {
  classPath: NodePath<Class>;
  /** The class member (method, property, constructor) whose `this` it is. */
  member: NodePath;
}

const CLASS_MEMBER_TYPES = new Set(['ClassMethod', 'ClassPrivateMethod', 'ClassProperty', 'ClassPrivateProperty', 'ClassAccessorProperty']);

export function resolveThisClass(path: NodePath): ThisClass | null {
  let previous: NodePath = path;
  for (let current = path.parentPath; current; previous = current, current = current.parentPath) {
    const node = current.node;
    // Case: an arrow keeps the `this` of where it is written.
    if (node.type === 'ArrowFunctionExpression') continue;
    // Case: `class A { m() { this } }`, `class A { f = () => this }`, `constructor() { this }`
    if (CLASS_MEMBER_TYPES.has(node.type)) {
      const member = node as { static?: boolean; computed?: boolean };
      if (member.static) return null;
      // A computed key is evaluated outside the instance: `[this.x]() {}`.
      if ((node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty' || node.type === 'ClassAccessorProperty') && previous.key !== 'value') return null;
      if ((node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') && previous.key !== 'body' && previous.key !== 'params') return null;
      const classPath = current.parentPath?.parentPath;
      if (!classPath || (classPath.node.type !== 'ClassDeclaration' && classPath.node.type !== 'ClassExpression')) return null;
      return { classPath: classPath as NodePath<Class>, member: current };
    }
    // Case: any other function, a static block or the module: a different `this`.
    if (
      node.type === 'FunctionExpression' ||
      node.type === 'FunctionDeclaration' ||
      node.type === 'ObjectMethod' ||
      node.type === 'StaticBlock' ||
      node.type === 'Program'
    ) {
      return null;
    }
  }
  return null;
}

/**
 * The field a getter of the class of `this` hands back, for `this.driver` of `get driver() {
 * return this._driver; }` (a body of that one statement): `'_driver'`; `null` for anything else
 * (no such getter, a static one, a getter that computes or reads another object). Reading
 * `this.driver` is then reading `this._driver`: a close of one closes the other.
 */
export function getGetterField(member: NodePath): string | null {
  const node = member.node;
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed || node.property.type !== 'Identifier') return null;
  if (node.object.type !== 'ThisExpression') return null;
  const owner = resolveThisClass(member.child(node.object, 'object'));
  if (!owner) return null;
  const name = node.property.name;
  for (const item of owner.classPath.node.body.body) {
    if (item.type !== 'ClassMethod' || item.kind !== 'get' || item.static || item.computed || item.key.type !== 'Identifier' || item.key.name !== name) continue;
    const statements = item.body.body;
    const only = statements.length === 1 ? statements[0]! : null;
    if (only?.type !== 'ReturnStatement' || !only.argument) return null;
    let value = only.argument;
    while (value.type === 'TSNonNullExpression' || value.type === 'TSAsExpression' || value.type === 'ParenthesizedExpression') value = value.expression;
    if (value.type !== 'MemberExpression' || value.computed || value.object.type !== 'ThisExpression' || value.property.type !== 'Identifier') return null;
    return value.property.name === name ? null : value.property.name;
  }
  return null;
}
