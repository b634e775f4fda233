/**
 * The classes a class shares its instances' member names with, as far as its own file shows: the
 * bases it extends that the file declares (and theirs), the classes of the file that extend it
 * (and theirs), and whether the chain of bases leaves the file for a class that unleak may rewrite
 * too — one of the project (`import { BaseTabComponent } from 'tabby-core'`, `'./base'`,
 * `'@/base'`), rather than a framework's or the platform's (`React.Component`, `LitElement`,
 * `HTMLElement`, an Angular or Node class).
 *
 * A TypeScript `private x` declared in a base and in a class that extends it is a type error
 * (TS2415), and at run time both are the same `this.x`: a new member's name must differ from every
 * member of every relative. A base in another file cannot be read here; a name that only this
 * class can have (unique-member-name.ts) serves there.
 */
import type { CallExpression, Class, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { findDescendantPath, forEachDescendant } from './descendants';
import { unwrapExpression } from './expressions';
import { resolveModuleReference } from './module-reference';
import { findBinding, isGlobalReference } from './scope';

/**
 * Modules whose classes are a framework's or the platform's, never a project's: unleak adds no
 * member to them. (Anything else may be the project's own, a workspace package included.)
 */
const LIBRARY_BASE_MODULES =
  /^(?:react|preact|preact\/compat|vue|vue-property-decorator|vue-class-component|vue-facing-decorator|nuxt-property-decorator|lit|lit-element|@lit\/reactive-element|@polymer\/.+|@microsoft\/fast-element|@stencil\/core|@angular\/.+|@ngrx\/.+|rxjs|events|eventemitter3|stream|net|http|https|tls|dgram|worker_threads|readline|child_process|electron)$/;

export interface ClassRelatives {
  /** Bases and subclasses declared in the same file (not the class itself). */
  relatives: NodePath<Class>[];
  /** Some base of the chain is declared outside this file and may be a project class. */
  extendsOutside: boolean;
}

function getProgramPath(path: NodePath): NodePath {
  let root = path;
  while (root.parentPath) root = root.parentPath;
  return root;
}

/** The class a name of the file is bound to: `class Base {}`, `const Base = class {}`. */
function getDeclaredClass(at: NodePath, name: string): Node | null {
  const binding = findBinding(at, name);
  if (!binding) return null;
  const declaration = binding.declaration;
  if (binding.kind === 'class' && (declaration.type === 'ClassDeclaration' || declaration.type === 'ClassExpression')) return declaration;
  if (binding.kind === 'const' && declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier && declaration.init) {
    const init = unwrapExpression(declaration.init);
    if (init.type === 'ClassExpression') return init;
  }
  return null;
}

/** The call a `const` of the file is initialised with: `const Base = Vue.extend({ … })`. */
function getConstCall(at: NodePath, name: string): CallExpression | null {
  const binding = findBinding(at, name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return null;
  const init = unwrapExpression(declaration.init);
  return init.type === 'CallExpression' ? init : null;
}

type BaseResolution = { kind: 'none' } | { kind: 'file'; node: Node } | { kind: 'library' } | { kind: 'outside' };

/** What `class X extends <superClass>` extends. */
function resolveBase(classPath: NodePath<Class>): BaseResolution {
  let superClass = classPath.node.superClass ? unwrapExpression(classPath.node.superClass) : null;
  if (!superClass) return { kind: 'none' };
  // Case: `const Base = Vue.extend({ … })` ... `extends Base`
  if (superClass.type === 'Identifier') superClass = getConstCall(classPath, superClass.name) ?? superClass;
  // Case: `extends Vue.extend({ props })`: a class the library makes from options (not `mixins(A, B)` of classes)
  if (superClass.type === 'CallExpression') {
    if (!superClass.arguments.every((argument) => argument.type === 'ObjectExpression')) return { kind: 'outside' };
    superClass = unwrapExpression(superClass.callee);
  }
  const root = superClass.type === 'MemberExpression' ? unwrapExpression(superClass.object) : superClass;
  if (root.type !== 'Identifier') return { kind: 'outside' };
  // Case: `extends HTMLElement`, `extends Error`: the platform's
  if (isGlobalReference(classPath, root.name)) return { kind: 'library' };
  // Case: `class Base {}` ... `extends Base`, `const Base = class {}`
  if (superClass.type === 'Identifier') {
    const declared = getDeclaredClass(classPath, superClass.name);
    if (declared) return { kind: 'file', node: declared };
  }
  // Case: `import { Component } from 'react'`, `React.Component`, `import * as Lit from 'lit'`
  const reference = resolveModuleReference(classPath, root.name);
  return reference && LIBRARY_BASE_MODULES.test(reference.source) ? { kind: 'library' } : { kind: 'outside' };
}

const cache = new WeakMap<Node, ClassRelatives>();

export function resolveClassRelatives(classPath: NodePath<Class>): ClassRelatives {
  const cached = cache.get(classPath.node);
  if (cached) return cached;
  const program = getProgramPath(classPath);
  // Every class of the file with what it extends.
  const classes: { path: NodePath<Class>; base: BaseResolution }[] = [];
  forEachDescendant(program, (path) => {
    if (path.node.type === 'ClassDeclaration' || path.node.type === 'ClassExpression') classes.push({ path: path as NodePath<Class>, base: resolveBase(path as NodePath<Class>) });
  });
  const entryOf = (node: Node) => classes.find((entry) => entry.path.node === node) ?? null;
  const relatives = new Map<Node, NodePath<Class>>();
  let extendsOutside = false;
  // Case: up the chain of bases
  const seen = new Set<Node>([classPath.node]);
  for (let current = entryOf(classPath.node) ?? { path: classPath, base: resolveBase(classPath) }; ; ) {
    const base = current.base;
    if (base.kind === 'outside') extendsOutside = true;
    if (base.kind !== 'file' || seen.has(base.node)) break;
    seen.add(base.node);
    const next = entryOf(base.node) ?? { path: findDescendantPath(program, base.node) as NodePath<Class>, base: { kind: 'none' } as BaseResolution };
    relatives.set(base.node, next.path);
    current = next;
  }
  // Case: down to the classes of the file that extend it, and theirs
  const queue: Node[] = [classPath.node];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const entry of classes) {
      if (entry.base.kind !== 'file' || entry.base.node !== parent || entry.path.node === classPath.node || relatives.has(entry.path.node)) continue;
      relatives.set(entry.path.node, entry.path);
      queue.push(entry.path.node);
    }
  }
  const result = { relatives: [...relatives.values()], extendsOutside };
  cache.set(classPath.node, result);
  return result;
}
