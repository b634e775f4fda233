/**
 * A single depth-first walk that hands every node to every selected rule, ESLint style.
 *
 * Rules get `NodePath`s: the node plus its parent chain, which is all the analysis helpers
 * need (owner scopes, bindings, signals in scope). A path is cheap: one small object per node.
 */
import type { Node } from '@babel/types';
import { CHILD_KEYS } from './child-keys';

/** Keys that never hold child nodes; skipping them keeps the generic walk fast. */
const SKIPPED_KEYS = new Set([
  'type',
  'start',
  'end',
  'loc',
  'range',
  'extra',
  'leadingComments',
  'trailingComments',
  'innerComments',
  'comments',
  'tokens',
  'errors',
]);

/** CHILD_KEYS without SKIPPED_KEYS (babel's visitor keys name none of them; filtered once all the same). */
const TABLE_KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(CHILD_KEYS).map(([type, keys]) => [type, keys.filter((key) => !SKIPPED_KEYS.has(key))]),
);

export class NodePath<N extends Node = Node> {
  constructor(
    readonly node: N,
    readonly parentPath: NodePath | null,
    /** The property of the parent that holds this node (`body`, `arguments`, ...). */
    readonly key: string | null,
    /** The index within that property when it is a list, else `null`. */
    readonly index: number | null,
  ) {}

  get parent(): Node | null {
    return this.parentPath ? this.parentPath.node : null;
  }

  get type(): N['type'] {
    return this.node.type;
  }

  /** Ancestors from the parent outwards. */
  *ancestors(): Generator<NodePath> {
    for (let p = this.parentPath; p; p = p.parentPath) yield p;
  }

  /** The nearest ancestor (not this path) that satisfies `test`. */
  findParent(test: (path: NodePath) => boolean): NodePath | null {
    for (let p = this.parentPath; p; p = p.parentPath) if (test(p)) return p;
    return null;
  }

  /** A path for a child node (used by helpers that walk down from a known node). */
  child<C extends Node>(node: C, key: string, index: number | null = null): NodePath<C> {
    return new NodePath(node, this as NodePath, key, index);
  }

  /** The sibling list this node lives in (`null` when it is not in a list). */
  get container(): Node[] | null {
    if (this.index === null || !this.parentPath || this.key === null) return null;
    return (this.parentPath.node as unknown as Record<string, Node[]>)[this.key] ?? null;
  }

  is<T extends Node['type']>(type: T): this is NodePath<Extract<Node, { type: T }>> {
    return this.node.type === type;
  }
}

export type Visitor = (path: NodePath) => void;
/** `{ CallExpression(path) {}, 'CallExpression:exit'(path) {}, 'Program:exit'(path) {} }` */
export type Visitors = Partial<Record<string, Visitor>>;

export function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Calls `visit(child, key, index)` for each child node of `node`, in the order of child-keys.ts
 * (the order babel's parser creates them in; mostly source order). The one place that knows how
 * to find children in a babel AST; every walk in unleak goes through it.
 */
export function forEachChildNode(node: Node, visit: (child: Node, key: string, index: number | null) => void): void {
  const record = node as unknown as Record<string, unknown>;
  const known = TABLE_KEYS[node.type];
  const keys = known ?? Object.keys(record);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = record[key];
    // The table's keys are filtered once (below); only a node type it does not list needs the check per key.
    if (typeof value !== 'object' || value === null || (known === undefined && SKIPPED_KEYS.has(key))) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (isNode(item)) visit(item, key, i);
      }
    } else if (isNode(value)) {
      visit(value, key, null);
    }
  }
}

/**
 * Calls `visit(node, parent, key)` for `root` and every node below it, depth first in source
 * order; returning `false` skips that node's children. For analysis helpers that collect
 * facts from a subtree without needing paths (use `walk` for paths).
 */
export function forEachNode(root: Node, visit: (node: Node, parent: Node | null, key: string | null) => boolean | void): void {
  if (visit(root, null, null) !== false) visitNodesBelow(root, visit);
}

/** forEachNode below `node`: forEachChildNode's loop written out, so that no callback is made per node. */
function visitNodesBelow(node: Node, visit: (node: Node, parent: Node | null, key: string | null) => boolean | void): void {
  const keys = TABLE_KEYS[node.type];
  if (keys === undefined) {
    forEachChildNode(node, (child, key) => {
      if (visit(child, node, key) !== false) visitNodesBelow(child, visit);
    });
    return;
  }
  const record = node as unknown as Record<string, unknown>;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = record[key];
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (isNode(item) && visit(item, node, key) !== false) visitNodesBelow(item, visit);
      }
    } else if (isNode(value) && visit(value, node, key) !== false) {
      visitNodesBelow(value, visit);
    }
  }
}

/**
 * Calls `enter` with a path for every descendant of `path` (not `path` itself), depth first in
 * source order; returning `false` skips that node's children. The paths' parent chain goes on
 * through `path` (analysis/syntax/descendants.ts hands them out).
 */
export function forEachDescendantPath(path: NodePath, enter: (path: NodePath) => boolean | void): void {
  const node = path.node;
  const keys = TABLE_KEYS[node.type];
  if (keys === undefined) {
    forEachChildNode(node, (child, key, index) => {
      const childPath = new NodePath(child, path, key, index);
      if (enter(childPath) !== false) forEachDescendantPath(childPath, enter);
    });
    return;
  }
  const record = node as unknown as Record<string, unknown>;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    const value = record[key];
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (!isNode(item)) continue;
        const childPath = new NodePath(item, path, key, i);
        if (enter(childPath) !== false) forEachDescendantPath(childPath, enter);
      }
    } else if (isNode(value)) {
      const childPath = new NodePath(value, path, key, null);
      if (enter(childPath) !== false) forEachDescendantPath(childPath, enter);
    }
  }
}

/** Calls `enter(path)` before and `exit(path)` after the children of every node. */
export function walk(root: Node, enter: (path: NodePath) => void, exit?: (path: NodePath) => void): void {
  visit(new NodePath(root, null, null, null), enter, exit);
}

/**
 * The walk every file gets (every node of it): forEachChildNode's loop written out, so that no
 * callback is made per node; node types the table does not list go through forEachChildNode.
 */
function visit(path: NodePath, enter: (path: NodePath) => void, exit?: (path: NodePath) => void): void {
  enter(path);
  const node = path.node;
  const keys = TABLE_KEYS[node.type];
  if (keys === undefined) {
    forEachChildNode(node, (child, key, index) => visit(new NodePath(child, path, key, index), enter, exit));
  } else {
    const record = node as unknown as Record<string, unknown>;
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const value = record[key];
      if (typeof value !== 'object' || value === null) continue;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          if (isNode(item)) visit(new NodePath(item, path, key, i), enter, exit);
        }
      } else if (isNode(value)) {
        visit(new NodePath(value, path, key, null), enter, exit);
      }
    }
  }
  if (exit) exit(path);
}

/** Merges several rules' visitors into one walk over `root`. */
export function traverse(root: Node, visitorsList: readonly Visitors[]): void {
  const enterByType = new Map<string, Visitor[]>();
  const exitByType = new Map<string, Visitor[]>();
  for (const visitors of visitorsList) {
    for (const [selector, fn] of Object.entries(visitors)) {
      if (!fn) continue;
      const isExit = selector.endsWith(':exit');
      const type = isExit ? selector.slice(0, -':exit'.length) : selector;
      const table = isExit ? exitByType : enterByType;
      const list = table.get(type);
      if (list) list.push(fn);
      else table.set(type, [fn]);
    }
  }
  const hasExit = exitByType.size > 0;
  walk(
    root,
    (path) => {
      const list = enterByType.get(path.node.type);
      if (list) for (const fn of list) fn(path);
    },
    hasExit
      ? (path) => {
          const list = exitByType.get(path.node.type);
          if (list) for (const fn of list) fn(path);
        }
      : undefined,
  );
}
