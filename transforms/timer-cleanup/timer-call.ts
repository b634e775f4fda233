/**
 * A call that starts a platform timer (`setInterval`, `setTimeout`, `requestAnimationFrame`,
 * `requestIdleCallback`, in any of their spellings: `window.setInterval`, `(setInterval as
 * any)(...)`, `import { setInterval } from 'node:timers'`, `timers.setInterval`), with what a
 * fix needs to release it: the clear function as code can call it at that place, and the
 * TypeScript type of its handle.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findImportedNames } from '../../src/analysis/syntax/module-reference';
import { resolvePlatformFunction, type PlatformFunctionReference } from '../../src/analysis/resources/platform-function';
import { TIMER_RESOURCES, getTimerResource, type ResourceKind } from '../../src/analysis/resources/catalog';
import { isGlobalReference } from '../../src/analysis/syntax/scope';
import { getProgramPath } from '../../src/core/node-helpers';

export interface TimerCall {
  resource: ResourceKind;
  reference: PlatformFunctionReference;
  /** How to call the release here: `clearInterval`, `timers.clearInterval`, `globalThis.clearInterval`. */
  releaseCallee: string;
  /** TypeScript type of a stored handle: `ReturnType<typeof setInterval>`, or `number` for `window.` timers and frames. */
  handleType: string;
}

const ACQUIRE_NAMES = new Set(TIMER_RESOURCES.map((resource) => (resource.acquire.type === 'global-function' ? resource.acquire.name : '')));
const TIMER_MODULES = ['timers'];


export function resolveTimerCall(path: NodePath): TimerCall | null {
  const node = path.node;
  if (node.type !== 'CallExpression' || node.arguments.length === 0) return null;
  const reference = resolvePlatformFunction(path, node.callee as Node, ACQUIRE_NAMES, TIMER_MODULES);
  if (!reference) return null;
  const resource = getTimerResource(reference.name);
  if (!resource || resource.release.type !== 'function-with-handle') return null;
  // Frames and idle callbacks exist only as globals.
  if (reference.via === 'module' && resource.acquire.type === 'global-function' && !resource.acquire.modules.includes('timers')) return null;
  const releaseName = resource.release.names[0]!;

  let releaseCallee = releaseName;
  if (reference.via === 'module' && reference.objectName) {
    // Case: `timers.setInterval(...)` -> `timers.clearInterval(...)`
    releaseCallee = `${reference.objectName}.${releaseName}`;
  } else if (reference.via === 'module') {
    // Case: `import { setInterval, clearInterval as stop } from 'node:timers'` -> `stop(...)`
    const program = getProgramPath(path);
    const imported = program ? findImportedNames(program.node as never, 'timers', releaseName)[0] : undefined;
    releaseCallee = imported ?? (isGlobalReference(path, releaseName) ? releaseName : `globalThis.${releaseName}`);
  } else if (!isGlobalReference(path, releaseName)) {
    // Case: a local `clearInterval` shadows the global one.
    releaseCallee = `globalThis.${releaseName}`;
  }

  let handleType = 'number';
  if (resource.handleType !== 'number') {
    const isWindowTimer = reference.via === 'global-object' && (reference.objectName === 'window' || reference.objectName === 'self');
    const callee =
      reference.via === 'module' ? (reference.objectName ? `${reference.objectName}.${reference.name}` : reference.localName) : reference.name;
    // `window.setInterval` returns a number even where Node's types are loaded too.
    handleType = isWindowTimer ? 'number' : resource.handleType.replace('$callee', callee);
  }
  return { resource, reference, releaseCallee, handleType };
}
