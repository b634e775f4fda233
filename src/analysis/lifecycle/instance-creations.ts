/**
 * Where a class's instances are made in its own file (`new RootStore(...)`), for the message of
 * a finding in a class with no disposal method: unleak does not add a `dispose()` that nothing
 * would call, so the reviewer learns where the instance lives instead (docs/catalog.md, issue 8: "say
 * where the instance is created"). Only the class's own name counts: a subclass's `new`, an
 * alias or another file is not followed.
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { forEachDescendant } from '../syntax/descendants';
import { findBinding, isFunctionNode } from '../syntax/scope';
import { resolveClassOwner } from './class-owner';
import { isLazySingletonCreation } from './lazy-singleton';

export interface InstanceCreation {
  path: NodePath;
  /** 1-based line of the `new`. */
  line: number;
  /** Made by module top-level code (once per module). */
  atModuleLevel: boolean;
  /**
   * Made once and kept, on first use: `static getInstance() { if (!Store.instance) Store.instance
   * = new Store(); return Store.instance; }`, `return (instance ??= new Store())` with a
   * module-level `let instance` (lazy-singleton.ts).
   */
  lazySingleton: boolean;
}

/** The name the class is bound to: `class RootStore {}`, `const RootStore = class {}`. */
function getClassBindingName(classPath: NodePath<Class>): string | null {
  const node = classPath.node;
  if (node.id) return node.id.name;
  const parent = classPath.parent;
  return parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id.name : null;
}

export function findInstanceCreations(classPath: NodePath<Class>): InstanceCreation[] {
  const name = getClassBindingName(classPath);
  if (!name) return [];
  let program: NodePath = classPath;
  while (program.parentPath) program = program.parentPath;
  // Every finding in a class asks (for its message, its owner's lifetime): one walk of the file per class.
  const known = creationsByClass.get(classPath.node);
  if (known && known.root === program.node) return known.creations.slice();
  const creations = collectInstanceCreations(classPath, name, program);
  creationsByClass.set(classPath.node, { root: program.node, creations });
  return creations.slice();
}

const creationsByClass = new WeakMap<Class, { root: Node; creations: InstanceCreation[] }>();

function collectInstanceCreations(classPath: NodePath<Class>, name: string, program: NodePath): InstanceCreation[] {
  const binding = findBinding(classPath.parentPath ?? classPath, name);
  const creations: InstanceCreation[] = [];
  forEachDescendant(program, (path) => {
    const node = path.node;
    if (node.type !== 'NewExpression' || node.callee.type !== 'Identifier' || node.callee.name !== name) return;
    // Case: an inner `RootStore` shadows the class
    if (findBinding(path, name) !== binding) return;
    const atModuleLevel = path.findParent((parent) => isFunctionNode(parent.node) || parent.node.type === 'ClassBody') === null;
    creations.push({ path, line: node.loc?.start.line ?? 0, atModuleLevel, lazySingleton: !atModuleLevel && isLazySingletonCreation(path, classPath) });
  });
  return creations;
}

/**
 * `RootStore has no disposal method, and unleak adds none that nothing would call; it is
 * created at line 12 (module level).` — or `...; no \`new RootStore(\` in this file creates it.`
 * With `calledByFix`, the fix adds the method and its one call: it says where.
 */
export function describeInstanceCreations(classPath: NodePath<Class>, calledByFix = false): string {
  const name = getClassBindingName(classPath) ?? 'The class';
  const creations = findInstanceCreations(classPath);
  // Case: the fix adds `dispose()` and calls it where the one instance is made (creator-dispose.ts).
  if (calledByFix && creations.length === 1) return `${name} has no disposal method: the fix adds one and calls it where the instance is created, at line ${creations[0]!.line}.`;
  const toggle = resolveClassOwner(classPath);
  const inverse = toggle.outsideAcquireMembers ? [...(toggle.acquireMembers ?? [])][0] : undefined;
  // Case: `close()` beside `open()`: a toggle, which may open again — not where this ends
  const intro = inverse
    ? `${name} has no disposal method (its \`${toggle.releaseMethod}()\` undoes \`${inverse}()\`, and the instance lives on), and unleak adds none that nothing would call`
    : `${name} has no disposal method, and unleak adds none that nothing would call`;
  if (creations.length === 0) return `${intro}; no \`new ${name}(\` in this file creates it.`;
  const lines = creations.slice(0, 3).map((creation) => `${creation.line}${creation.atModuleLevel ? ' (module level)' : ''}`);
  const more = creations.length > 3 ? ` and ${creations.length - 3} more` : '';
  return `${intro}; it is created at line${creations.length > 1 ? 's' : ''} ${lines.join(', ')}${more}.`;
}
