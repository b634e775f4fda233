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

/**
 * `forEachDescendantPath(path, (p) => (matches(p.node) ? enter(p) : undefined))` without a path
 * for every node: `enter` gets a path only for a descendant `matches` accepts (its `false` skips
 * that node's children), and a path is made only for such a node and its ancestors below `path`,
 * when first needed, one per node as in forEachDescendantPath. For helpers that look for a few
 * nodes in a large subtree (the references of one name in a scope).
 */
export function forEachMatchingDescendantPath(path: NodePath, matches: (node: Node) => boolean, enter: (path: NodePath) => boolean | void): void {
  const nodes: Node[] = [path.node];
  const keys: (string | null)[] = [path.key];
  const indexes: (number | null)[] = [path.index];
  const paths: (NodePath | undefined)[] = [path];
  const pathAt = (depth: number): NodePath => {
    let from = depth;
    while (paths[from] === undefined) from--;
    let made = paths[from]!;
    for (let d = from + 1; d <= depth; d++) {
      made = new NodePath(nodes[d]!, made, keys[d]!, indexes[d]!);
      paths[d] = made;
    }
    return made;
  };
  const below = (node: Node, depth: number): void => {
    const keyList = TABLE_KEYS[node.type];
    if (keyList === undefined) {
      forEachChildNode(node, (child, key, index) => visitChild(child, key, index, depth));
      return;
    }
    const record = node as unknown as Record<string, unknown>;
    for (let k = 0; k < keyList.length; k++) {
      const key = keyList[k]!;
      const value = record[key];
      if (typeof value !== 'object' || value === null) continue;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item = value[i];
          if (isNode(item)) visitChild(item, key, i, depth);
        }
      } else if (isNode(value)) {
        visitChild(value, key, null, depth);
      }
    }
  };
  const visitChild = (node: Node, key: string, index: number | null, depth: number): void => {
    nodes[depth] = node;
    keys[depth] = key;
    indexes[depth] = index;
    paths[depth] = undefined;
    if (matches(node) && enter(pathAt(depth)) === false) return;
    below(node, depth + 1);
  };
  below(path.node, 1);
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

/**
 * Merges several rules' visitors into one walk over `root`.
 *
 * Each visitor gets a path as `walk` would give it, but a path is made only for a node a visitor
 * is handed and for its ancestors, when first needed (most nodes are of a type no rule visits):
 * the walk keeps the nodes on its way down in a stack and makes the missing paths of a node's
 * chain from the stack. Still one path per node: an ancestor's path, once made, is the one every
 * later descendant's chain goes through, as long as the walk is below it.
 */
export function traverse(root: Node, visitorsList: readonly Visitors[]): void {
  const byType = new Map<string, TypeVisitors>();
  for (const visitors of visitorsList) {
    for (const [selector, fn] of Object.entries(visitors)) {
      if (!fn) continue;
      const isExit = selector.endsWith(':exit');
      const type = isExit ? selector.slice(0, -':exit'.length) : selector;
      let entry = byType.get(type);
      if (!entry) byType.set(type, (entry = { enter: null, exit: null }));
      if (isExit) (entry.exit ??= []).push(fn);
      else (entry.enter ??= []).push(fn);
    }
  }
  new LazyPathWalk(byType).run(root);
}

/** The visitors of one node type: one map lookup per node finds both lists. */
interface TypeVisitors {
  enter: Visitor[] | null;
  exit: Visitor[] | null;
}

/** The walk `traverse` runs: `visit`'s order, with the paths of the nodes on the way down made when first needed. */
class LazyPathWalk {
  /** The nodes from the root down to the one being visited, with the key and index each hangs from. */
  private readonly nodes: Node[] = [];
  private readonly keys: (string | null)[] = [];
  private readonly indexes: (number | null)[] = [];
  /** Their paths, `undefined` where none was needed yet. */
  private readonly paths: (NodePath | undefined)[] = [];

  constructor(private readonly byType: ReadonlyMap<string, TypeVisitors>) {}

  run(root: Node): void {
    this.visit(root, null, null, 0);
    this.nodes.length = this.keys.length = this.indexes.length = this.paths.length = 0;
  }

  /** The path of the node at `depth` of the stack, made (with its missing ancestors) when first asked for. */
  private pathAt(depth: number): NodePath {
    const made = this.paths[depth];
    if (made !== undefined) return made;
    let from = depth - 1;
    while (from >= 0 && this.paths[from] === undefined) from--;
    let path: NodePath | null = from >= 0 ? this.paths[from]! : null;
    for (let d = from + 1; d <= depth; d++) {
      path = new NodePath(this.nodes[d]!, path, this.keys[d]!, this.indexes[d]!);
      this.paths[d] = path;
    }
    return path!;
  }

  private visit(node: Node, key: string | null, index: number | null, depth: number): void {
    this.nodes[depth] = node;
    this.keys[depth] = key;
    this.indexes[depth] = index;
    this.paths[depth] = undefined;
    const visitors = this.byType.get(node.type);
    const enter = visitors?.enter;
    if (enter) {
      const path = this.pathAt(depth);
      for (let v = 0; v < enter.length; v++) enter[v]!(path);
    }
    const below = depth + 1;
    const keys = TABLE_KEYS[node.type];
    if (keys === undefined) {
      forEachChildNode(node, (child, childKey, childIndex) => this.visit(child, childKey, childIndex, below));
    } else {
      const record = node as unknown as Record<string, unknown>;
      for (let k = 0; k < keys.length; k++) {
        const childKey = keys[k]!;
        const value = record[childKey];
        if (typeof value !== 'object' || value === null) continue;
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const item = value[i];
            if (isNode(item)) this.visit(item, childKey, i, below);
          }
        } else if (isNode(value)) {
          this.visit(value, childKey, null, below);
        }
      }
    }
    const exit = visitors?.exit;
    if (exit) {
      const path = this.pathAt(depth);
      for (let v = 0; v < exit.length; v++) exit[v]!(path);
    }
    // A child's path is never asked for again once the walk has left it.
    this.paths[below] = undefined;
  }
}
