/**
 * Whether code runs in a method of a pre-class constructor its module exports, and the file runs
 * that method only from the constructor's other methods, or once from its own top level: then
 * how often it runs is decided by the instances other files make and the methods they call, as
 * for a class's method (a class with no lifecycle is no owner scope, LEAKS.md).
 *
 *   var Daemon = module.exports = function (opts) { … };
 *   Daemon.prototype.start = function () { var d = domain.create(); d.run(() => this.boot()); };
 *   Daemon.prototype.boot = function () { this.listen(); };
 *   Daemon.prototype.listen = function () { God.bus.on('axm:action', onAction); };   // here
 *   if (require.main === module) new Daemon().start();
 *
 * The method must be a function expression assigned at module top level to `X.prototype.name`,
 * with `X` exported (`module.exports = X`, `var X = module.exports = function …`, `exports.X =
 * X`, `module.exports = { X }`, `export default X`, `export { X }`, `export function X`). Every
 * other mention of `name` in the file must be a call: on `this` (or a `const`/`var` alias of it)
 * directly in another method of `X.prototype` that passes the same test, with only run-once
 * callbacks (run-once-callback.ts: a promise reaction, a one-shot timer, a domain's `run`) and no
 * loop between; or at module top level outside any loop and function (`daemon.start()`). A call
 * anywhere else — in an event handler, a loop, another object's method — or the name as a value
 * or a string, and the answer is `null`: the file shows how often it runs.
 */
import type { Node, Program } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findAncestorPath, findProgramPath, isLoopType, isValueWrapper } from '../../src/core/node-helpers';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { isRunOnceCallback } from '../../src/analysis/syntax/run-once-callback';
import { isCommonJsExportTarget, isCommonJsExports } from '../../src/analysis/syntax/function-name';
import { isExportedBySpecifier } from '../../src/analysis/syntax/export-names';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';

export interface ExportedPrototypeMethod {
  /** The method's function. */
  fn: NodePath;
  /** `Daemon.prototype.listen` */
  label: string;
}

/** How many methods deep a chain of `this.` calls is followed. */
const MAX_DEPTH = 3;

/** `at`'s method when it is one the file only runs as the module comment says, else `null`. */
export function findExportedPrototypeMethod(at: NodePath): ExportedPrototypeMethod | null {
  const fn = findMethodRunOnceFrom(at);
  if (!fn) return null;
  const method = getPrototypeMethod(fn);
  if (!method) return null;
  const program = findProgramPath(fn);
  if (!program || !isExported(program.node as Program, method.constructorName)) return null;
  return isRunFromMethodsOnly(program, method.constructorName, method.name, fn.node, 0, new Set()) ? { fn, label: `${method.constructorName}.prototype.${method.name}` } : null;
}

/** The function `at` is in, through run-once callbacks, with no loop on the way; `null` past the last function. */
function findMethodRunOnceFrom(at: NodePath): NodePath | null {
  for (let current = at.parentPath; current; current = current.parentPath) {
    if (isLoopType(current.node.type)) return null;
    if (!isFunctionNode(current.node)) continue;
    if (current.node.type === 'FunctionExpression' && getPrototypeMethod(current)) return current;
    if (!isRunOnceCallback(current)) return null;
  }
  return null;
}

/** `X.prototype.name = function () { … }` as a statement at module top level: `X` and `name`. */
function getPrototypeMethod(fn: NodePath): { constructorName: string; name: string } | null {
  let value: NodePath = fn;
  while (value.parentPath && isValueWrapper(value.parentPath.node)) value = value.parentPath;
  const assignment = value.parent;
  if (fn.node.type !== 'FunctionExpression' || assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || value.key !== 'right') return null;
  if (value.parentPath?.parent?.type !== 'ExpressionStatement' || value.parentPath.parentPath?.parent?.type !== 'Program') return null;
  const left = assignment.left;
  if (left.type !== 'MemberExpression' || left.computed || left.property.type !== 'Identifier') return null;
  const prototype = left.object;
  if (prototype.type !== 'MemberExpression' || prototype.computed || prototype.property.type !== 'Identifier' || prototype.property.name !== 'prototype' || prototype.object.type !== 'Identifier') return null;
  return { constructorName: prototype.object.name, name: left.property.name };
}

/** The module hands `name` (a top-level binding) to other files (see the module comment). */
function isExported(program: Program, name: string): boolean {
  if (isExportedBySpecifier(program, name)) return true;
  const isName = (node: Node | null | undefined): boolean => node?.type === 'Identifier' && node.name === name;
  for (const statement of program.body) {
    if (statement.type === 'ExportNamedDeclaration' && statement.declaration?.type === 'FunctionDeclaration' && isName(statement.declaration.id)) return true;
    // Case: `var Daemon = module.exports = function (opts) { … }`
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        if (isName(declarator.id) && declarator.init?.type === 'AssignmentExpression' && isCommonJsExportTarget(declarator.init.left)) return true;
      }
    }
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
    const { left, right } = statement.expression;
    // Case: `module.exports = Daemon`, `exports.Daemon = Daemon`, `module.exports.Daemon = Daemon`
    if (isName(right) && isCommonJsExportTarget(left)) return true;
    // Case: `module.exports = { Daemon }`, `module.exports = { Daemon: Daemon }`
    if (right.type === 'ObjectExpression' && isCommonJsExports(left) && right.properties.some((property) => property.type === 'ObjectProperty' && isName(property.value))) return true;
  }
  return false;
}

/** Every mention of `.name` in the file is a call the module comment allows (`defined` is the method itself). */
function isRunFromMethodsOnly(program: NodePath, constructorName: string, name: string, defined: Node, depth: number, seen: Set<Node>): boolean {
  if (seen.has(defined)) return true;
  seen.add(defined);
  let allowed = true;
  forEachDescendant(program, (path) => {
    if (!allowed) return false;
    const node = path.node;
    if (node.type === 'StringLiteral' && node.value === name) allowed = false;
    else if (node.type === 'Identifier' && node.name === name && path.key !== 'property' && path.key !== 'key') allowed = false;
    else if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed && node.property.type === 'Identifier' && node.property.name === name) {
      // The definition, `X.prototype.name = function …`
      if (path.parent?.type === 'AssignmentExpression' && path.key === 'left' && path.parent.right === defined) return undefined;
      // Case: `cmd.start` of `cmd = { start: 'Profiler.start', … }`: a field of an object literal, no instance
      if (isObjectLiteralVariable(path, node.object)) return undefined;
      allowed = isAllowedCall(program, path, constructorName, depth, seen);
    }
    return undefined;
  });
  return allowed;
}

function isAllowedCall(program: NodePath, member: NodePath, constructorName: string, depth: number, seen: Set<Node>): boolean {
  const call = member.parentPath;
  if (!call || (call.node.type !== 'CallExpression' && call.node.type !== 'OptionalCallExpression') || member.key !== 'callee') return false;
  // Case: `daemon.start()` at module top level (also in a top-level `if`), once
  if (!call.findParent((parent) => isFunctionNode(parent.node) || isLoopType(parent.node.type))) return true;
  const caller = findMethodRunOnceFrom(call);
  const method = caller ? getPrototypeMethod(caller) : null;
  if (!caller || !method || method.constructorName !== constructorName || !isThisOf(member, (member.node as { object: Node }).object, caller)) return false;
  return depth + 1 < MAX_DEPTH && isRunFromMethodsOnly(program, constructorName, method.name, caller.node, depth + 1, seen);
}

/** `object` is the `this` of the method `caller`: `this` through arrows only, or a name bound once to it there (`var that = this`). */
function isThisOf(at: NodePath, object: Node, caller: NodePath): boolean {
  if (object.type === 'ThisExpression') {
    for (let current = at.parentPath; current; current = current.parentPath) {
      if (current.node === caller.node) return true;
      if (isFunctionNode(current.node) && current.node.type !== 'ArrowFunctionExpression') return false;
    }
    return false;
  }
  if (object.type !== 'Identifier') return false;
  const binding = findBinding(at, object.name);
  const declaration = binding?.declaration;
  if (!binding || (binding.scope !== caller.node && binding.scope !== (caller.node as { body: Node }).body) || declaration?.type !== 'VariableDeclarator' || declaration.init?.type !== 'ThisExpression') return false;
  return binding.kind === 'const' || !isReassigned(binding, at);
}

/**
 * `object` is a variable that only ever holds object literals the file writes (`var cmd;` … `cmd =
 * { start: 'Profiler.start' }`): reading a field of it runs no method of an instance.
 */
function isObjectLiteralVariable(at: NodePath, object: Node): boolean {
  if (object.type !== 'Identifier') return false;
  const binding = findBinding(at, object.name);
  const declaration = binding?.declaration;
  if (!binding || (binding.kind !== 'const' && binding.kind !== 'let' && binding.kind !== 'var') || declaration?.type !== 'VariableDeclarator' || declaration.id.type !== 'Identifier') return false;
  if (declaration.init && declaration.init.type !== 'ObjectExpression') return false;
  // Not `for (const t of list)`: a declarator with no value of its own gets one from the loop, unless the code assigns it literals
  let onlyLiterals = true;
  let assigned = declaration.init !== null && declaration.init !== undefined;
  const scope = findAncestorPath(at, binding.scope);
  if (!scope) return false;
  forEachDescendant(scope, (path) => {
    if (!onlyLiterals) return false;
    const node = path.node;
    if (node.type === 'AssignmentExpression' && node.left.type === 'Identifier' && node.left.name === object.name && findBinding(path, object.name) === binding) {
      onlyLiterals = node.operator === '=' && node.right.type === 'ObjectExpression';
      assigned = true;
    } else if (node.type === 'UpdateExpression' && node.argument.type === 'Identifier' && node.argument.name === object.name) onlyLiterals = false;
    return undefined;
  });
  return onlyLiterals && assigned;
}
