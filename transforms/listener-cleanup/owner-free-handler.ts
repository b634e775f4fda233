/**
 * listener-cleanup: a handler written in place that keeps nothing of its owner alive — a
 * `function` (whose `this` is the object it listens on: the DOM's `currentTarget`, an
 * EventEmitter, a component library's emitter) or an arrow without `this`, that reads no variable
 * of the code around it, only its own, the module's and globals:
 *
 *   const bar = this.getChild('bar');
 *   bar.on('mouseenter', function () {
 *     this.addClass('hovered'); // the bar's `this`, nothing of the owner
 *   });
 *
 * Left on an object that outlives the owner, such a listener holds no reference to the owner,
 * so the owner is not kept alive; it only goes on running. It piles up only if the owner adds
 * it again and again to one object. confidence.ts makes such a report-only finding `low`.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { unwrapPath } from '../../src/core/node-helpers';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { findBinding } from '../../src/analysis/syntax/scope';
import { isValueReference } from '../../src/analysis/resources/handle-usage';
import type { SingleFileComponent } from '../../src/core/rule';
import { isInstanceScriptBinding } from './target-origin';

/** A node that gives `this` its own value (a non-arrow function, a class member, a class). */
function bindsOwnThis(node: Node): boolean {
  return (
    node.type === 'FunctionExpression' ||
    node.type === 'FunctionDeclaration' ||
    node.type === 'ObjectMethod' ||
    node.type === 'ClassMethod' ||
    node.type === 'ClassPrivateMethod' ||
    node.type === 'ClassProperty' ||
    node.type === 'ClassPrivateProperty' ||
    node.type === 'ClassDeclaration' ||
    node.type === 'ClassExpression'
  );
}

/** `this` (or `super`, `arguments`) at `path` is the one of the code around `handler`: no function between binds its own. */
function isOuterThis(path: NodePath, handler: Node): boolean {
  for (let current = path.parentPath; current; current = current.parentPath) {
    if (current.node === handler) return !bindsOwnThis(handler);
    if (bindsOwnThis(current.node)) return false;
  }
  return true;
}

export function isOwnerFreeHandler(handler: NodePath, sfc?: SingleFileComponent | null): boolean {
  const path = unwrapPath(handler);
  const fn = path.node;
  if (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return false;
  let free = true;
  forEachDescendant(path, (inner) => {
    if (!free) return false;
    const node = inner.node;
    if ((node.type === 'ThisExpression' || node.type === 'Super') && isOuterThis(inner, fn)) free = false;
    if (node.type !== 'Identifier' || !isValueReference(inner)) return undefined;
    // Case: `arguments` in an arrow: the enclosing function's
    if (node.name === 'arguments' && isOuterThis(inner, fn)) free = false;
    const binding = findBinding(inner, node.name);
    // Case: a global (`document`), an import or a module-level name: not the owner's. A top-level
    // name of `<script setup>` or a Svelte instance script (`showing.value = …`) is the instance's: the owner's.
    if (!binding || (binding.scope.type === 'Program' && !isInstanceScriptBinding(binding, sfc))) return undefined;
    // Case: its own parameters and locals
    if (binding.scope.start! >= fn.start! && binding.scope.end! <= fn.end!) return undefined;
    free = false;
    return false;
  });
  return free;
}
