/**
 * Small questions about nodes and paths that every layer asks: whether one node lies inside
 * another, the Program a path belongs to, the ancestor path of a node, and the value inside
 * `as` / `satisfies` / `!` / parentheses. One copy each (they were written five times over).
 * Imports nothing of `src/` but the walk, so it can sit on the ground floor.
 */
import type { Node, Program } from '@babel/types';
import type { NodePath } from './traverse';

/** Whether `inner` lies within `outer`'s source range (a node is inside itself). */
export function isInsideNode(inner: Node, outer: Node): boolean {
  return inner.start! >= outer.start! && inner.end! <= outer.end!;
}

/** The Program path `path` belongs to (the Program under the File when `path` is the File). */
export function getProgramPath(path: NodePath): NodePath<Program> | null {
  let current: NodePath = path;
  for (;;) {
    if (current.node.type === 'Program') return current as NodePath<Program>;
    if (!current.parentPath) break;
    current = current.parentPath;
  }
  return current.node.type === 'File' ? (current.child(current.node.program, 'program') as NodePath<Program>) : null;
}

/** The Program node `path` belongs to. */
export function getProgram(path: NodePath): Program | null {
  return getProgramPath(path)?.node ?? null;
}

/** The ancestor path (or `path` itself) whose node is `node`. */
export function findAncestorPath(path: NodePath, node: Node): NodePath | null {
  for (let current: NodePath | null = path; current; current = current.parentPath) if (current.node === node) return current;
  return null;
}

/** The `Program` path above `path` (or `path` itself), `null` for a detached path. */
export function findProgramPath(path: NodePath): NodePath | null {
  let current: NodePath | null = path;
  while (current && current.node.type !== 'Program') current = current.parentPath;
  return current;
}

/**
 * The wrappers that leave a value as it is at run time: `(x)`, `x as T`, `x satisfies T`, `x!`,
 * `<T>x`, `f<T>` and Flow's `(x: T)`. The one list every layer walks through (in or out).
 */
const VALUE_WRAPPERS: ReadonlySet<string> = new Set(['TSAsExpression', 'TSSatisfiesExpression', 'TSNonNullExpression', 'TSTypeAssertion', 'TSInstantiationExpression', 'TypeCastExpression', 'ParenthesizedExpression']);

export type ValueWrapper = Node & { expression: Node };

/** `node` wraps its `expression` without changing the value (see VALUE_WRAPPERS). */
export function isValueWrapper(node: Node): node is ValueWrapper {
  return VALUE_WRAPPERS.has(node.type);
}

/** The path of the value inside `as` / `!` / parentheses (a child path, so scope lookups still work). */
export function unwrapPath(path: NodePath): NodePath {
  let current = path;
  while (isValueWrapper(current.node)) current = current.child(current.node.expression, 'expression');
  return current;
}

const LOOP_TYPES: ReadonlySet<string> = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** `for`, `for…in`, `for…of`, `while`, `do…while`: a statement whose body runs again and again. */
export function isLoopType(type: string): boolean {
  return LOOP_TYPES.has(type);
}
