/**
 * What the code does with a kept handle, everywhere the handle can be reached: is it released
 * (`clearInterval(id)`, `observer.disconnect()`, `unsubscribe()`), made process-lifetime
 * (`id.unref()`), or handed somewhere this analysis cannot follow (returned, passed to a
 * function, stored in another variable or a collection)?
 *
 * "Reached" means: for a variable, every reference to the same binding in the binding's scope
 * (inside callbacks and event handlers too, e.g. `this.on('end', () => clearInterval(timer))`
 * or the interval's own callback); for `this.x`, every `this.x` of the same class instance
 * (or object literal: a Vue options component's `mounted()` and `beforeUnmount()`; or prototype:
 * `Proto.attachedCallback = function…` and `Proto.detachedCallback = function…`), and the
 * local of a `const { x } = this` in one of its methods;
 * for `ref.current`, every `ref.current` of the same `ref` binding (also `x.current` in a
 * `for (const x of [ref, other])` loop that lists it); for `player._timer` on a
 * parameter, also `p._timer` on a parameter of the functions declared beside the function
 * (`startTimer(player)` / `stopTimer(player)`). A release counts only when
 * its argument (or object) is provably that same handle.
 */
import type { ClassDeclaration, ClassExpression, Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../core/traverse';
import { getMemberHandle, getValuePath, type MemberHandle } from './acquisition-handle';
import { getPairedHookFunctions, isSameHookElement } from '../lifecycle/mount-hook-element';
import { findDescendantPath, forEachDescendant } from '../syntax/descendants';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference } from '../syntax/module-reference';
import { resolvePlatformFunction } from './platform-function';
import type { ReleaseSpec } from './catalog';
import { findBinding, isFunctionNode, type Binding } from '../syntax/scope';
import { resolveThisClass } from '../syntax/this-class';
import { resolveThisObject } from '../syntax/this-object';
import { isSamePrototype, resolveThisPrototype } from '../syntax/this-prototype';
import { findAncestorPath, findProgramPath } from '../../core/node-helpers';
import { getSiblingFunctionsScope } from '../syntax/sibling-functions';

export type KeptHandle = { kind: 'variable'; binding: Binding } | { kind: 'member'; member: MemberHandle };

export interface HandleUsage {
  /** Some release of the handle exists where the handle is reachable. */
  released: boolean;
  /** `.unref()` is called on the handle: it lives as long as the process, by intent. */
  unref: boolean;
  /** The handle is returned, passed or stored elsewhere: someone else may release it. */
  escapes: boolean;
}

/** The release is a call that receives the handle: `clearInterval(id)`. */
function isReleaseCall(call: NodePath, release: ReleaseSpec): boolean {
  if (release.type !== 'function-with-handle') return false;
  const node = call.node;
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  return resolvePlatformFunction(call, node.callee, new Set(release.names), release.modules) !== null;
}

/** How one reference to the handle is used. */
function classifyReference(reference: NodePath, release: ReleaseSpec, usage: HandleUsage): void {
  const value = getValuePath(reference);
  const parentPath = value.parentPath;
  if (!parentPath) return;
  const parent = parentPath.node;
  switch (parent.type) {
    // Case: `clearInterval(id)` (release) or `register(id)` (escapes)
    case 'CallExpression':
    case 'OptionalCallExpression':
      if (value.key === 'arguments') {
        if (value.index === 0 && isReleaseCall(parentPath, release)) usage.released = true;
        // Case: `console.log('started', id)` only reads it.
        else if (!isConsoleCall(parent.callee)) usage.escapes = true;
      } else if (value.key === 'callee' && release.type === 'handle-method-or-call') {
        // Case: `unsubscribe()`
        usage.released = true;
      }
      return;
    // Case: `id.unref()`, `observer.disconnect()`
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      if (value.key !== 'object') return;
      const name = getPropertyName(parent);
      const isCallee = parentPath.key === 'callee' && (parentPath.parent?.type === 'CallExpression' || parentPath.parent?.type === 'OptionalCallExpression');
      if (!isCallee || name === null) return;
      if (name === 'unref') usage.unref = true;
      if ((release.type === 'handle-method' || release.type === 'handle-method-or-call') && release.names.includes(name)) usage.released = true;
      return;
    }
    // Case: `cleanup(a || id)`, `x = ready ? id : null`: the value flows on.
    case 'LogicalExpression':
    case 'SequenceExpression':
      classifyReference(parentPath, release, usage);
      return;
    case 'ConditionalExpression':
      if (value.key !== 'test') classifyReference(parentPath, release, usage);
      return;
    // Case: `this.timer = null`, `id = undefined` (the handle is overwritten, not handed on)
    case 'AssignmentExpression':
      if (value.key === 'right') usage.escapes = true;
      return;
    // Case: `return id`, `[id]`, `{ id }`, `...ids`, `const other = id`, `<Timer id={id} />`
    case 'ReturnStatement':
    case 'ArrayExpression':
    case 'SpreadElement':
    case 'NewExpression':
    case 'YieldExpression':
    case 'JSXExpressionContainer':
      usage.escapes = true;
      return;
    case 'ObjectProperty':
      if (value.key === 'value') usage.escapes = true;
      return;
    case 'VariableDeclarator':
      if (value.key === 'init') usage.escapes = true;
      return;
    case 'ArrowFunctionExpression':
      if (value.key === 'body') usage.escapes = true;
      return;
    case 'ClassProperty':
    case 'ClassPrivateProperty':
      if (value.key === 'value') usage.escapes = true;
      return;
    default:
      return;
  }
}

function isConsoleCall(callee: Node): boolean {
  return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && callee.object.type === 'Identifier' && callee.object.name === 'console';
}

function isSameMember(a: MemberHandle, b: MemberHandle): boolean {
  if (a.properties.length !== b.properties.length || a.properties.some((name, i) => name !== b.properties[i])) return false;
  return a.root === 'this' ? b.root === 'this' : a.root === b.root;
}

export interface HandleUsageOptions {
  /**
   * The acquisition starts work at once (a timer is scheduled when it is made; an
   * `AbortController` or an observer holds nothing yet): a release right before the same code
   * sets the handle again only ends the previous one, so it is no release (isClearBeforeReset).
   */
  liveFromStart?: boolean;
}

/**
 * How `handle` is used. `at` is a path inside the handle's reach (the acquisition): the walk
 * starts from the binding's scope, or from the class for `this.x`.
 */
export function resolveHandleUsage(handle: KeptHandle, at: NodePath, release: ReleaseSpec, options: HandleUsageOptions = {}): HandleUsage {
  const usage: HandleUsage = { released: false, unref: false, escapes: false };
  const classify = (reference: NodePath): void =>
    options.liveFromStart ? classifyUnlessClearBeforeReset(reference, at, release, usage) : classifyReference(reference, release, usage);
  if (handle.kind === 'variable') {
    const scopePath = findAncestorPath(at, handle.binding.scope);
    if (!scopePath) return usage;
    const name = handle.binding.name;
    forEachDescendant(scopePath, (path) => {
      const node = path.node;
      if (node.type !== 'Identifier' || node.name !== name || !isValueReference(path)) return;
      if (findBinding(path, name) !== handle.binding) return;
      classify(path);
    });
    return usage;
  }
  const member = handle.member;
  let rootPath: NodePath | null;
  // Case: `Proto.attachedCallback = function () { this.timer = setInterval(…) }`: every method of `Proto`
  const prototype = member.root === 'this' && !resolveThisOwner(at) ? resolveThisPrototype(at) : null;
  if (prototype) {
    rootPath = findProgramPath(at);
  } else if (member.root === 'this') {
    rootPath = resolveThisOwner(at);
  } else {
    rootPath = findAncestorPath(at, member.root.scope);
  }
  if (!rootPath) return usage;
  const thisOwner = member.root === 'this' ? rootPath.node : null;
  // Case: `el._timer = setInterval(…)` in `onmount: (el) => …`, cleared in `onunmount: (el) => …`
  const root = member.root;
  const pairedHooks = root !== 'this' ? getPairedHookFunctions(root, at) : [];
  // Case: `function start(player) { player._progressInterval = setInterval(…) }` and
  // `function stop(player) { clearInterval(player._progressInterval) }` side by side: the object
  // handed to both functions carries the handle from one to the other.
  const siblingScope = root !== 'this' && root.kind === 'param' ? getSiblingFunctionsScope(root, at) : null;
  // Case: `static stop() { const instance = TelemetryClient.instance; clearInterval(instance.heartbeatInterval) }`: another instance of the same class.
  const classPath = thisOwner && !prototype && (rootPath.node.type === 'ClassDeclaration' || rootPath.node.type === 'ClassExpression') ? rootPath : null;
  // Case: `for (const ref of [windowCheckRef, pollRef]) clearInterval(ref.current)`: the loop variable stands for each root listed
  const loopAliases = root !== 'this' ? findLoopAliases(rootPath, root) : [];
  const isSameRoot = (candidate: MemberHandle, path: NodePath): boolean =>
    isSameMember(candidate, member) ||
    (root !== 'this' && candidate.root !== 'this' && loopAliases.includes(candidate.root) && isSameMember({ ...candidate, root }, member)) ||
    (classPath !== null && candidate.root !== 'this' && isSameMember({ ...candidate, root: 'this' }, member) && isInstanceOfClass(candidate.root, classPath)) ||
    (root !== 'this' && candidate.root !== 'this' && pairedHooks.length > 0 && isSameMember({ ...candidate, root }, member) && isSameHookElement(root, at, candidate.root, path)) ||
    (siblingScope !== null && candidate.root !== 'this' && candidate.root.kind === 'param' && isSameMember({ ...candidate, root }, member));
  for (const searched of [siblingScope ?? rootPath, ...pairedHooks]) forEachDescendant(searched, (path) => {
    const node = path.node;
    // Case: `const { retryTimeout } = this; clearTimeout(retryTimeout)` (ntfy's Connection.close())
    if (thisOwner && !prototype && node.type === 'VariableDeclarator') {
      const local = destructuredThisLocal(path, member, thisOwner);
      if (local) classifyLocalReferences(path, local, release, usage);
      return;
    }
    if (isVueUnwrapOf(path, member)) {
      classifyReference(path, release, usage);
      return false;
    }
    if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return;
    const candidate = getMemberHandle(path, node);
    if (!candidate || !isSameRoot(candidate, path)) return;
    if (thisOwner && !prototype && candidate.root === 'this' && resolveThisOwner(path)?.node !== thisOwner) return;
    if (prototype) {
      const other = resolveThisOwner(path) ? null : resolveThisPrototype(path);
      if (!other || !isSamePrototype(other, prototype)) return;
    }
    classify(path);
    // `this.a.b` contains `this.a`: the longer chain was the reference.
    return false;
  });
  if (!usage.released && root !== 'this' && root.scope.type !== 'Program' && isReleasedOnRecords(member, at, release)) usage.released = true;
  if (!usage.released && root === 'this' && !prototype && isReleasedOverKeys(member, at, release)) usage.released = true;
  if (!usage.released && root !== 'this' && isReleasedThroughHelper(rootPath, member, options.liveFromStart ? at : null, release)) usage.released = true;
  return usage;
}

/**
 * `classifyReference`, except that a release that only clears the previous handle right before
 * the same code sets it again (`clearTimeout(ref.current); ref.current = setTimeout(…)`) is no
 * release: it never ends the handle set last (isClearBeforeReset).
 */
function classifyUnlessClearBeforeReset(reference: NodePath, at: NodePath, release: ReleaseSpec, usage: HandleUsage): void {
  const found: HandleUsage = { released: false, unref: false, escapes: false };
  classifyReference(reference, release, found);
  if (found.released && !isClearBeforeReset(reference, at)) usage.released = true;
  if (found.unref) usage.unref = true;
  if (found.escapes) usage.escapes = true;
}


/**
 * Case: `clearTimeout(ref.current); ref.current = setTimeout(…)`, `if (id) clearInterval(id); id =
 * setInterval(…)`, `clearTimeoutRef(timeoutRef); …; timeoutRef.current = setTimeout(…)`: the
 * release at `release` is a statement (or the only work of an `if` without `else`: no `return`, no
 * `throw`) of a statement list in which a later statement sets the handle (`at`, the
 * acquisition, not inside a function of its own). It runs only on the way to a new handle, so it
 * ends the one before, never the one set last: not the owner's end. A release in a callback, a
 * cleanup, another method, or one that returns after it (`if (!on) { clearTimeout(t); return; }`)
 * still counts, and so does one before a set on some paths only (`clearTimeout(this.t); if (on)
 * this.t = setTimeout(…)`) or with a `return` / `throw` / `break` between them: then the clear
 * also ends the handle set last.
 */
function isClearBeforeReset(release: NodePath, at: NodePath): boolean {
  let statement: NodePath | null = release;
  while (statement && !statement.node.type.endsWith('Statement')) {
    if (isFunctionNode(statement.node)) return false;
    statement = statement.parentPath;
  }
  if (!statement || statement.node.type !== 'ExpressionStatement') return false;
  // `if (ref.current) { clearTimeout(ref.current); ref.current = null; }`: the `if` is the statement
  for (;;) {
    const parent: NodePath | null = statement.parentPath;
    if (!parent) return false;
    if (parent.node.type === 'BlockStatement' && parent.parentPath?.node.type === 'IfStatement' && parent.node.body.every((s) => s.type === 'ExpressionStatement')) {
      statement = parent;
      continue;
    }
    if (parent.node.type === 'IfStatement' && statement.key === 'consequent' && !parent.node.alternate) {
      statement = parent;
      continue;
    }
    break;
  }
  const list = statement.container;
  if (!list || statement.index === null || (statement.key !== 'body' && statement.key !== 'consequent')) return false;
  for (let current: NodePath | null = at; current; current = current.parentPath) {
    // Not a set on some paths only (`clearTimeout(this.t); if (on) this.t = setTimeout(…)`): when it is skipped, the clear ended the last handle.
    if (CONDITIONAL_TYPES.has(current.node.type) && current !== at) return false;
    if (current.parentPath?.node === statement.parentPath?.node && current.key === statement.key) {
      if (current.index === null || current.index <= statement.index) return false;
      // Not when the code may leave between them (`clearTimeout(t); if (stopped) return; t = setTimeout(…)`): the clear is then a stop path too.
      for (let i = statement.index + 1; i < current.index; i++) if (mayLeave((list as Node[])[i]!)) return false;
      return true;
    }
    if (isFunctionNode(current.node)) return false;
  }
  return false;
}

const CONDITIONAL_TYPES = new Set(['IfStatement', 'ConditionalExpression', 'LogicalExpression', 'SwitchStatement', 'TryStatement', 'WhileStatement', 'DoWhileStatement', 'ForStatement', 'ForInStatement', 'ForOfStatement']);

/** A `return`, `throw`, `break` or `continue` in `statement`, outside functions of its own. */
function mayLeave(statement: Node): boolean {
  let found = false;
  forEachNode(statement, (node) => {
    if (found || (node !== statement && isFunctionNode(node))) return false;
    if (node.type === 'ReturnStatement' || node.type === 'ThrowStatement' || node.type === 'BreakStatement' || node.type === 'ContinueStatement') found = true;
    return found ? false : undefined;
  });
  return found;
}

/**
 * Case: `function clearTimeoutRef(ref) { if (ref.current != null) clearTimeout(ref.current); }` and
 * `clearTimeoutRef(timeoutRef)` where `timeoutRef.current` holds the handle: a function of the
 * file (a declaration, or a `const` holding a function) handed the handle's root releases the same
 * member of its parameter. Only a plain parameter at that position, never reassigned in the helper;
 * and, for a handle live from the start (`at` given: the acquisition), not a call that only clears
 * the previous handle before the handle is set again (`clearTimeoutRef(timeoutRef);
 * timeoutRef.current = setTimeout(…)`, isClearBeforeReset).
 */
function isReleasedThroughHelper(rootPath: NodePath, member: MemberHandle, at: NodePath | null, release: ReleaseSpec): boolean {
  const root = member.root;
  if (root === 'this') return false;
  const program = findProgramPath(rootPath);
  if (!program) return false;
  let released = false;
  forEachDescendant(rootPath, (path) => {
    if (released) return false;
    const node = path.node;
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return;
    const index = node.arguments.findIndex((argument) => argument.type === 'Identifier' && argument.name === root.name && findBinding(path, argument.name) === root);
    if (index < 0) return;
    // Not a call that only clears the previous handle before the handle is set again (a live-from-start handle)
    if (at && isClearBeforeReset(path, at)) return;
    const helper = findBinding(path, node.callee.name);
    const declaration = helper?.declaration;
    const fn = declaration?.type === 'FunctionDeclaration' ? declaration : declaration?.type === 'VariableDeclarator' && helper?.kind === 'const' && declaration.init && (declaration.init.type === 'ArrowFunctionExpression' || declaration.init.type === 'FunctionExpression') ? declaration.init : null;
    const param = fn?.params[index];
    if (!fn || param?.type !== 'Identifier') return;
    const fnPath = findDescendantPath(program, fn);
    if (!fnPath) return;
    const helperUsage: HandleUsage = { released: false, unref: false, escapes: false };
    forEachDescendant(fnPath, (inner) => {
      const value = inner.node;
      if (value.type !== 'MemberExpression' && value.type !== 'OptionalMemberExpression') return;
      const candidate = getMemberHandle(inner, value);
      if (!candidate || candidate.root === 'this' || candidate.root.declaration !== fn || candidate.root.name !== param.name) return;
      if (!isSameMember({ ...candidate, root }, member)) return;
      classifyReference(inner, release, helperUsage);
      return false;
    });
    if (helperUsage.released) released = true;
  });
  return released;
}

/**
 * Case: `this.timers.search = setTimeout(…)` in a method, and in the class a release of every
 * entry of the object that holds it — `Object.keys(this.timers).forEach((k) => clearTimeout(this.timers[k]))`,
 * `for (const k of Object.keys(this.timers)) …`, `for (const k in this.timers) …`: this entry is
 * one of them. Only a release counts (the entry read as `this.timers[k]`, `k` a key of that same
 * object); a loop over another object's keys releases nothing of this one.
 */
function isReleasedOverKeys(member: MemberHandle, at: NodePath, release: ReleaseSpec): boolean {
  if (member.root !== 'this' || member.properties.length < 2) return false;
  const container = member.properties.slice(0, -1);
  const classPath = resolveThisClass(at)?.classPath;
  if (!classPath) return false;
  const isContainer = (node: Node | null | undefined, path: NodePath): boolean => {
    if (!node) return false;
    const value = unwrapExpression(node);
    if (value.type !== 'MemberExpression' && value.type !== 'OptionalMemberExpression') return false;
    const handle = getMemberHandle(path, value);
    return handle !== null && handle.root === 'this' && handle.properties.length === container.length && handle.properties.every((name, i) => name === container[i]);
  };
  // `Object.keys(<container>)`
  const isKeysOfContainer = (node: Node | null | undefined, path: NodePath): boolean => {
    if (!node) return false;
    const call = unwrapExpression(node);
    if (call.type !== 'CallExpression' || call.arguments.length !== 1) return false;
    const callee = unwrapExpression(call.callee as Node);
    if (callee.type !== 'MemberExpression' || callee.computed || getPropertyName(callee) !== 'keys' || callee.object.type !== 'Identifier' || callee.object.name !== 'Object' || findBinding(path, 'Object')) return false;
    return isContainer(call.arguments[0] as Node, path);
  };
  const found: HandleUsage = { released: false, unref: false, escapes: false };
  forEachDescendant(classPath, (path) => {
    if (found.released) return false;
    const node = path.node;
    if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || !node.computed || !isContainer(node.object, path)) return;
    const key = unwrapExpression(node.property as Node);
    if (key.type !== 'Identifier') return;
    const binding = findBinding(path, key.name);
    if (!binding) return;
    // The key's binding is the parameter of `Object.keys(<container>).forEach((k) => …)`, or the variable of a `for…of` / `for…in` loop over it.
    let keyOfContainer = false;
    for (let current: NodePath | null = path.parentPath; current && !keyOfContainer; current = current.parentPath) {
      const ancestor = current.node;
      if (ancestor === binding.declaration && binding.kind === 'param' && current.parentPath) {
        const call = current.parentPath.node;
        const callee = call.type === 'CallExpression' && call.arguments[0] === ancestor ? unwrapExpression(call.callee as Node) : null;
        keyOfContainer = !!callee && callee.type === 'MemberExpression' && !callee.computed && getPropertyName(callee) === 'forEach' && isKeysOfContainer(callee.object, current) && (ancestor as { params: Node[] }).params[0] === binding.identifier;
        break;
      }
      if ((ancestor.type === 'ForOfStatement' || ancestor.type === 'ForInStatement') && ancestor.left.type === 'VariableDeclaration' && ancestor.left.declarations.some((declarator) => declarator === binding.declaration)) {
        keyOfContainer = ancestor.type === 'ForOfStatement' ? isKeysOfContainer(ancestor.right, current) : isContainer(ancestor.right, current);
        break;
      }
    }
    if (keyOfContainer) classifyReference(path, release, found);
    return false;
  });
  return found.released;
}

/**
 * `const { x } = this` (also `{ x: local }`) in a function whose `this` is `thisOwner`, for the
 * handle `this.x`: the local that holds it. A default (`{ x = null }`), a rest or a nested
 * pattern is not followed.
 */
function destructuredThisLocal(path: NodePath, member: MemberHandle, thisOwner: Node): Binding | null {
  const declarator = path.node;
  if (declarator.type !== 'VariableDeclarator' || declarator.id.type !== 'ObjectPattern' || !declarator.init) return null;
  if (member.properties.length !== 1 || unwrapExpression(declarator.init).type !== 'ThisExpression') return null;
  if (resolveThisOwner(path)?.node !== thisOwner) return null;
  for (const property of declarator.id.properties) {
    if (property.type !== 'ObjectProperty' || property.computed || property.value.type !== 'Identifier') continue;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    if (key !== member.properties[0]) continue;
    const binding = findBinding(path, property.value.name);
    return binding?.kind === 'const' && binding.identifier === property.value ? binding : null;
  }
  return null;
}

/** Classifies every reference to `binding` in its scope (the variable case of `resolveHandleUsage`). */
function classifyLocalReferences(at: NodePath, binding: Binding, release: ReleaseSpec, usage: HandleUsage): void {
  const scopePath = findAncestorPath(at, binding.scope);
  if (!scopePath) return;
  forEachDescendant(scopePath, (path) => {
    const node = path.node;
    // The declaring `{ retryTimeout }` itself is not a use
    if (node.type !== 'Identifier' || node === binding.identifier || node.name !== binding.name || !isValueReference(path)) return;
    if (findBinding(path, binding.name) !== binding) return;
    classifyReference(path, release, usage);
  });
}

/**
 * The variables of `for (const x of [a, b])` loops in `scope` whose listed roots include `root`:
 * each `x.current` in the loop reads `root.current` in one round (lobe-chat's OAuth hook clears
 * both polling intervals with `for (const ref of [windowCheckIntervalRef, pollIntervalRef])`).
 * Only an array literal of plain names: anything else may hold other objects.
 */
function findLoopAliases(scope: NodePath, root: Binding): Binding[] {
  const aliases: Binding[] = [];
  forEachDescendant(scope, (path) => {
    const node = path.node;
    if (node.type !== 'ForOfStatement' || node.right.type !== 'ArrayExpression' || node.left.type !== 'VariableDeclaration') return;
    const declarator = node.left.declarations[0];
    if (node.left.declarations.length !== 1 || declarator?.id.type !== 'Identifier') return;
    const listed = node.right.elements.some((element, index) => element?.type === 'Identifier' && findBinding(path.child(node.right, 'right').child(element, 'elements', index), element.name) === root);
    if (!listed) return;
    const body = path.child(node.body, 'body');
    const alias = findBinding(body, declarator.id.name);
    if (alias) aliases.push(alias);
  });
  return aliases;
}

/**
 * Case: `batch.timer = setTimeout(…)` in a method, `batch` one of many records the class keeps
 * (`this.pending.get(key)`), and `clearTimeout(pending.timer)` or
 * `clearTimeout(state.buffer.timer)` elsewhere in the class: the class releases that property of
 * its records, whichever record the release reads. Only a release counts: a read of the property
 * on another record hands nothing of this one on. `this.timer` (the instance's own field of that
 * name) is another slot, not a record's.
 */
function isReleasedOnRecords(member: MemberHandle, at: NodePath, release: ReleaseSpec): boolean {
  const classPath = resolveThisClass(at)?.classPath;
  if (!classPath) return false;
  const size = member.properties.length;
  const found: HandleUsage = { released: false, unref: false, escapes: false };
  forEachDescendant(classPath, (path) => {
    if (found.released) return false;
    const node = path.node;
    if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return;
    const candidate = getMemberHandle(path, node);
    if (!candidate || candidate.properties.length < size) return;
    const tail = candidate.properties.slice(-size);
    if (tail.some((name, i) => name !== member.properties[i])) return;
    if (candidate.root === 'this' && candidate.properties.length === size) return false;
    classifyReference(path, release, found);
    return false;
  });
  return found.released;
}

/**
 * `binding`, declared inside the class, holds an instance of it: `const instance =
 * TelemetryClient.instance` (a static field of the class itself), `const other = new
 * TelemetryClient()`, or a parameter or variable typed as the class (`(other: TelemetryClient)`).
 */
function isInstanceOfClass(binding: Binding, classPath: NodePath): boolean {
  const cls = classPath.node as ClassDeclaration | ClassExpression;
  const name = cls.id?.name;
  if (!name || binding.scope.type === 'Program') return false;
  const declaration = binding.declaration;
  if (declaration.start! < cls.start! || declaration.end! > cls.end!) return false;
  const id = binding.identifier;
  const annotation = id.typeAnnotation?.type === 'TSTypeAnnotation' ? id.typeAnnotation.typeAnnotation : null;
  if (annotation?.type === 'TSTypeReference' && annotation.typeName.type === 'Identifier' && annotation.typeName.name === name) return true;
  if (declaration.type !== 'VariableDeclarator' || binding.kind !== 'const' || !declaration.init) return false;
  const init = declaration.init;
  if (init.type === 'NewExpression') return init.callee.type === 'Identifier' && init.callee.name === name;
  return init.type === 'MemberExpression' && !init.computed && init.object.type === 'Identifier' && init.object.name === name;
}

const VUE_UNWRAP_MODULES = new Set(['vue', '@vue/reactivity', '@vue/runtime-core']);

/** Case: Vue's `unref(timer)` / `toValue(timer)` reads the same handle as `timer.value`. */
function isVueUnwrapOf(path: NodePath, member: MemberHandle): boolean {
  const node = path.node;
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.arguments.length !== 1) return false;
  if (member.root === 'this' || member.properties.length !== 1 || member.properties[0] !== 'value') return false;
  const argument = node.arguments[0]!;
  if (argument.type !== 'Identifier' || findBinding(path, argument.name) !== member.root) return false;
  const reference = resolveModuleReference(path, node.callee.name);
  return reference !== null && VUE_UNWRAP_MODULES.has(reference.source) && (reference.imported === 'unref' || reference.imported === 'toValue');
}

/** What `this` is at `path`: a class instance, or an object literal's (a Vue options component's). */
function resolveThisOwner(path: NodePath): NodePath | null {
  return resolveThisClass(path)?.classPath ?? resolveThisObject(path);
}


/** An identifier that reads or writes a variable (not a property key, a member name or a label). */
export function isValueReference(path: NodePath): boolean {
  return isValueReferenceAt(path.parent, path.key);
}

/** `isValueReference` for an identifier at `key` of `parent` (for walks that hand out nodes, not paths). */
export function isValueReferenceAt(parent: Node | null, key: string | null): boolean {
  if (!parent) return true;
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      return key === 'object' || parent.computed;
    case 'ObjectProperty':
    case 'ClassProperty':
    case 'ClassMethod':
    case 'ObjectMethod':
      return key !== 'key' || (parent as { computed?: boolean }).computed === true;
    case 'LabeledStatement':
    case 'BreakStatement':
    case 'ContinueStatement':
    // Case: the name of `#parser` in `this.#parser`, never the local `parser`
    case 'PrivateName':
      return false;
    default:
      return true;
  }
}
