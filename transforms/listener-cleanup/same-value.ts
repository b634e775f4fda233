/**
 * Whether two expressions, at two places of one file, provably evaluate to the same value —
 * the question behind "a release counts only when it provably matches" (docs/catalog.md,
 * listener-cleanup): the same target, the same event type, the same handler.
 *
 * Provably the same:
 * - the same constant: literals, expression-free template literals, `const` bindings
 *   initialised with one, a property of a `const` object literal (`options.capture`);
 * - a parameter of a local function that is only ever called, and the value every call passes at
 *   its position (`h` of `const cleanup = (h) => …`, called as `cleanup(handler)`: passed-parameter.ts);
 * - the same binding (a local, a parameter, an import), or the same global name, also through a
 *   `const` copy of a variable nothing reassigns (`const current = source`, Svelte's
 *   `const current = untrack(() => source)`); parameters of
 *   one name of functions declared side by side (`open(sessionId)` / `cleanup(sessionId)`:
 *   sibling-functions.ts);
 * - `this` of the same class instance (also through a `const self = this` alias), of the same object literal (a Vue options component's
 *   hooks and methods, see this-object.ts), and `this` of a method of the module's one object
 *   literal and the module-level `const` that holds it (`this.onMove` and `overlay.onMove` in
 *   `const overlay = { … }`, a method only ever called on it: module-object.ts `getModuleObjectOfThis`), of the same function, or of function expressions
 *   assigned to members of the same prototype object, or of the hooks of one Meteor Blaze
 *   template (`Template.x.onRendered` / `onDestroyed`; this-prototype.ts);
 * - the same conditional, logical or unary expression of the same parts
 *   (`window.PointerEvent ? 'pointermove' : 'mousemove'`);
 * - the same member chain on the same root (`this.onResize`, `ref.current`, `window.document`),
 *   also through a `const` read from it (`const con = this.connection` and `this.connection`),
 *   or destructured from the same value (`const { track } = audio` in an effect and its cleanup),
 *   also where one side stores the value there (`addEventListener('scroll', this.onScroll =
 *   function () {…})` … `removeEventListener('scroll', this.onScroll)`);
 * - template literals and `+` expressions made of the same parts;
 * - the same call of an imported helper with the same arguments (`getVisibilityEvent()`), which
 *   docs/catalog.md trusts to be pure; any other call (`window.matchMedia(q)`) may return a new object;
 * - the element of the same iterable: `for (const e of events)` and `events.forEach((e) => …)`
 *   over the same `events` binding, at the same position of the loop variable's pattern; also
 *   two loops over `Object.entries(handlers)` (`keys`, `values`) of the same `handlers`, or over
 *   `polls.values()` (`keys()`, `entries()`) of the same collection, which list the same items in
 *   the same order; likewise the second parameter of those callbacks (the
 *   index, a Map's key);
 * - two `const`s initialised with the same call of an imported helper (`const el =
 *   unrefElement(target)` in an attach and in a detach function), or one such `const` and the
 *   same call written in place (`const cli = MatrixClientPeg.get(); cli.removeListener(…)` and
 *   `MatrixClientPeg.get().on(…)`).
 *
 * Never the same: function expressions, arrows and `.bind(...)` (a new function every time),
 * `new` expressions, and anything this analysis cannot see through.
 */
import type { CallExpression, MemberExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { findBinding, getPatternIdentifiers, type Binding } from '../../src/analysis/syntax/scope';
import { isParameterPropertyOf } from './parameter-property';
import { getGetterField, resolveThisClass } from '../../src/analysis/syntax/this-class';
import { resolveThisObject } from '../../src/analysis/syntax/this-object';
import { getModuleObjectOfThis } from '../../src/analysis/syntax/module-object';
import { findAncestorPath, isValueWrapper, unwrapPath } from '../../src/core/node-helpers';
import { findDescendantPath, forEachDescendant } from '../../src/analysis/syntax/descendants';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { isSameHookElement } from '../../src/analysis/lifecycle/mount-hook-element';
import { isSamePrototype, resolveThisBlazeTemplate, resolveThisPrototype } from '../../src/analysis/syntax/this-prototype';
import { areSiblingParameters } from '../../src/analysis/syntax/sibling-functions';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';
import { getPassedArguments } from './passed-parameter';


/** No static value could be found. */
export const UNKNOWN = Symbol('unknown');
export type StaticValue = string | number | boolean | null | undefined | typeof UNKNOWN;

/** The `const` declarator that gives `binding` its value (`const a = x`, not `const { a } = x`). */
function getConstInitializer(binding: Binding): Node | null {
  if (binding.kind !== 'const') return null;
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return null;
  return declaration.init;
}

/** The path of `node` (a part of `binding`'s declaration) in the tree `at` belongs to. */
function findInBindingScope(binding: Binding, at: NodePath, node: Node): NodePath | null {
  const scope = findAncestorPath(at, binding.scope);
  return scope ? findDescendantPath(scope, node) : null;
}

/**
 * The path of the value a variable holds for good: the initializer of a `const`, or of a `var` /
 * `let` nothing reassigns (`const a = x`, not `const { a } = x`); `null` otherwise.
 */
export function getSteadyInitializer(binding: Binding, at: NodePath): NodePath | null {
  if (binding.kind !== 'const' && binding.kind !== 'let' && binding.kind !== 'var') return null;
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return null;
  if (binding.kind !== 'const' && isReassigned(binding, at)) return null;
  return findInBindingScope(binding, at, declaration.init);
}

function staticValueOf(node: Node, at: NodePath, depth: number): StaticValue {
  if (depth > 5) return UNKNOWN;
  // Case: `'resize' as const`, `(EVENT)`, `value!`
  if (isValueWrapper(node)) return staticValueOf(node.expression, at, depth + 1);
  switch (node.type) {
    // Case: `'resize'`, `true`, `0`, `null`
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return node.value;
    case 'NullLiteral':
      return null;
    // Case: `` `resize` ``
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? UNKNOWN) : UNKNOWN;
    // Case: `const EVENT = 'resize'` ... `EVENT`; the global `undefined`
    case 'Identifier': {
      const binding = findBinding(at, node.name);
      if (!binding) return node.name === 'undefined' ? undefined : UNKNOWN;
      const init = getConstInitializer(binding);
      return init ? staticValueOf(init, at, depth + 1) : UNKNOWN;
    }
    // Case: `const options = { capture: true }` ... `options.capture`
    case 'MemberExpression': {
      const name = getPropertyName(node);
      return name === null ? UNKNOWN : staticPropertyOf(node.object, name, at, depth + 1);
    }
    default:
      return UNKNOWN;
  }
}

/** The constant `object[name]` evaluates to, when `object` is (a `const` bound to) an object literal. */
function staticPropertyOf(object: Node, name: string, at: NodePath, depth: number): StaticValue {
  let literal: Node | null = object;
  if (object.type === 'Identifier') {
    const binding = findBinding(at, object.name);
    literal = binding ? getConstInitializer(binding) : null;
  }
  if (!literal || literal.type !== 'ObjectExpression') return UNKNOWN;
  for (const property of literal.properties) {
    if (property.type === 'SpreadElement') return UNKNOWN;
    if (property.type !== 'ObjectProperty' || property.computed) continue;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    if (key === name) return staticValueOf(property.value, at, depth + 1);
  }
  return undefined;
}

/** The constant `path[name]` evaluates to (`options` bound to `const options = { capture: true }`), or `UNKNOWN`. */
export function resolveStaticProperty(path: NodePath, name: string): StaticValue {
  return staticPropertyOf(unwrapPath(path).node, name, path, 0);
}

/** The constant an expression evaluates to, or `UNKNOWN`. */
export function resolveStaticValue(path: NodePath): StaticValue {
  return staticValueOf(path.node, path, 0);
}

/** The pattern position of `identifier` inside a loop variable's pattern (`[event, handler]` -> `0` / `1`). */
function getPatternPosition(pattern: Node, identifier: Node): string | null {
  if (pattern === identifier) return '';
  if (pattern.type === 'ArrayPattern') {
    for (let i = 0; i < pattern.elements.length; i++) {
      const element = pattern.elements[i];
      const inner = element ? getPatternPosition(element, identifier) : null;
      if (inner !== null) return `[${i}]${inner}`;
    }
  }
  if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties) {
      if (property.type !== 'ObjectProperty' || property.computed) continue;
      const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
      const inner = key === null ? null : getPatternPosition(property.value, identifier);
      if (inner !== null) return `.${key}${inner}`;
    }
  }
  if (pattern.type === 'AssignmentPattern') return getPatternPosition(pattern.left, identifier);
  return null;
}

/** Array methods whose callback runs once for every item, the item first. */
const EVERY_ITEM_METHODS: ReadonlySet<string> = new Set(['forEach', 'map', 'flatMap', 'filter']);

/**
 * When `binding` is a loop variable over an iterable: the iterable's node (with a path to
 * resolve it from) and the variable's position in the pattern.
 */
function getIterationSource(binding: Binding, at: NodePath): { iterable: NodePath; position: string } | null {
  const scope = binding.scope;
  // Case: `for (const event of events) { ... }`, `for (let event in handlers) { ... }` (keys: position `in`)
  if ((scope.type === 'ForOfStatement' || scope.type === 'ForInStatement') && scope.left.type === 'VariableDeclaration') {
    const declarator = scope.left.declarations[0];
    const position = declarator ? getPatternPosition(declarator.id, binding.identifier) : null;
    const forPath = findAncestor(at, scope);
    return position !== null && forPath ? { iterable: forPath.child(scope.right, 'right'), position: scope.type === 'ForInStatement' ? `in:${position}` : position } : null;
  }
  // Case: `events.forEach((event) => { ... })`, and the array methods that also call back once
  // for every item (`servers.map((server) => server.close())`); not `some` / `find`, which stop early.
  // Also the second parameter, which these methods fill the same way for the same item: the index,
  // or a Map's key (`handlers.forEach((fn, name) => el.addEventListener(name, fn))`).
  if (binding.kind === 'param' && (scope.type === 'ArrowFunctionExpression' || scope.type === 'FunctionExpression')) {
    const index = scope.params.slice(0, 2).findIndex((param) => getPatternIdentifiers(param).includes(binding.identifier));
    const param = index === -1 ? null : scope.params[index]!;
    const inner = param ? getPatternPosition(param, binding.identifier) : null;
    const position = inner === null ? null : index === 0 ? inner : `#1${inner}`;
    const fnPath = findAncestor(at, scope);
    const call = fnPath?.parentPath;
    if (position === null || !fnPath || !call || call.node.type !== 'CallExpression' || fnPath.key !== 'arguments' || fnPath.index !== 0) return null;
    const callee = call.node.callee;
    if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || !EVERY_ITEM_METHODS.has(getPropertyName(callee) ?? '')) return null;
    return { iterable: call.child(callee, 'callee').child(callee.object, 'object'), position };
  }
  return null;
}

/**
 * The iterable whose items a loop variable takes, whole (`processed` of `for (const input of
 * processed)` or `processed.forEach((input) => …)`, at a reference to `input`); `null` for
 * anything else (a destructured part, a `for … in` key, another name).
 */
export function getLoopItemSource(path: NodePath): NodePath | null {
  const node = unwrapPath(path).node;
  if (node.type !== 'Identifier') return null;
  const binding = findBinding(path, node.name);
  const source = binding ? getIterationSource(binding, path) : null;
  return source?.position === '' ? source.iterable : null;
}

/**
 * A loop variable that is a key or a value of a Map's entries: `noteId` / `listener` of
 * `for (const [noteId, listener] of listeners)` (or `of listeners.entries()`), or of
 * `listeners.forEach((listener, noteId) => …)`, with the Map (`listeners`); `null` otherwise.
 */
export function getMapEntryPart(path: NodePath): { map: NodePath; part: 'key' | 'value' } | null {
  const node = unwrapPath(path).node;
  if (node.type !== 'Identifier') return null;
  const binding = findBinding(path, node.name);
  const source = binding ? getIterationSource(binding, path) : null;
  if (!binding || !source) return null;
  if (binding.kind === 'param') {
    // Case: `listeners.forEach((listener, noteId) => …)`: the value, then the key
    if (source.position !== '' && source.position !== '#1') return null;
    return { map: source.iterable, part: source.position === '' ? 'value' : 'key' };
  }
  if (source.position !== '[0]' && source.position !== '[1]') return null;
  // Case: `for (const [noteId, listener] of listeners.entries())`: the entries of `listeners`
  let map = unwrapPath(source.iterable);
  const iterable = map.node;
  if (iterable.type === 'CallExpression' && iterable.arguments.length === 0 && (iterable.callee.type === 'MemberExpression' || iterable.callee.type === 'OptionalMemberExpression') && getPropertyName(iterable.callee) === 'entries') {
    map = map.child(iterable.callee, 'callee').child(iterable.callee.object, 'object');
  }
  return { map, part: source.position === '[0]' ? 'key' : 'value' };
}

function findAncestor(path: NodePath, node: Node): NodePath | null {
  for (let current: NodePath | null = path; current; current = current.parentPath) if (current.node === node) return current;
  return null;
}

function isSameIdentifier(a: NodePath, b: NodePath, depth: number): boolean {
  const nameA = (a.node as { name: string }).name;
  const nameB = (b.node as { name: string }).name;
  const bindingA = findBinding(a, nameA);
  const bindingB = findBinding(b, nameB);
  // Case: two references to one global (`window`, `document`, `process`)
  if (!bindingA || !bindingB) return !bindingA && !bindingB && nameA === nameB;
  // Case: the same local, parameter or import
  if (bindingA === bindingB) return true;
  // Case: `const current = source` (or Svelte's `untrack(() => source)`) and `source`: a const
  // copy of a variable nothing reassigns holds the value the variable holds
  const aliasA = getIdentifierAliasSource(bindingA, a, b);
  if (aliasA && isSame(aliasA, b, depth + 1)) return true;
  const aliasB = getIdentifierAliasSource(bindingB, b, a);
  if (aliasB && isSame(a, aliasB, depth + 1)) return true;
  // Case: `el` of `onmount: (el) => {…}` and of `onunmount: (el) => {…}` in one object: the same element
  if (isSameHookElement(bindingA, a, bindingB, b)) return true;
  // Case: `sessionId` of `const open = (sessionId) => {…}` and of `const cleanup = (sessionId) => {…}` side by side
  if (areSiblingParameters(bindingA, a, bindingB, b)) return true;
  // Case: `h` of `const cleanup = (h) => { window.removeEventListener('message', h) }`, only ever called
  // as `cleanup(handler)`: the parameter is what every call passes (passed-parameter.ts)
  const passedA = getPassedArguments(bindingA, a);
  if (passedA && passedA.every((argument) => isSame(argument, b, depth + 1))) return true;
  const passedB = getPassedArguments(bindingB, b);
  if (passedB && passedB.every((argument) => isSame(a, argument, depth + 1))) return true;
  // Case: `const tabs = this.$refs.tabContainer` in `mounted()` and again in `beforeUnmount()`: two
  // consts read from the same member chain (not calls: `document.createElement('a')` twice is two elements)
  const initA = getMemberInitializer(bindingA, a);
  const initB = getMemberInitializer(bindingB, b);
  if (initA && initB) return isSame(initA, initB, depth + 1);
  // Case: `const currRef = this.buttonRef; currRef?.removeEventListener(…)` and `ref`, the parameter a
  // handler field stores as `this.buttonRef` (parameter-property.ts): the const holds that member's value
  if (initA && isSame(initA, b, depth + 1)) return true;
  if (initB && isSame(a, initB, depth + 1)) return true;
  // Case: `const { track } = audio` in an effect and again in its cleanup: the same property read
  // from the same value, as two consts read from one member chain
  const readA = getDestructuredRead(bindingA, a);
  const readB = readA ? getDestructuredRead(bindingB, b) : null;
  if (readA && readB && readA.key === readB.key && isSame(readA.object, readB.object, depth + 1)) return true;
  // Case: `const el = unrefElement(handleRef)` where the listener is added and again where it is
  // removed: the same call of an imported helper with the same arguments, trusted to be pure as
  // when it is written in place (a local or global function may make a new object each call)
  const callA = getHelperCallInitializer(bindingA, a);
  const callB = callA ? getHelperCallInitializer(bindingB, b) : null;
  if (callA && callB) return isSame(callA, callB, depth + 1);
  // Case: `const list = document.getElementById('list')` where the listener is added and again
  // where it is removed: one lookup of one static key finds the same element while the page has it
  const lookupA = getLookupInitializer(bindingA, a);
  const lookupB = lookupA ? getLookupInitializer(bindingB, b) : null;
  if (lookupA && lookupB) return isSameLookup(lookupA, lookupB, depth + 1);
  // Case: the loop variables of two loops over the same iterable, at the same pattern position
  const sourceA = getIterationSource(bindingA, a);
  const sourceB = getIterationSource(bindingB, b);
  return sourceA !== null && sourceB !== null && sourceA.position === sourceB.position && isSameIteration(sourceA.iterable, sourceB.iterable, depth + 1);
}

/** The static `Object` methods that list an object's own items anew on each call, in the same order for the same object. */
const OBJECT_ITEM_LISTS = new Set(['entries', 'keys', 'values']);

/** `Object.entries(handlers)`: the method (`entries`) and the path of `handlers`, else `null`. */
function getObjectItemsOf(path: NodePath): { method: string; object: NodePath } | null {
  const node = unwrapPath(path).node;
  if (node.type !== 'CallExpression' || node.arguments.length !== 1 || node.arguments[0]!.type === 'SpreadElement') return null;
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'Identifier' || callee.object.name !== 'Object') return null;
  const method = getPropertyName(callee);
  if (method === null || !OBJECT_ITEM_LISTS.has(method) || findBinding(path, 'Object')) return null;
  return { method, object: unwrapPath(path).child(node.arguments[0]!, 'arguments', 0) };
}

/**
 * Two loops go over the same items: the same iterable, or the same `Object.entries/keys/values`
 * of the same object (each call makes a new array, but of the same items in the same order).
 */
function isSameIteration(a: NodePath, b: NodePath, depth: number): boolean {
  if (isSame(a, b, depth)) return true;
  const itemsA = getObjectItemsOf(a) ?? getCollectionItemsOf(a);
  const itemsB = itemsA ? (getObjectItemsOf(b) ?? getCollectionItemsOf(b)) : null;
  return itemsA !== null && itemsB !== null && itemsA.method === itemsB.method && isSame(itemsA.object, itemsB.object, depth + 1);
}

/**
 * `polls.values()` (or `.keys()`, `.entries()`, no arguments): the method and the path of the
 * collection, else `null`. A Map's, Set's or array's iterator lists the same items in the same
 * order on each call, as two loops over the collection itself do.
 */
function getCollectionItemsOf(path: NodePath): { method: string; object: NodePath } | null {
  const node = unwrapPath(path).node;
  if (node.type !== 'CallExpression' || node.arguments.length !== 0) return null;
  const callee = node.callee;
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed) return null;
  const method = getPropertyName(callee);
  if (method === null || !OBJECT_ITEM_LISTS.has(method)) return null;
  return { method: `.${method}`, object: unwrapPath(path).child(callee, 'callee').child(callee.object, 'object') };
}

/** `untrack(() => source)` with `untrack` imported from Svelte: it returns what the function returns, read without tracking. */
function getUntrackedValue(node: Node, at: NodePath): Node | null {
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.arguments.length !== 1) return null;
  const fn = node.arguments[0]!;
  if (fn.type !== 'ArrowFunctionExpression' || fn.params.length > 0 || fn.body.type === 'BlockStatement') return null;
  const reference = resolveModuleReference(at, node.callee.name);
  return reference && reference.source === 'svelte' && reference.imported === 'untrack' ? fn.body : null;
}

const FUNCTION_TYPES: ReadonlySet<string> = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);

function getFunctionAncestor(path: NodePath): NodePath | null {
  for (let current = path.parentPath; current; current = current.parentPath) if (FUNCTION_TYPES.has(current.node.type)) return current;
  return null;
}

/**
 * `other` is read in the very function body that declares the copy, and that function neither
 * writes `source` (nested functions included) nor awaits or yields: one run of it sees one
 * value of `source`, so the copy and `other` hold the same object even when `source` changes
 * between runs (a Svelte `$state` reassigned elsewhere, read in a `$effect`).
 */
function isReadInSameRun(binding: Binding, at: NodePath, source: Binding, other: NodePath): boolean {
  const scope = findAncestorPath(at, binding.scope);
  const declaration = scope ? findDescendantPath(scope, binding.declaration) : null;
  const fn = declaration ? getFunctionAncestor(declaration) : null;
  if (!fn || getFunctionAncestor(other)?.node !== fn.node) return false;
  if (someInOwnCode((fn.node as { body: Node }).body, (node) => node.type === 'AwaitExpression' || node.type === 'YieldExpression')) return false;
  let written = false;
  forEachDescendant(fn, (path) => {
    if (written) return false;
    const node = path.node;
    const targets: Node[] = node.type === 'AssignmentExpression' ? getPatternIdentifiers(node.left as never) : node.type === 'UpdateExpression' ? [node.argument] : [];
    if (targets.some((target) => target.type === 'Identifier' && target.name === source.name && findBinding(path, target.name) === source)) written = true;
    return undefined;
  });
  return !written;
}

/**
 * The path of the variable a `const` copies (`source` of `const current = source` or of
 * `const current = untrack(() => source)`), when that variable is a `const`, an import, or a
 * `let`, `var` or parameter nothing reassigns — both then hold one value wherever they are
 * read — or when `other` is read in the same run of the function that makes the copy (see
 * isReadInSameRun).
 */
function getIdentifierAliasSource(binding: Binding, at: NodePath, other: NodePath): NodePath | null {
  const init = getConstInitializer(binding);
  if (!init) return null;
  let value: Node = isValueWrapper(init) ? init.expression : init;
  value = getUntrackedValue(value, at) ?? value;
  if (isValueWrapper(value)) value = value.expression;
  if (value.type !== 'Identifier') return null;
  const scope = findAncestorPath(at, binding.scope);
  const path = scope ? findDescendantPath(scope, value) : null;
  if (!path) return null;
  const source = findBinding(path, value.name);
  if (!source || source === binding) return null;
  return !isReassigned(source, path) || isReadInSameRun(binding, at, source, other) ? path : null;
}

/** The path of a `const`'s initializer when it is a member chain (`this.$refs.tabs`, `ref.current`). */
function getMemberInitializer(binding: Binding, at: NodePath): NodePath | null {
  const init = getConstInitializer(binding);
  const unwrapped = init && isValueWrapper(init) ? init.expression : init;
  if (!unwrapped || (unwrapped.type !== 'MemberExpression' && unwrapped.type !== 'OptionalMemberExpression')) return null;
  return findInBindingScope(binding, at, init!);
}

/** `const { track } = audio` (also `{ track: t }`): the property read (`track`) and the path of the value it is read from (`audio`). */
function getDestructuredRead(binding: Binding, at: NodePath): { key: string; object: NodePath } | null {
  const declaration = binding.declaration;
  if (binding.kind !== 'const' || declaration.type !== 'VariableDeclarator' || declaration.id.type !== 'ObjectPattern' || !declaration.init) return null;
  const property = declaration.id.properties.find((each) => each.type === 'ObjectProperty' && each.value === binding.identifier);
  if (!property || property.type !== 'ObjectProperty' || property.computed) return null;
  const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
  const object = key === null ? null : findInBindingScope(binding, at, declaration.init);
  return key !== null && object ? { key, object } : null;
}

/** The path of a `const`'s initializer when it is a call of an imported helper (`unrefElement(target)`). */
function getHelperCallInitializer(binding: Binding, at: NodePath): NodePath | null {
  const init = getConstInitializer(binding);
  const unwrapped = init && isValueWrapper(init) ? init.expression : init;
  if (!unwrapped || unwrapped.type !== 'CallExpression') return null;
  const path = findInBindingScope(binding, at, unwrapped);
  return path && isImportedHelperCall(path) ? path : null;
}

/** `alias` is a `const` initialised with a call of an imported helper that is the same call as `call`. */
function isSameAsHelperCallAlias(alias: NodePath, call: NodePath, depth: number): boolean {
  const binding = findBinding(alias, (alias.node as { name: string }).name);
  const init = binding ? getHelperCallInitializer(binding, alias) : null;
  return init !== null && isSame(init, call, depth + 1);
}

/** DOM lookups that find an existing element by a key (not `createElement`, which makes a new one each call). */
const LOOKUP_METHODS: ReadonlySet<string> = new Set(['getElementById', 'querySelector']);

/**
 * The path of a variable's initializer when it is a lookup by one argument
 * (`document.getElementById('list')`, `root.querySelector('.list')`), for a `const` or a
 * `var` / `let` nothing reassigns.
 */
function getLookupInitializer(binding: Binding, at: NodePath): NodePath<CallExpression> | null {
  const path = getSteadyInitializer(binding, at);
  const init = path?.node;
  if (init?.type !== 'CallExpression' || init.arguments.length !== 1 || init.callee.type !== 'MemberExpression' || init.callee.computed) return null;
  return LOOKUP_METHODS.has(getPropertyName(init.callee) ?? '') ? (path as NodePath<CallExpression>) : null;
}

/** Two lookups with the same method, on the same object, of the same static key. */
function isSameLookup(a: NodePath<CallExpression>, b: NodePath<CallExpression>, depth: number): boolean {
  const calleeA = a.node.callee as MemberExpression;
  const calleeB = b.node.callee as MemberExpression;
  if (getPropertyName(calleeA) !== getPropertyName(calleeB)) return false;
  const keyA = resolveStaticValue(a.child(a.node.arguments[0]!, 'arguments', 0));
  const keyB = resolveStaticValue(b.child(b.node.arguments[0]!, 'arguments', 0));
  if (keyA === UNKNOWN || keyA !== keyB) return false;
  const objectA = a.child(calleeA, 'callee').child(calleeA.object, 'object');
  const objectB = b.child(calleeB, 'callee').child(calleeB.object, 'object');
  return isSame(objectA, objectB, depth);
}

/** The function whose `this` a `this` expression is, looking through arrows (null: module level). */
function getThisOwner(path: NodePath): Node | null {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const type = current.node.type;
    if (type === 'ArrowFunctionExpression') continue;
    if (type === 'FunctionDeclaration' || type === 'FunctionExpression' || type === 'ObjectMethod' || type === 'ClassMethod' || type === 'ClassPrivateMethod') return current.node;
    if (type === 'Program') return current.node;
  }
  return null;
}

/** A call of an imported function (`getVisibilityEvent()`, `visibility.getEvent()`): trusted to be pure. */
function isImportedHelperCall(path: NodePath): boolean {
  let callee: Node = (path.node as { callee: Node }).callee;
  while (callee.type === 'MemberExpression' && !callee.computed) callee = callee.object;
  if (callee.type !== 'Identifier') return false;
  return resolveModuleReference(path, callee.name) !== null;
}

/** `this.onScroll = function () {…}` as a value: what it stores (`this.onScroll`), read back later. */
function unwrapStore(path: NodePath): NodePath {
  const node = path.node;
  return node.type === 'AssignmentExpression' && node.operator === '=' && node.left.type === 'MemberExpression' ? path.child(node.left, 'left') : path;
}

/**
 * `alias` is a `const` read from a member chain (`const con = this.connection`) that is `member`,
 * or a `const` destructured from an object (`const { target } = drag`, the same as
 * `const target = drag.target`) whose `member` is that property of that object.
 */
function isSameAsMemberAlias(alias: NodePath, member: NodePath, depth: number): boolean {
  const binding = findBinding(alias, (alias.node as { name: string }).name);
  if (!binding) return false;
  const init = getMemberInitializer(binding, alias);
  if (init !== null) return isSame(init, member, depth + 1);
  const destructured = getDestructuredSource(binding, alias);
  if (!destructured) return false;
  const node = member.node as MemberExpression;
  if (getPropertyName(node) !== destructured.key) return false;
  return isSame(destructured.object, member.child(node.object, 'object'), depth + 1);
}

/**
 * `const { target } = drag` / `const { target: el } = drag`: the object read (the path of `drag`)
 * and the key (`target`), for a property of the pattern itself with no default value (a default
 * would stand in when the property is unset) and a plain key.
 */
function getDestructuredSource(binding: Binding, at: NodePath): { object: NodePath; key: string } | null {
  if (binding.kind !== 'const') return null;
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id.type !== 'ObjectPattern' || !declaration.init) return null;
  for (const property of declaration.id.properties) {
    if (property.type !== 'ObjectProperty' || property.computed || property.value !== binding.identifier) continue;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    const object = key === null ? null : findInBindingScope(binding, at, declaration.init);
    return object && key !== null ? { object, key } : null;
  }
  return null;
}

/**
 * The `this` a local alias holds (`const self = this; … self.stream.on(…)`, also a `var` or `let`
 * nothing reassigns): the path of that `this`, so `self.stream` and `this.stream` of the class's
 * other methods are the same member of the same instance. Any other path is returned as it is.
 */
function unwrapThisAlias(path: NodePath): NodePath {
  const node = path.node;
  if (node.type !== 'Identifier') return path;
  const binding = findBinding(path, node.name);
  const init = binding ? getSteadyInitializer(binding, path) : null;
  return init?.node.type === 'ThisExpression' ? init : path;
}

/** `thisPath` is `this` of a method of the module's one object literal, and `name` the module-level `const` that holds that object. */
function isModuleObjectThis(thisPath: NodePath, name: NodePath): boolean {
  const found = getModuleObjectOfThis(thisPath);
  if (!found || name.node.type !== 'Identifier' || found.name !== name.node.name) return false;
  const binding = findBinding(name, found.name);
  return binding !== null && binding.declaration === found.object.parent;
}

function isSame(aPath: NodePath, bPath: NodePath, depth: number): boolean {
  if (depth > 8) return false;
  const a = unwrapThisAlias(unwrapStore(unwrapPath(aPath)));
  const b = unwrapThisAlias(unwrapStore(unwrapPath(bPath)));
  // Case: `this.onMove` in a method of `const overlay = { … }` and `overlay.onMove` (the module's one object,
  // module-object.ts getModuleObjectName): `self.addEventListener('pointermove', this.onMove)` in one method
  // and `self.removeEventListener('pointermove', overlay.onMove)` in another (before the static values:
  // `overlay.onMove` reads the literal's method, which `this.onMove` is only for that one object)
  if (a.node.type === 'MemberExpression' && b.node.type === 'MemberExpression' && !a.node.computed && !b.node.computed && getPropertyName(a.node) !== null && getPropertyName(a.node) === getPropertyName(b.node)) {
    const objectA = a.child(a.node.object, 'object');
    const objectB = b.child(b.node.object, 'object');
    if (objectA.node.type === 'ThisExpression' && objectB.node.type === 'Identifier' && isModuleObjectThis(objectA, objectB)) return true;
    if (objectB.node.type === 'ThisExpression' && objectA.node.type === 'Identifier' && isModuleObjectThis(objectB, objectA)) return true;
  }
  const valueA = resolveStaticValue(a);
  const valueB = resolveStaticValue(b);
  if (valueA !== UNKNOWN || valueB !== UNKNOWN) return valueA !== UNKNOWN && valueB !== UNKNOWN && valueA === valueB;
  const nodeA = a.node;
  const nodeB = b.node;
  if (nodeA.type === 'Identifier' && nodeB.type === 'Identifier') return isSameIdentifier(a, b, depth);
  if (nodeA.type === 'ThisExpression' && nodeB.type === 'ThisExpression') {
    const classA = resolveThisClass(a)?.classPath.node ?? null;
    const classB = resolveThisClass(b)?.classPath.node ?? null;
    if (classA || classB) return classA === classB;
    const objectA = resolveThisObject(a)?.node ?? null;
    const objectB = resolveThisObject(b)?.node ?? null;
    if (objectA || objectB) return objectA === objectB;
    const ownerA = getThisOwner(a);
    if (ownerA !== null && ownerA === getThisOwner(b)) return true;
    // Case: `Proto.attachedCallback = function () { this }` and `Proto.detachedCallback = function () { this }`:
    // methods of one prototype object, called on the same instance (as a class's methods are)
    const prototypeA = resolveThisPrototype(a);
    const prototypeB = prototypeA ? resolveThisPrototype(b) : null;
    if (prototypeA !== null && prototypeB !== null && isSamePrototype(prototypeA, prototypeB)) return true;
    // Case: `Template.overlay.onRendered(function () { this })` and `Template.overlay.onDestroyed(function () { this })`
    const templateA = resolveThisBlazeTemplate(a);
    return templateA !== null && templateA === resolveThisBlazeTemplate(b);
  }
  // Case: `bus` in the constructor of `constructor(private bus: Bus)`, and `this.bus` elsewhere in the class
  if (nodeA.type === 'Identifier' && isParameterPropertyOf(a, b)) return true;
  if (nodeB.type === 'Identifier' && isParameterPropertyOf(b, a)) return true;
  // Case: `this.onResize`, `ref.current`, `window.visualViewport`
  const isMember = (node: Node) => node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
  // Case: `const con = this.connection; con.on(…)` and `this.connection.end()`: the member the const
  // was read from (as two consts read from one member chain are the same, below)
  if (nodeA.type === 'Identifier' && isMember(nodeB)) return isSameAsMemberAlias(a, b, depth);
  if (nodeB.type === 'Identifier' && isMember(nodeA)) return isSameAsMemberAlias(b, a, depth);
  // Case: `const cli = MatrixClientPeg.get(); cli.removeListener(…)` and `MatrixClientPeg.get().on(…)`:
  // a const holding a call of an imported helper, and the same call written in place (trusted to be
  // pure, as two such calls are, below)
  if (nodeA.type === 'Identifier' && nodeB.type === 'CallExpression') return isSameAsHelperCallAlias(a, b, depth);
  if (nodeB.type === 'Identifier' && nodeA.type === 'CallExpression') return isSameAsHelperCallAlias(b, a, depth);
  if (isMember(nodeA) && isMember(nodeB)) {
    const memberA = nodeA as Extract<Node, { type: 'MemberExpression' }>;
    const memberB = nodeB as Extract<Node, { type: 'MemberExpression' }>;
    // Case: `handlers[event]` in both places, with the same object and the same key
    if (memberA.computed && memberB.computed && memberA.property.type === 'Identifier' && memberB.property.type === 'Identifier') {
      return isSame(a.child(memberA.property, 'property'), b.child(memberB.property, 'property'), depth + 1) && isSame(a.child(memberA.object, 'object'), b.child(memberB.object, 'object'), depth + 1);
    }
    const name = getPropertyName(memberA);
    const nameB = getPropertyName(memberB);
    if (name === null || nameB === null) return false;
    // Case: `this.driver` of `get driver() { return this._driver; }` and `this._driver`: the getter
    // hands back the field (zwave-js-ui's client listens on `this.driver.controller` and its
    // close() destroys `this._driver`)
    if (name !== nameB && getGetterField(a) !== nameB && getGetterField(b) !== name) return false;
    return isSame(a.child(memberA.object, 'object'), b.child(memberB.object, 'object'), depth + 1);
  }
  // Case: `${dir}/config.json` twice: the same parts around the same values
  if (nodeA.type === 'TemplateLiteral' && nodeB.type === 'TemplateLiteral') {
    if (nodeA.quasis.length !== nodeB.quasis.length || nodeA.quasis.some((quasi, i) => quasi.value.cooked !== nodeB.quasis[i]!.value.cooked)) return false;
    return nodeA.expressions.every((expression, i) => isSame(a.child(expression as Node, 'expressions', i), b.child(nodeB.expressions[i] as Node, 'expressions', i), depth + 1));
  }
  // Case: `dir + '/config.json'` twice
  if (nodeA.type === 'BinaryExpression' && nodeB.type === 'BinaryExpression') {
    if (nodeA.operator !== nodeB.operator) return false;
    return isSame(a.child(nodeA.left as Node, 'left'), b.child(nodeB.left as Node, 'left'), depth + 1) && isSame(a.child(nodeA.right, 'right'), b.child(nodeB.right, 'right'), depth + 1);
  }
  // Case: `window.PointerEvent ? 'pointermove' : 'mousemove'` twice: the same test choosing between the same values
  if (nodeA.type === 'ConditionalExpression' && nodeB.type === 'ConditionalExpression') {
    return (
      isSame(a.child(nodeA.test, 'test'), b.child(nodeB.test, 'test'), depth + 1) &&
      isSame(a.child(nodeA.consequent, 'consequent'), b.child(nodeB.consequent, 'consequent'), depth + 1) &&
      isSame(a.child(nodeA.alternate, 'alternate'), b.child(nodeB.alternate, 'alternate'), depth + 1)
    );
  }
  // Case: `options.capture || false`, `handler ?? noop` twice
  if (nodeA.type === 'LogicalExpression' && nodeB.type === 'LogicalExpression') {
    if (nodeA.operator !== nodeB.operator) return false;
    return isSame(a.child(nodeA.left, 'left'), b.child(nodeB.left, 'left'), depth + 1) && isSame(a.child(nodeA.right, 'right'), b.child(nodeB.right, 'right'), depth + 1);
  }
  // Case: `!useCapture` twice
  if (nodeA.type === 'UnaryExpression' && nodeB.type === 'UnaryExpression') {
    if (nodeA.operator !== nodeB.operator || nodeA.operator === 'delete') return false;
    return isSame(a.child(nodeA.argument, 'argument'), b.child(nodeB.argument, 'argument'), depth + 1);
  }
  // Case: `getVisibilityEvent()` in both places, an imported helper with the same arguments
  if (nodeA.type === 'CallExpression' && nodeB.type === 'CallExpression') {
    return ((isImportedHelperCall(a) && isImportedHelperCall(b)) || (isSingletonAccessor(nodeA) && isSingletonAccessor(nodeB))) && isSameCallOf(a, b, depth);
  }
  return false;
}

/** Static accessors of a class's one instance, by convention. */
const SINGLETON_ACCESSORS = new Set(['instance', 'getInstance', 'sharedInstance']);

/**
 * `DecryptionWorker.instance()`: a singleton accessor of a named class (no arguments), which
 * returns the same object on every call (Joplin's services: `start()` listens on
 * `DecryptionWorker.instance()`, `destroy()` ends `DecryptionWorker.instance()`).
 */
export function isSingletonAccessor(call: Node): boolean {
  if (call.type !== 'CallExpression' || call.arguments.length > 0) return false;
  const callee = call.callee;
  return callee.type === 'MemberExpression' && !callee.computed && callee.object.type === 'Identifier' && /^[A-Z]/.test(callee.object.name) && callee.property.type === 'Identifier' && SINGLETON_ACCESSORS.has(callee.property.name);
}

/**
 * `a` and `b` are calls of the same function with the same arguments (`getShortcutOptions()`
 * twice), whatever the function is: not provably the same value (it may return a new object
 * each time), but the same request — what a project's own `helper.off(el, options())` undoes
 * when it is written as its `helper.on(el, options())`.
 */
export function isSameCall(aPath: NodePath, bPath: NodePath): boolean {
  return isSameCallOf(unwrapPath(aPath), unwrapPath(bPath), 0);
}

/** Calls of the same callee with the same arguments (no spread). */
function isSameCallOf(a: NodePath, b: NodePath, depth: number): boolean {
  const nodeA = a.node;
  const nodeB = b.node;
  if (nodeA.type !== 'CallExpression' || nodeB.type !== 'CallExpression' || nodeA.arguments.length !== nodeB.arguments.length) return false;
  if (!isSame(a.child(nodeA.callee, 'callee'), b.child(nodeB.callee, 'callee'), depth + 1)) return false;
  return nodeA.arguments.every((argument, i) => {
    const other = nodeB.arguments[i]!;
    return argument.type !== 'SpreadElement' && other.type !== 'SpreadElement' && isSame(a.child(argument, 'arguments', i), b.child(other, 'arguments', i), depth + 1);
  });
}

/** `a` and `b` provably evaluate to the same value (see the file comment). */
export function isSameValue(a: NodePath, b: NodePath): boolean {
  return isSame(a, b, 0);
}
