/**
 * The receiver of `x.forEach(async …)` when it is provably a `Set` or a `Map`: these have
 * `forEach` but no `map`, so the `Promise.all(x.map(async …))` rewrite would not compile
 * (`deduped.forEach(async sender => …)` after `const deduped = new Set(batch)`). Known from the
 * code shown: `new Set(…)` / `new Map(…)` itself, a `const` made by one, a name declared with
 * a `Set`/`ReadonlySet`/`Map`/`ReadonlyMap` type annotation, or `this.name` of a class that
 * declares that field with such a type or makes it with `new Set(…)` / `new Map(…)`.
 *
 * With a callback of at most one parameter the values can be collected first
 * (`Array.from(x)` for a Set, `Array.from(x.values())` for a Map): `map` then passes each value
 * as `forEach` did. A callback reading the key or the collection (a second or third parameter)
 * gets other arguments from `map` (the index, the array): no rewrite.
 */
import type { MemberExpression, Node } from '@babel/types';
import { getClassMemberName, getThisMemberName } from '../../src/analysis/syntax/class-member-name';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isGlobalReference } from '../../src/analysis/syntax/scope';
import type { NodePath } from '../../src/core/traverse';

export type KeyedCollection = 'Set' | 'Map';

const TYPE_NAMES: Record<string, KeyedCollection> = { Set: 'Set', ReadonlySet: 'Set', Map: 'Map', ReadonlyMap: 'Map' };

/** `Set` / `Map` when `receiver` (an expression of the file at `path`) is provably one, else `null`. */
export function getKeyedCollection(path: NodePath, receiver: Node): KeyedCollection | null {
  const value = unwrapExpression(receiver);
  const made = getConstructedCollection(path, value);
  if (made) return made;
  // Case: `this.importFiles.forEach(async (files, name) => …)` with `private importFiles: Map<string, File[]>`
  if (value.type === 'MemberExpression' && value.object.type === 'ThisExpression') return getClassFieldCollection(path, value);
  if (value.type !== 'Identifier') return null;
  const binding = findBinding(path, value.name);
  if (!binding) return null;
  // Case: `function f(ids: ReadonlySet<string>)`, `let seen: Set<string> = …`: every value it holds has that type
  const annotated = getAnnotatedCollection(path, binding.identifier);
  if (annotated) return annotated;
  // Case: `const deduped = new Set(batch)`
  const declaration = binding.declaration;
  if (binding.kind !== 'const' || declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return null;
  return getConstructedCollection(path, unwrapExpression(declaration.init));
}

/** The `Set`/`Map` type annotation of a name or class field (`: ReadonlySet<string>`), else `null`. */
function getAnnotatedCollection(path: NodePath, node: Node): KeyedCollection | null {
  const annotation = (node as { typeAnnotation?: Node | null }).typeAnnotation;
  const type = annotation?.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : null;
  if (type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && Object.hasOwn(TYPE_NAMES, type.typeName.name) && isGlobalReference(path, type.typeName.name)) {
    return TYPE_NAMES[type.typeName.name]!;
  }
  return null;
}

/**
 * `this.name` of the class `this` is, when the class declares the field with a `Set`/`Map` type
 * (`private importFiles: Map<string, File[]>`) or makes it with `new Set(…)` / `new Map(…)` as
 * its initialiser — a field declared with another type, or not at all, is not known.
 */
function getClassFieldCollection(path: NodePath, member: MemberExpression): KeyedCollection | null {
  const name = getThisMemberName(member);
  const owner = name === null ? null : resolveThisClass(path);
  if (!owner) return null;
  for (const field of owner.classPath.node.body.body) {
    if ((field.type !== 'ClassProperty' && field.type !== 'ClassPrivateProperty') || field.static || (field as { computed?: boolean }).computed || getClassMemberName(field) !== name) continue;
    return getAnnotatedCollection(path, field) ?? (field.value ? getConstructedCollection(path, unwrapExpression(field.value)) : null);
  }
  return null;
}

function getConstructedCollection(path: NodePath, value: Node): KeyedCollection | null {
  if (value.type !== 'NewExpression' || value.callee.type !== 'Identifier') return null;
  const name = value.callee.name;
  return (name === 'Set' || name === 'Map') && isGlobalReference(path, name) ? name : null;
}

/** The callback takes at most one parameter (no rest parameter): `map` passes it what `forEach` did. */
export function takesValueOnly(callback: Node): boolean {
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return false;
  return callback.params.length <= 1 && callback.params.every((param) => param.type !== 'RestElement');
}

/** The text that lists the collection's values as an array: `Array.from(x)`, `Array.from(x.values())`. */
export function collectValues(kind: KeyedCollection, receiverText: string, receiver: Node): string {
  if (kind === 'Set') return `Array.from(${receiverText})`;
  // `.values()` binds tighter than most expressions: a receiver that is not a plain name, member or call gets parentheses
  const plain = receiver.type === 'Identifier' || receiver.type === 'MemberExpression' || receiver.type === 'CallExpression' || receiver.type === 'ThisExpression';
  return `Array.from(${plain ? receiverText : `(${receiverText})`}.values())`;
}
