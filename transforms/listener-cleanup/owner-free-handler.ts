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
import type { Class, ClassMethod, Node } from '@babel/types';
import { forEachChildNode, type NodePath } from '../../src/core/traverse';
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

/**
 * `app.on('will-quit', this.destroy)`: the handler is a method of the enclosing class read off
 * `this` unbound — a plain prototype method (no decorator, which may bind it), which the class
 * never binds (`this.destroy = this.destroy.bind(this)`) nor shadows with a field of the same
 * name. The listener holds the function every instance shares, not the instance; and when the
 * event calls it, `this` is the emitter (Node's EventEmitter, the DOM's `currentTarget`), not the
 * instance. The method's name, or `null` for any other handler.
 */
export function getUnboundMethodHandler(handler: NodePath, classNode: Class): string | null {
  const node = unwrapPath(handler).node;
  if (node.type !== 'MemberExpression' || node.computed || node.object.type !== 'ThisExpression' || node.property.type !== 'Identifier') return null;
  const name = node.property.name;
  let method: ClassMethod | null = null;
  for (const member of classNode.body.body) {
    if (member.type !== 'ClassMethod' && member.type !== 'ClassProperty') continue;
    if (member.computed || member.key.type !== 'Identifier' || member.key.name !== name) continue;
    if (member.type !== 'ClassMethod' || member.kind !== 'method' || member.static || (member.decorators?.length ?? 0) > 0) return null;
    method = member;
  }
  if (method === null) return null;
  // Case: `this.destroy = this.destroy.bind(this)` (in the constructor or anywhere in the class)
  let assigned = false;
  const visit = (current: Node): void => {
    if (assigned) return;
    if (current.type === 'AssignmentExpression' && current.left.type === 'MemberExpression' && current.left.object.type === 'ThisExpression' && !current.left.computed && current.left.property.type === 'Identifier' && current.left.property.name === name) {
      assigned = true;
      return;
    }
    forEachChildNode(current, visit);
  };
  visit(classNode.body);
  return assigned ? null : name;
}
