/**
 * A fresh name for a new class field: `#intervalId` / `intervalId`, then `intervalId2`, ...
 * — one no member of the class declares and no `this.x` in the class reads or writes (a JS
 * class may create properties by assignment alone).
 */
import type { Class } from '@babel/types';
import { forEachNode } from '../../core/traverse';
import { getClassMemberName } from '../lifecycle/class-owner';

function getUsedMemberNames(node: Class): Set<string> {
  const names = new Set<string>();
  for (const member of node.body.body) {
    const name = getClassMemberName(member);
    if (name !== null) names.add(name);
    // Case: `constructor(private readonly store: Store)` declares `store`.
    if (member.type === 'ClassMethod' && member.kind === 'constructor') {
      for (const param of member.params) {
        if (param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier') names.add(param.parameter.name);
      }
    }
  }
  forEachNode(node.body, (current) => {
    // Case: `this.timer = ...`, `this.#timer`
    if ((current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') && current.object.type === 'ThisExpression') {
      if (current.property.type === 'Identifier' && !current.computed) names.add(current.property.name);
      if (current.property.type === 'PrivateName') names.add(`#${current.property.id.name}`);
    }
  });
  return names;
}

export interface UniqueMemberNameRequest {
  classNode: Class;
  /** The preferred name without `#` (`intervalId`). */
  base: string;
  /** `#intervalId` (JavaScript private field) rather than `intervalId`. */
  isPrivate: boolean;
  /** Names (with their `#`) other fixes of this pass have taken in this class; the result is added. */
  reserved?: Set<string>;
}

/** The new member's name, with its `#` when private. */
export function getUniqueMemberName({ classNode, base, isPrivate, reserved }: UniqueMemberNameRequest): string {
  const used = getUsedMemberNames(classNode);
  for (let n = 1; ; n++) {
    const bare = n === 1 ? base : `${base}${n}`;
    const candidate = isPrivate ? `#${bare}` : bare;
    // A public name must also not collide with a private one of the same spelling, for readability.
    if (reserved?.has(candidate) || used.has(candidate) || used.has(isPrivate ? bare : `#${bare}`)) continue;
    reserved?.add(candidate);
    return candidate;
  }
}
