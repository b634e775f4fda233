/**
 * Which object literal `this` is at a place outside a class: the object whose method
 * (`m() {}`, `m: function () {}`) encloses it, looking through arrow functions (which keep
 * `this`). An object nested as a property value of another (`methods: { ... }`, `watch: { ... }`
 * of a Vue options component) counts as the outermost one: Vue calls those functions with
 * `this` bound to the same component instance, so `this.timer` in `mounted()` and in
 * `methods.stop()` is one handle.
 */
import type { ObjectExpression } from '@babel/types';
import type { NodePath } from '../../core/traverse';

/** The object a method or function-valued property belongs to. */
function getOwningObject(fn: NodePath, from: NodePath): NodePath | null {
  // Case: `{ m() { this } }` (not a computed key: `{ [this.x]() {} }` runs outside the method)
  if (fn.node.type === 'ObjectMethod') {
    if (from.key !== 'body' && from.key !== 'params') return null;
    return fn.parentPath?.node.type === 'ObjectExpression' ? fn.parentPath : null;
  }
  // Case: `{ m: function () { this } }`
  if (fn.node.type === 'FunctionExpression' && fn.key === 'value' && fn.parent?.type === 'ObjectProperty') {
    const object = fn.parentPath!.parentPath;
    return object?.node.type === 'ObjectExpression' ? object : null;
  }
  return null;
}

export function resolveThisObject(path: NodePath): NodePath<ObjectExpression> | null {
  let previous: NodePath = path;
  for (let current = path.parentPath; current; previous = current, current = current.parentPath) {
    const node = current.node;
    // Case: an arrow keeps the `this` of where it is written.
    if (node.type === 'ArrowFunctionExpression') continue;
    if (node.type === 'ObjectMethod' || node.type === 'FunctionExpression') {
      let object = getOwningObject(current, previous);
      // Case: `{ methods: { stop() { this } } }` -> the outer object
      while (object?.parentPath?.node.type === 'ObjectProperty' && object.key === 'value' && object.parentPath.parentPath?.node.type === 'ObjectExpression') {
        object = object.parentPath.parentPath;
      }
      return object as NodePath<ObjectExpression> | null;
    }
    // Case: any other function, a class or the module: not an object literal's `this`.
    if (
      node.type === 'FunctionDeclaration' ||
      node.type === 'ClassMethod' ||
      node.type === 'ClassPrivateMethod' ||
      node.type === 'ClassProperty' ||
      node.type === 'ClassPrivateProperty' ||
      node.type === 'StaticBlock' ||
      node.type === 'Program'
    ) {
      return null;
    }
  }
  return null;
}
