/**
 * An acquisition whose release is a method of the value it returns — the rows of the
 * acquire/release table released through their handle (resources.ts):
 *
 * | resource | acquired by | released by |
 * | --- | --- | --- |
 * | `observer` | `new MutationObserver / ResizeObserver / IntersectionObserver / PerformanceObserver(cb)` | `.disconnect()` |
 * | `connection` | `new WebSocket / EventSource / BroadcastChannel(...)` (also `ws`'s `WebSocket`) | `.close()` |
 * | `worker` | `new Worker(...)` (also `worker_threads`) | `.terminate()` |
 * | `abort-controller` | `new AbortController()` | `.abort()` |
 * | `fs-watcher` | `fs.watch(...)`, `chokidar.watch(...)` | `.close()` |
 * | `subscription` | `x.subscribe(...)` | `.unsubscribe()`, or calling the returned function |
 *
 * Constructors count when they are the globals (also `window.` / `globalThis.` prefixed) or
 * imported from the Node module that provides them; a project class of the same name does not.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, resolveGlobalName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { resolvePlatformFunction } from '../../src/analysis/resources/platform-function';
import { LISTENER_RESOURCES, type ResourceKind } from '../../src/analysis/resources/catalog';

export interface HandleResource {
  resource: ResourceKind;
  /** The `new` or call expression. */
  path: NodePath;
  /** The platform name (`ResizeObserver`, `watch`, `subscribe`). */
  name: string;
  /** TypeScript type of a stored handle (`ResizeObserver`, `ReturnType<typeof fs.watch>`). */
  handleType: string;
  /** The release returns a promise (`chokidar`'s `close()`, `worker_threads`' `terminate()`): written `void h.close()`. */
  asyncRelease: boolean;
  /** For a subscription: the observable or store it subscribes to. */
  source: NodePath | null;
}

/** Constructors imported from a module instead of used as globals: `[module, export]`. */
const MODULE_CONSTRUCTORS: ReadonlyArray<{ module: string; imported: string; name: string; asyncRelease: boolean }> = [
  { module: 'worker_threads', imported: 'Worker', name: 'Worker', asyncRelease: true },
  { module: 'ws', imported: 'default', name: 'WebSocket', asyncRelease: false },
  { module: 'ws', imported: 'WebSocket', name: 'WebSocket', asyncRelease: false },
];

const WATCH: ReadonlySet<string> = new Set(['watch']);

function findResource(name: string): ResourceKind | null {
  return LISTENER_RESOURCES.find((resource) => resource.acquire.type === 'constructor' && resource.acquire.names.includes(name)) ?? null;
}

function describe(resource: ResourceKind, path: NodePath, name: string, callee: string, asyncRelease: boolean, source: NodePath | null = null): HandleResource {
  return { resource, path, name, handleType: resource.handleType.replace('$callee', callee), asyncRelease, source };
}

export function resolveHandleResource(path: NodePath): HandleResource | null {
  const node = path.node;
  if (node.type === 'NewExpression') {
    const callee = unwrapExpression(node.callee);
    // Case: `new ResizeObserver(cb)`, `new window.WebSocket(url)`
    const global = resolveGlobalName(path, node.callee);
    if (global) {
      const resource = findResource(global);
      return resource ? describe(resource, path, global, global, false) : null;
    }
    // Case: `import { Worker } from 'node:worker_threads'`, `import WebSocket from 'ws'`
    if (callee.type !== 'Identifier') return null;
    const reference = resolveModuleReference(path, callee.name);
    const entry = reference && MODULE_CONSTRUCTORS.find((candidate) => candidate.module === reference.source && candidate.imported === reference.imported);
    const resource = entry ? findResource(entry.name) : null;
    return entry && resource ? describe(resource, path, entry.name, callee.name, entry.asyncRelease) : null;
  }
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(node.callee);
  // Case: `fs.watch(dir)`, `import { watch } from 'chokidar'` (any local name)
  const mayBeWatch = callee.type === 'Identifier' || ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'watch');
  const watch = mayBeWatch ? resolvePlatformFunction(path, node.callee, WATCH, ['fs', 'chokidar']) : null;
  if (watch?.via === 'module') {
    const resource = LISTENER_RESOURCES.find((candidate) => candidate.id === 'fs-watcher')!;
    const callee = watch.objectName ? `${watch.objectName}.${watch.name}` : watch.localName;
    const reference = resolveModuleReference(path, watch.objectName ?? watch.localName);
    return describe(resource, path, 'watch', callee, reference?.source === 'chokidar');
  }
  // Case: `store.subscribe(fn)`, `this.route.params.subscribe(...)`
  if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'subscribe') {
    const object = unwrapExpression(callee.object);
    // `registration.pushManager.subscribe(options)` returns a promise of a push subscription.
    if ((object.type === 'MemberExpression' || object.type === 'OptionalMemberExpression') && getPropertyName(object) === 'pushManager') return null;
    const resource = LISTENER_RESOURCES.find((candidate) => candidate.id === 'subscription')!;
    const source = path.child(node.callee as Node, 'callee').child(callee.object, 'object');
    return describe(resource, path, 'subscribe', 'subscribe', false, source);
  }
  return null;
}
