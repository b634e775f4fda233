/**
 * Small structural questions about expressions that every rule asks.
 */
import { isValueWrapper } from '../../core/node-helpers';
import type { MemberExpression, Node, ObjectExpression, OptionalMemberExpression } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { isGlobalReference } from './scope';

/** Strips wrappers that do not change the value: `(x)`, `x as T`, `x!`, `<T>x`, `x satisfies T`. */
export function unwrapExpression<N extends Node>(node: N): Node {
  let current: Node = node;
  while (isValueWrapper(current)) current = current.expression;
  return current;
}

/** The name of a non-computed (or string-literal computed) member property, else `null`. */
export function getPropertyName(member: MemberExpression | OptionalMemberExpression): string | null {
  const property = member.property;
  if (!member.computed && property.type === 'Identifier') return property.name;
  if (!member.computed && property.type === 'PrivateName') return `#${property.id.name}`;
  if (member.computed && property.type === 'StringLiteral') return property.value;
  return null;
}

/** The name a call's callee reads: `f` of `f()`, `m` of `x.m()` / `x?.m()` (see `getPropertyName`); else `null`. */
export function getCalleeName(callee: Node): string | null {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') return getPropertyName(callee);
  return null;
}

/** Names under which scripts reach the global object. */
export const GLOBAL_OBJECT_NAMES: ReadonlySet<string> = new Set(['globalThis', 'window', 'self', 'global']);

/**
 * The global function or object an expression names, if it is one: `fetch`,
 * `window.fetch`, `globalThis.setInterval`, `(setInterval as any)` -> the name; a local or
 * imported binding of the same name -> `null`.
 */
export function resolveGlobalName(path: NodePath, expression: Node): string | null {
  const node = unwrapExpression(expression);
  // Case: `fetch`
  if (node.type === 'Identifier') return isGlobalReference(path, node.name) ? node.name : null;
  // Case: `window.fetch`, `globalThis['fetch']`
  if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    const object = unwrapExpression(node.object);
    const name = getPropertyName(node);
    if (name && object.type === 'Identifier' && GLOBAL_OBJECT_NAMES.has(object.name) && isGlobalReference(path, object.name)) {
      return name;
    }
  }
  return null;
}

/** A property of an object literal by its static key (`a`, `'a'`, `["a"]`); spreads are not looked into. */
export function findObjectProperty(object: ObjectExpression, name: string): Node | null {
  for (const property of object.properties) {
    if (property.type !== 'ObjectProperty' && property.type !== 'ObjectMethod') continue;
    const key = property.key;
    if (!property.computed && key.type === 'Identifier' && key.name === name) return property;
    if (key.type === 'StringLiteral' && key.value === name) return property;
  }
  return null;
}

/** The object literal has a `...spread` (whose keys are unknown without types). */
export function hasSpread(object: ObjectExpression): boolean {
  return object.properties.some((property) => property.type === 'SpreadElement');
}

/** `a.b.c` as text when the expression is a plain chain of identifiers, else `null`. */
export function getMemberChain(node: Node): string | null {
  const current = unwrapExpression(node);
  if (current.type === 'Identifier') return current.name;
  if (current.type === 'ThisExpression') return 'this';
  if ((current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') && !current.computed) {
    const object = getMemberChain(current.object);
    const name = getPropertyName(current);
    return object && name ? `${object}.${name}` : null;
  }
  return null;
}
