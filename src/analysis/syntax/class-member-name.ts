/**
 * The name of a class member as code reads it (`dispose`, `#timer`, `[Symbol.dispose]`), or
 * `null` for members without a static name. Its own module so that the class-owner and Vue class
 * component resolvers can share it without importing each other.
 */
import type { Node } from '@babel/types';
import { getPropertyName } from './expressions';

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
