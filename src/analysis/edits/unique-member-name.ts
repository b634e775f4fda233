/**
 * A fresh name for a new class member: `#intervalId` / `intervalId`, then `intervalId2`, ...
 * — one no member of the class declares and no `this.x` in the class reads or writes (a JS
 * class may create properties by assignment alone).
 *
 * A public or TypeScript `private` name is shared along the class chain (a `private x` in a base
 * and in a class that extends it is TS2415, and both are the same `this.x` at run time), so it
 * must also be free in every base and subclass the file declares (class-relatives.ts, with the
 * names other fixes of this pass gave them). When the class extends a class of another file
 * that may be the project's, that base may get the same plain name from its own fix (tabby's
 * `BaseTabComponent` and `SplitTabComponent` each got `private subscription`): the name is then
 * made the class's own, `splitTabComponentSubscription`, which only a class of that name can be
 * given. The same holds for an exported `abstract` class: it exists to be extended, its
 * subclasses are mostly in other files, and one that declares its own `private readonly
 * destroyRef` breaks the build when the base gets one too (ghostfolio's abstract form-field
 * base, extended by two components with their own `destroyRef`: TS2415). A `#private` name is
 * the class's alone and needs none of this.
 */
import type { Class } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { forEachNode } from '../../core/traverse';
import { getClassMemberName } from '../lifecycle/class-owner';
import { resolveClassRelatives } from '../syntax/class-relatives';
import type { NameReservations } from './name-reservations';

function getUsedMemberNames(node: Class, names = new Set<string>()): Set<string> {
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

/** The class's own name: `class SplitTab`, `const SplitTab = class extends …`. */
function getClassName(classPath: NodePath<Class>): string | null {
  if (classPath.node.id) return classPath.node.id.name;
  const parent = classPath.parentPath?.node;
  return parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : null;
}

/** `export abstract class Base`, `export default abstract class`, or `abstract class Base` named in an `export { Base }`. */
function isExportedAbstractClass(classPath: NodePath<Class>): boolean {
  const node = classPath.node;
  if (node.type !== 'ClassDeclaration' || !node.abstract) return false;
  const parent = classPath.parentPath?.node;
  if (parent?.type === 'ExportNamedDeclaration' || parent?.type === 'ExportDefaultDeclaration') return true;
  const name = node.id?.name;
  return (
    name !== undefined &&
    parent?.type === 'Program' &&
    parent.body.some((statement) => statement.type === 'ExportNamedDeclaration' && !statement.source && statement.specifiers.some((specifier) => specifier.type === 'ExportSpecifier' && specifier.local.name === name))
  );
}

/** `SplitTabComponent` -> `splitTabComponent`, `URLLoader` -> `urlLoader`, `IO` -> `io`. */
function lowerFirstWord(name: string): string {
  const capitals = /^[A-Z]+/.exec(name)?.[0].length ?? 0;
  const lower = capitals > 1 && capitals < name.length ? capitals - 1 : Math.max(capitals, 1);
  return `${name.slice(0, lower).toLowerCase()}${name.slice(lower)}`;
}

/**
 * The stems getUniqueMemberName may give `base` in this class: the plain one and the one named
 * after the class (`timeoutIds`, `settingsMenuItemTimeoutIds`), for code that looks for a member
 * an earlier fix added.
 */
export function getMemberNameStems(classPath: NodePath<Class>, base: string): string[] {
  const className = getClassName(classPath);
  return className ? [base, `${lowerFirstWord(className)}${base[0]!.toUpperCase()}${base.slice(1)}`] : [base];
}

export interface UniqueMemberNameRequest {
  classPath: NodePath<Class>;
  /** The preferred name without `#` (`intervalId`). */
  base: string;
  /** `#intervalId` (JavaScript private field) rather than `intervalId`. */
  isPrivate: boolean;
  /** Names (with their `#`) other fixes of this pass have taken, per class node; the result is added. */
  reserved?: NameReservations;
}

/**
 * The new member's name, with its `#` when private; `null` when no name is provably free: an
 * anonymous class that extends a class of another file.
 */
export function getUniqueMemberName({ classPath, base, isPrivate, reserved }: UniqueMemberNameRequest): string | null {
  const own = classPath.node;
  const used = getUsedMemberNames(own);
  const taken = [used, ...(reserved ? [reserved(own)] : [])];
  let stem = base;
  if (!isPrivate) {
    const { relatives, extendsOutside } = resolveClassRelatives(classPath);
    for (const relative of relatives) {
      taken.push(getUsedMemberNames(relative.node));
      if (reserved) taken.push(reserved(relative.node));
    }
    // Subclasses in other files may declare the plain name (see above).
    if (extendsOutside || isExportedAbstractClass(classPath)) {
      const className = getClassName(classPath);
      if (!className) return null;
      stem = `${lowerFirstWord(className)}${base[0]!.toUpperCase()}${base.slice(1)}`;
    }
  }
  const isTaken = (name: string) => taken.some((names) => names.has(name));
  for (let n = 1; ; n++) {
    const bare = n === 1 ? stem : `${stem}${n}`;
    const candidate = isPrivate ? `#${bare}` : bare;
    // A public name must also not collide with a private one of the same spelling, for readability.
    if (isTaken(candidate) || isTaken(isPrivate ? bare : `#${bare}`)) continue;
    reserved?.(own).add(candidate);
    return candidate;
  }
}
