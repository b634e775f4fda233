/**
 * Whether code of a class runs a fixed number of times per instance, while the instance is set
 * up: in one of its set-up members (`constructor`, `ngOnInit`, …), directly or through
 *
 * - callbacks that run at most once for the call that takes them (`config.ready$.toPromise()
 *   .then(() => …)`, `setTimeout(() => …)`: run-once-callback.ts), themselves called once;
 * - a local function that is only called, directly, from such code (tabby's `registerEvent(…)`,
 *   called once per event type from the `.then` callback of `HotkeysService`'s constructor);
 * - a private method only called, directly, from such code (`setTimeout(() => this.init())`),
 *   a few calls deep;
 *
 * with no loop in between. A callback that runs on every event (`subscribe(() => …)`,
 * `on('x', () => …)`) is none of these. What a root-provided Angular service sets up this way
 * lives as long as the application (process-lifetime.ts).
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { isValueWrapper, isLoopType } from '../../core/node-helpers';
import { findBindingReferences } from '../syntax/binding-references';
import { forEachDescendant } from '../syntax/descendants';
import { getPropertyName } from '../syntax/expressions';
import { isRunOnceCallback } from '../syntax/run-once-callback';
import { findBinding, isFunctionNode } from '../syntax/scope';
import { getClassMemberName } from '../syntax/class-member-name';

/** How many private methods deep a set-up member may reach the code. */
const MAX_DEPTH = 3;

/** Parts of a loop that run once: a `for`'s `init`, the iterated value of `for…of` / `for…in`. */
function runsEachRound(loop: Node, key: string | null): boolean {
  if (loop.type === 'ForStatement') return key !== 'init';
  if (loop.type === 'ForOfStatement' || loop.type === 'ForInStatement') return key !== 'right';
  return true;
}

/** `path` runs once each time the function `fn` (an ancestor) runs: no loop and no other function in between. */
function runsOnceIn(path: NodePath, fn: NodePath): boolean {
  let previous = path;
  for (let current = path.parentPath; current; previous = current, current = current.parentPath) {
    if (current.node === fn.node) return true;
    if (isLoopType(current.node.type) && runsEachRound(current.node, previous.key)) return false;
    if (isFunctionNode(current.node)) return false;
  }
  return false;
}

/** The function or class method that encloses `path` (not `path` itself). */
function getEnclosingFunction(path: NodePath): NodePath | null {
  for (let current = path.parentPath; current; current = current.parentPath) if (isFunctionNode(current.node)) return current;
  return null;
}

/** The name a local function is called by: `function f() {}`, `const f = () => {}`. */
function getLocalFunctionName(fn: NodePath): { name: string; at: NodePath } | null {
  const node = fn.node;
  if (node.type === 'FunctionDeclaration' && node.id) return { name: node.id.name, at: fn };
  const parent = fn.parentPath;
  if ((node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') && parent?.node.type === 'VariableDeclarator' && fn.key === 'init' && parent.node.id.type === 'Identifier') {
    return { name: parent.node.id.name, at: parent };
  }
  return null;
}

/** `fn`, a function inside `outer`, runs a fixed number of times each time `outer` runs. */
function runsFixedTimesPerRunOf(fn: NodePath, outer: NodePath): boolean {
  // Case: `promise.then(() => …)`, `setTimeout(() => …)`, called once in `outer`
  if (isRunOnceCallback(fn)) {
    let argument = fn;
    while (argument.parentPath && isValueWrapper(argument.parentPath.node)) argument = argument.parentPath;
    return argument.parentPath !== null && runsOnceIn(argument.parentPath, outer);
  }
  // Case: `const registerEvent = (type) => {…}` ... `registerEvent('keydown'); registerEvent('keyup')`
  const local = getLocalFunctionName(fn);
  const binding = local ? findBinding(local.at, local.name) : null;
  if (!binding || (binding.kind !== 'const' && binding.kind !== 'function')) return false;
  const references = findBindingReferences(local!.at, binding);
  return references.length > 0 && references.every((reference) => reference.key === 'callee' && reference.parentPath?.node.type === 'CallExpression' && runsOnceIn(reference.parentPath, outer));
}

/** A private instance method (`private m() {}`, `#m() {}`): only its class's `this.m()` reaches it. */
export function isPrivateMethod(member: Node): boolean {
  if (member.type === 'ClassPrivateMethod') return true;
  return member.type === 'ClassMethod' && member.kind === 'method' && !member.static && member.accessibility === 'private';
}

/** Every `this.<name>` in the class, when each is the callee of a call; `null` when one is not. */
export function findMethodCalls(classPath: NodePath<Class>, name: string): NodePath[] | null {
  const calls: NodePath[] = [];
  let other = false;
  forEachDescendant(classPath, (path) => {
    if (other) return false;
    const node = path.node;
    if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.object.type !== 'ThisExpression') return undefined;
    const property = node.property.type === 'PrivateName' ? `#${node.property.id.name}` : getPropertyName(node);
    if (property !== name) return undefined;
    if (path.key === 'callee' && (path.parentPath?.node.type === 'CallExpression' || path.parentPath?.node.type === 'OptionalCallExpression')) calls.push(path.parentPath);
    else other = true;
    return undefined;
  });
  return other ? null : calls;
}

function isSetUpOnceAt(path: NodePath, classPath: NodePath<Class>, setUpMembers: ReadonlySet<string>, depth: number): boolean {
  let inner = path;
  for (let fn = getEnclosingFunction(path); fn; inner = fn, fn = getEnclosingFunction(fn)) {
    if (inner === path ? !runsOnceIn(path, fn) : !runsFixedTimesPerRunOf(inner, fn)) return false;
    // Case: a method of the class (not of a class nested in it)
    if ((fn.node.type === 'ClassMethod' || fn.node.type === 'ClassPrivateMethod') && fn.parentPath?.parentPath?.node === classPath.node) {
      const name = getClassMemberName(fn.node);
      if (name !== null && setUpMembers.has(name)) return true;
      // Case: `private async init() { … }` called from `setTimeout(() => this.init())` in the constructor
      if (depth >= MAX_DEPTH || name === null || !isPrivateMethod(fn.node)) return false;
      const calls = findMethodCalls(classPath, name);
      return calls !== null && calls.length > 0 && calls.every((call) => isSetUpOnceAt(call, classPath, setUpMembers, depth + 1));
    }
  }
  return false;
}

/** `path` (an acquisition) runs a fixed number of times per instance of `classPath`, while it is set up by `setUpMembers`. */
export function isSetUpOnce(path: NodePath, classPath: NodePath<Class>, setUpMembers: ReadonlySet<string>): boolean {
  return isSetUpOnceAt(path, classPath, setUpMembers, 0);
}
