/**
 * Whether a function runs each function of a list it is given at most once, as the one function
 * that runs a page's set-up functions does. Gitea's index-domready.ts calls
 * `callInitFunctions([initHtmx, initGlobalDropdown, …])` at module top level, and
 * `callInitFunctions(functions)` walking them with `for (const func of functions) func();`, or,
 * when tracing, handing each to a method that calls it once, `perfTracer.recordCall(func.name,
 * func)`). Listed once in such a call that itself runs once, each function runs once.
 *
 * Proven from the function's code, never its name: every use of the list parameter is the list
 * of a `for…of` loop (no loop or function around it inside the function, and two such loops only
 * in exclusive branches); in each loop the item is run once — called (`func()`) or handed to a
 * method of an object the function makes (`new C()`, or `cond ? null : new C()`) of a class of
 * the same file whose parameter is called once — and otherwise only read (`func.name`).
 */
import type { Node } from '@babel/types';
import { isLoopType } from '../../src/core/node-helpers';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { areExclusiveBranches } from '../../src/analysis/syntax/run-once-callback';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';

/** `fn` (a function) runs each item of the list given as its parameter `index` at most once. */
export function runsEachListedOnce(fn: NodePath, index: number): boolean {
  const references = findParameterReferences(fn, index);
  if (!references || references.length === 0) return false;
  for (let i = 0; i < references.length; i++) {
    for (let j = i + 1; j < references.length; j++) if (!areExclusiveBranches(references[i]!, references[j]!)) return false;
  }
  return references.every((reference) => {
    const loop = reference.parentPath;
    if (!loop || loop.node.type !== 'ForOfStatement' || reference.key !== 'right' || loop.node.await || !isDirectlyIn(loop, fn)) return false;
    const left = loop.node.left;
    const declarator = left.type === 'VariableDeclaration' && left.declarations.length === 1 ? left.declarations[0]! : null;
    if (declarator?.id.type !== 'Identifier') return false;
    const body = loop.child(loop.node.body, 'body');
    const binding = findBinding(body, declarator.id.name);
    if (!binding || binding.identifier !== declarator.id) return false;
    const runs = findBindingReferences(loop, binding).filter((item) => item.node !== declarator.id);
    let run = 0;
    for (const item of runs) {
      const kind = useOfItem(item, loop, fn);
      if (kind === null) return false;
      if (kind === 'run') run += 1;
    }
    return run === 1;
  });
}

/**
 * `fn` calls its parameter `index` at most once per call: its one use is a direct call (no loop
 * or function around it), as a memoizing helper does (`export function singleton(name, getValue)
 * { cache[name] ??= getValue(); return cache[name]; }`). Handed once to such a call that itself runs
 * once, the function runs at most once.
 */
export function callsParameterAtMostOnce(fn: NodePath, index: number): boolean {
  const references = findParameterReferences(fn, index);
  if (!references || references.length !== 1) return false;
  // Not a helper that reaches its parameters through `arguments` too (`retry.apply(null, arguments)`, `arguments[1]()`)
  if (mentionsArguments(fn.node)) return false;
  const reference = references[0]!;
  const call = reference.parentPath;
  return (call?.node.type === 'CallExpression' || call?.node.type === 'OptionalCallExpression') && reference.key === 'callee' && isDirectlyIn(call, fn);
}

/** References to parameter `index` of `fn` (a plain identifier parameter), or `null`. */
function findParameterReferences(fn: NodePath, index: number): NodePath[] | null {
  const node = fn.node as { params?: Node[]; body?: Node };
  const param = node.params?.[index];
  if (param?.type !== 'Identifier' || !node.body) return null;
  const binding = findBinding(fn.child(node.body, 'body'), param.name);
  if (!binding || binding.identifier !== param) return null;
  return findBindingReferences(fn, binding);
}

/** No loop, no other function and no class body (a field's initializer runs once per `new`) between `path` and `fn`. */
function isDirectlyIn(path: NodePath, fn: NodePath): boolean {
  for (let current = path.parentPath; current && current.node !== fn.node; current = current.parentPath) {
    if (isLoopType(current.node.type) || isFunctionNode(current.node) || current.node.type === 'ClassBody') return false;
  }
  return true;
}

/** `fn`'s own body reads `arguments` (not inside an inner non-arrow function, which has its own). */
function mentionsArguments(fn: Node): boolean {
  let found = false;
  const body = (fn as { body?: Node }).body;
  if (!body) return false;
  forEachNode(body, (node) => {
    if (found) return false;
    if (node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration' || node.type === 'ObjectMethod' || node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') return false;
    if (node.type === 'Identifier' && node.name === 'arguments') found = true;
    return found ? false : undefined;
  });
  return found;
}

/** How the loop's item is used: run once (`func()`, handed to a method that calls it once), only read (`func.name`), or otherwise (`null`). */
function useOfItem(item: NodePath, loop: NodePath, fn: NodePath): 'run' | 'read' | null {
  const parent = item.parentPath;
  if (!parent || !isInLoopBodyOnly(item, loop)) return null;
  // Case: `func()`
  if (parent.node.type === 'CallExpression' && item.key === 'callee') return 'run';
  // Case: `func.name`
  if (parent.node.type === 'MemberExpression' && item.key === 'object' && !parent.node.computed && !(parent.key === 'callee' && parent.parent?.type === 'CallExpression') && !(parent.key === 'left' && parent.parent?.type === 'AssignmentExpression')) return 'read';
  // Case: `perfTracer.recordCall(func.name, func)`
  if (parent.node.type === 'CallExpression' && item.key === 'arguments' && item.index !== null) return callsParameterOnce(parent, item.index, fn) ? 'run' : null;
  return null;
}

/** Inside the loop's body with no loop or function in between (the loop itself is where the list is walked). */
function isInLoopBodyOnly(item: NodePath, loop: NodePath): boolean {
  for (let current = item.parentPath; current && current.node !== loop.node; current = current.parentPath) {
    if (isLoopType(current.node.type) || isFunctionNode(current.node)) return false;
  }
  return true;
}

/**
 * `call` is `object.method(…)` with `object` a `const` of `fn` made there (`new C()`, or
 * `cond ? null : new C()`) from a class of the same file whose `method` calls its parameter
 * `index` once (no loop or function around the call).
 */
function callsParameterOnce(call: NodePath, index: number, fn: NodePath): boolean {
  const callee = (call.node as { callee: Node }).callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'Identifier' || callee.property.type !== 'Identifier') return false;
  const holder = findBinding(call, callee.object.name);
  const declarator = holder?.declaration;
  if (holder?.kind !== 'const' || declarator?.type !== 'VariableDeclarator' || !declarator.init || (holder.scope !== fn.node && holder.scope !== (fn.node as { body: Node }).body)) return false;
  const made = madeClassName(declarator.init);
  if (!made) return false;
  const method = findClassMethod(fn, made, callee.property.name);
  if (!method) return false;
  const references = findParameterReferences(method, index);
  return references !== null && references.length === 1 && references[0]!.key === 'callee' && references[0]!.parentPath?.node.type === 'CallExpression' && isDirectlyIn(references[0]!, method);
}

/** `new C()` or `cond ? null : new C()` (either way round): the class name, or `null`. */
function madeClassName(init: Node): string | null {
  if (init.type === 'NewExpression') return init.callee.type === 'Identifier' ? init.callee.name : null;
  if (init.type !== 'ConditionalExpression') return null;
  const isNothing = (node: Node): boolean => node.type === 'NullLiteral' || (node.type === 'Identifier' && node.name === 'undefined');
  if (isNothing(init.consequent)) return madeClassName(init.alternate);
  if (isNothing(init.alternate)) return madeClassName(init.consequent);
  return null;
}

/** The instance method `name` of the class `className` declared at the top level of `fn`'s file. */
function findClassMethod(fn: NodePath, className: string, name: string): NodePath | null {
  const program = fn.findParent((path) => path.node.type === 'Program');
  if (!program) return null;
  let found: NodePath | null = null;
  forEachDescendant(program, (path) => {
    if (found) return false;
    const node = path.node;
    if (node.type === 'ClassMethod' && node.kind === 'method' && !node.static && !node.computed && node.key.type === 'Identifier' && node.key.name === name) {
      const classNode = path.parentPath?.parentPath?.node;
      const owner = path.parentPath?.parentPath?.parent;
      const declared = classNode?.type === 'ClassDeclaration' && classNode.id?.name === className;
      if (declared && (owner?.type === 'Program' || owner?.type === 'ExportNamedDeclaration')) found = path;
    }
    return undefined;
  });
  return found;
}
