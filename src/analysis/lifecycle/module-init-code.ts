/**
 * Whether code runs once, while the module initialises: at module top level, or inside
 * immediately invoked functions there (`const tick = ((supported) => { ...; return f })(x)`,
 * `(function () { ... })()`, `!function () { ... }()`), nested to any depth. A polyfill or
 * feature probe written this way registers its global listener once per process: it lives as
 * long as the module (docs/catalog.md "Lifetime by intent"), like any module-level acquisition.
 *
 * So does a callback that runs at most once (a promise reaction, a `once` listener, a `load` /
 * `DOMContentLoaded` listener, Electron's `app.on('ready', …)`, `Meteor.startup(…)`, jQuery's
 * `$(document).ready(…)`, a global `setTimeout` / `setImmediate` / `queueMicrotask` /
 * `requestAnimationFrame` / `requestIdleCallback` / `process.nextTick` callback, a WXT entry point's
 * `main`) registered there.
 *
 * So does the body of a synchronous array-iteration callback (`forEach`, `map`, `flatMap`) called
 * in module top-level code: it runs once per item while the module loads, like the body of a
 * top-level loop (not a function inside it).
 *
 * A loop or another callback between the code and the module breaks it: that may run many times.
 */
import { isValueWrapper } from '../../core/node-helpers';
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { isFunctionNode } from '../syntax/scope';
import { isRunOnceCallback } from '../syntax/run-once-callback';
import { isIterationCallback } from './repeated-acquisition';

const LOOPS: ReadonlySet<string> = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** `fn` is the callee of a call made right where it is written: `(fn)(...)`, `fn.call(this, ...)`. */
function isImmediatelyInvoked(fn: NodePath): boolean {
  let current = fn;
  while (current.parentPath && isValueWrapper(current.parentPath.node)) current = current.parentPath;
  const parent = current.parentPath;
  if (!parent) return false;
  // Case: `(() => { ... })()`, `(function () { ... })()`
  if ((parent.node.type === 'CallExpression' || parent.node.type === 'OptionalCallExpression') && current.key === 'callee') return true;
  // Case: `(function () { ... }).call(this)`
  const member = parent.node;
  if (member.type === 'MemberExpression' && current.key === 'object' && !member.computed && member.property.type === 'Identifier' && ['call', 'apply'].includes(member.property.name)) {
    return parent.parentPath?.node.type === 'CallExpression' && parent.key === 'callee';
  }
  return false;
}

/** No function or class body between `path` and the program: code the module runs as it loads (loops allowed). */
function isTopLevelCode(path: NodePath): boolean {
  for (let current: NodePath | null = path.parentPath; current; current = current.parentPath) {
    if (current.node.type === 'Program') return true;
    if (isFunctionNode(current.node) || current.node.type === 'ClassBody') return false;
  }
  return false;
}

export function isModuleInitCode(path: NodePath): boolean {
  let sawFunction = false;
  for (let current: NodePath | null = path.parentPath; current; current = current.parentPath) {
    const node: Node = current.node;
    if (node.type === 'Program') return sawFunction;
    if (LOOPS.has(node.type)) return false;
    if (isFunctionNode(node)) {
      // Case: `['exit', 'SIGINT'].forEach((event) => process.on(event, f))` in module top-level code: the
      // callback runs once per item while the module loads, as the body of a top-level `for…of` does.
      // (Only as the innermost function: a callback it registers may run any number of times.)
      if (!sawFunction && isIterationCallback(current) && isTopLevelCode(current)) return true;
      if (node.type === 'FunctionDeclaration' || node.type === 'ClassMethod' || !(isImmediatelyInvoked(current) || isRunOnceCallback(current))) return false;
      sawFunction = true;
    }
    if (node.type === 'ClassBody') return false;
  }
  return false;
}
