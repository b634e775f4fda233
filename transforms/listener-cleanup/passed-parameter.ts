/**
 * The values a parameter of a local function is handed: `h` of `const cleanup = (h) => {
 * window.removeEventListener('message', h); … }` is, at every call, the argument written at its
 * position (`cleanup(handler)` in the success, error and cancel paths of a login popup). When the
 * function is only ever called — never passed on, stored or returned, where an unseen caller
 * could hand it something else — those arguments are all the parameter can be, and a removal
 * through it removes what every call passes.
 *
 * So is a parameter of a class's private method (`private removeSwipeListeners(onStart,
 * onMove)`, or a `#method`) that the class only calls, `this.removeSwipeListeners(onTouchStart,
 * onTouchMove)`, and never reads otherwise: nothing outside the class can call it (PeerTube's
 * screen service removes its swipe listeners this way).
 */
import type { ClassMethod, ClassPrivateMethod, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findAncestorPath } from '../../src/core/node-helpers';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';

/** The argument paths passed for parameter `binding` by every call of its function; `null` when the function escapes, is never called, or a call passes none. */
export function getPassedArguments(binding: Binding, at: NodePath): NodePath[] | null {
  if (binding.kind !== 'param') return null;
  const fn = binding.declaration;
  if (fn.type === 'ClassMethod' || fn.type === 'ClassPrivateMethod') return getPrivateMethodArguments(fn, binding, at);
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') return null;
  const index = fn.params.indexOf(binding.identifier);
  if (index < 0) return null;
  const fnPath = findAncestorPath(at, fn);
  const name = getFunctionBinding(fn, fnPath);
  if (!fnPath || !name) return null;
  const references = findBindingReferences(fnPath, name);
  if (references.length === 0) return null;
  return getCallArguments(references, index);
}

/** The argument at `index` of every call whose callee is one of `references`; null when one is not such a call. */
function getCallArguments(references: readonly NodePath[], index: number): NodePath[] | null {
  const passed: NodePath[] = [];
  for (const reference of references) {
    const call = reference.parentPath;
    // Case: anything but a plain call (`onClose = cleanup`, `return cleanup`): an unseen caller may pass another value
    if (!call || (call.node.type !== 'CallExpression' && call.node.type !== 'OptionalCallExpression') || call.node.callee !== reference.node) return null;
    const argument = call.node.arguments[index];
    if (!argument || argument.type === 'SpreadElement' || call.node.arguments.slice(0, index).some((each) => each.type === 'SpreadElement')) return null;
    passed.push(call.child(argument as Node, 'arguments', index));
  }
  return passed;
}

/** A private instance method's name (`private remove(…)`, `#remove(…)`); null for any other method. */
function getPrivateMethodName(fn: ClassMethod | ClassPrivateMethod): string | null {
  if (fn.kind !== 'method' || fn.static || fn.computed) return null;
  if (fn.type === 'ClassPrivateMethod') return fn.key.id.name;
  return fn.accessibility === 'private' && fn.key.type === 'Identifier' ? fn.key.name : null;
}

/** `this.remove` / `this.#remove` read in the class of `fn` (the same instance). */
function isOwnMethodRead(path: NodePath, name: string, fn: Node): boolean {
  const node = path.node;
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed || node.object.type !== 'ThisExpression') return false;
  const property = node.property;
  const read = property.type === 'PrivateName' ? property.id.name : property.type === 'Identifier' ? property.name : null;
  if (read !== name || (property.type === 'PrivateName') !== (fn.type === 'ClassPrivateMethod')) return false;
  const owner = resolveThisClass(path.child(node.object, 'object'));
  return owner !== null && owner.classPath.node.body.body.includes(fn as never);
}

function getPrivateMethodArguments(fn: ClassMethod | ClassPrivateMethod, binding: Binding, at: NodePath): NodePath[] | null {
  const name = getPrivateMethodName(fn);
  const index = fn.params.indexOf(binding.identifier);
  if (name === null || index < 0) return null;
  const body = findAncestorPath(at, fn)?.parentPath;
  if (!body || body.node.type !== 'ClassBody') return null;
  const references: NodePath[] = [];
  forEachDescendant(body, (path) => {
    if (isOwnMethodRead(path, name, fn)) references.push(path);
  });
  if (references.length === 0) return null;
  return getCallArguments(references, index);
}

/** The `const` or function declaration that names `fn` (`const cleanup = (h) => …`, `function cleanup(h) {…}`). */
function getFunctionBinding(fn: Node, fnPath: NodePath | null): Binding | null {
  if (!fnPath) return null;
  if (fn.type === 'FunctionDeclaration') return fn.id && fnPath.parentPath ? findBinding(fnPath.parentPath, fn.id.name) : null;
  const declarator = fnPath.parentPath;
  if (declarator?.node.type !== 'VariableDeclarator' || declarator.node.init !== fn || declarator.node.id.type !== 'Identifier') return null;
  const binding = findBinding(declarator, declarator.node.id.name);
  return binding?.kind === 'const' ? binding : null;
}
