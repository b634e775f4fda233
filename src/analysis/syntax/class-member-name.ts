/**
 * The name of a class member as code reads it (`dispose`, `#timer`, `[Symbol.dispose]`), or
 * `null` for members without a static name; and the member a `this.<name>` read names. Its own module so that the class-owner and Vue class
 * component resolvers can share it without importing each other.
 */
import type { Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from './expressions';

/** `this.<name>` (also `this.#name`, `this['name']`, `this?.name`, `(this as View).name`): the member's name, or `null`. */
export function getThisMemberName(node: Node): string | null {
  const expression = unwrapExpression(node);
  if ((expression.type !== 'MemberExpression' && expression.type !== 'OptionalMemberExpression') || unwrapExpression(expression.object).type !== 'ThisExpression') return null;
  return getPropertyName(expression);
}

/** The name a class member is known by: `m`, `#m`, `'m'`, `[Symbol.dispose]`. */
export function getClassMemberName(member: Node): string | null {
  if (
    member.type !== 'ClassMethod' &&
    member.type !== 'ClassPrivateMethod' &&
    member.type !== 'ClassProperty' &&
    member.type !== 'ClassPrivateProperty' &&
    member.type !== 'ClassAccessorProperty' &&
    member.type !== 'TSDeclareMethod'
  ) {
    return null;
  }
  const key = member.key;
  if (key.type === 'PrivateName') return `#${key.id.name}`;
  if (!(member as { computed?: boolean }).computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'StringLiteral') return key.value;
    return null;
  }
  // Case: `[Symbol.dispose]() {}`
  if (key.type === 'MemberExpression' && key.object.type === 'Identifier' && key.object.name === 'Symbol') {
    const name = getPropertyName(key);
    return name ? `[Symbol.${name}]` : null;
  }
  if (key.type === 'StringLiteral') return key.value;
  return null;
}

/**
 * How the class declares the instance method `name`: `body` (a method with a body, or a field
 * holding a function: `ngOnDestroy = () => {…}`), `declared` (only a signature: `abstract
 * ngOnDestroy(): void`, an overload; a field of another value), or `none`.
 */
export function findInstanceMethod(classNode: { body: { body: readonly Node[] } }, name: string): 'body' | 'declared' | 'none' {
  let found: 'body' | 'declared' | 'none' = 'none';
  for (const member of classNode.body.body) {
    if ((member as { static?: boolean }).static || getClassMemberName(member) !== name) continue;
    if (member.type === 'ClassMethod' && member.kind === 'method' && !(member as { abstract?: boolean }).abstract) return 'body';
    if (member.type === 'ClassProperty' && member.value && (member.value.type === 'ArrowFunctionExpression' || member.value.type === 'FunctionExpression')) return 'body';
    found = 'declared';
  }
  return found;
}
