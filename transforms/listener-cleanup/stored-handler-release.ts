/**
 * The drag-handler pattern: a handler is stored (`state.onMove = onMove`, an entry
 * `{ event, callback: wrapped }` pushed to a list) and later removed through what was stored
 * (`window.removeEventListener('pointermove', state.onMove)`,
 * `emitter.removeListener(entry.event, entry.callback)`). That removal cannot be proven to
 * match (it reads the handler back from a store), but the code removes the listener through
 * it; a rule that reports only what nothing removes stays quiet.
 *
 * Counts when the handler is a local binding stored under a property name (or in a variable:
 * `dragMoveHandler = handleMove`), and a removal of the same target passes a handler read from
 * a property of that name (or that variable), for the same event (or an event read from a
 * store too).
 *
 * Per-object records (one record, or one map entry, per target object): the handler is added
 * as it is read from a record (`texture.addEventListener('dispose', textureData.onDispose)`,
 * `session.addEventListener('end', this._onSessionEnd)`) or is a binding also put in a map
 * (`this.#listeners.set(session, listener)`), and the removal reads it back from a record under
 * the same property name, or from the same map (`session.off(e, this.#listeners.get(session))`,
 * also through a local). The removal sits in another method, where the object is a parameter
 * or a local of its own: the targets then match when they are written alike (`texture` and
 * `texture`, `session` and `session`), and the removal must be in the same class as the add
 * (or a module function the class binds to its instance, `onEnd.bind(this)`), so another
 * class's removal of a like-named handler does not count.
 *
 * Collected handlers: the handler is pushed into an array (`const index = handlers.push(h) - 1`)
 * and a removal of the same event on the same target passes an item read back from that array
 * by index (`document.removeEventListener('keydown', handlers[index])`, also through a `const`):
 * a mixin that tags its element with the index and removes the handler on unmount. Which item
 * the index picks is bookkeeping the code does; the removal is written for the collected handlers.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findDescendantPath, forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getMemberChain, getPropertyName } from '../../src/analysis/syntax/expressions';
import { isValueReference } from '../../src/analysis/resources/handle-usage';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import type { ListenerCall } from './listener-call';
import { isSameListenerTarget } from './listener-release-match';
import { getMapEntryPart, isSameValue } from './same-value';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';

const MEMBER_TYPES = new Set(['MemberExpression', 'OptionalMemberExpression']);

/**
 * The property names the handler's binding is stored under (`x.onMove = h`, `{ callback: h }`),
 * and the variables it is stored in (`dragMoveHandler = handleMove`, as `binding:` entries).
 */
function getStoredNames(handler: NodePath): Set<string | Binding> {
  const names = new Set<string | Binding>();
  const node = handler.node;
  if (node.type !== 'Identifier') return names;
  const binding = findBinding(handler, node.name);
  const scope = binding ? findAncestorPath(handler, binding.scope) : null;
  if (!binding || !scope || binding.scope.type === 'Program') return names;
  forEachDescendant(scope, (path) => {
    const reference = path.node;
    if (reference.type !== 'Identifier' || reference.name !== node.name || !isValueReference(path) || findBinding(path, node.name) !== binding) return;
    const parent = path.parent;
    // Case: `pointerState.onMove = onMove`
    if (parent?.type === 'AssignmentExpression' && path.key === 'right' && MEMBER_TYPES.has(parent.left.type)) {
      const name = getPropertyName(parent.left as Node & { type: 'MemberExpression' });
      if (name) names.add(name);
    }
    // Case: `dragMoveHandler = handleMove` (a variable of an outer scope, removed through later)
    if (parent?.type === 'AssignmentExpression' && parent.operator === '=' && path.key === 'right' && parent.left.type === 'Identifier') {
      const store = findBinding(path, parent.left.name);
      if (store && store !== binding) names.add(store);
    }
    // Case: `{ event, callback: wrapped }`, `{ onMove }`
    if (parent?.type === 'ObjectProperty' && path.key === 'value' && !parent.computed) {
      const key = parent.key.type === 'Identifier' ? parent.key.name : parent.key.type === 'StringLiteral' ? parent.key.value : null;
      if (key) names.add(key);
    }
  });
  return names;
}

/** `state.onMove`, `entry.callback!`, `dragMoveHandler`: a value read from a property named in `names`, or a variable in it. */
function isReadFromStore(path: NodePath | null, names: ReadonlySet<string | Binding>): boolean {
  if (!path) return false;
  const read = unwrapPath(path);
  const node = read.node;
  if (node.type === 'Identifier') {
    const binding = findBinding(read, node.name);
    return binding !== null && names.has(binding);
  }
  return MEMBER_TYPES.has(node.type) && names.has(getPropertyName(node as Node & { type: 'MemberExpression' }) ?? '');
}

export function isReleasedThroughStore(add: ListenerCall, removes: readonly ListenerCall[]): boolean {
  if (!add.handler) return false;
  const names = getStoredNames(unwrapPath(add.handler));
  if (names.size > 0) {
    const released = removes.some((remove) => {
      if (remove.family !== add.family || !isSameListenerTarget(add.target, remove.target) || !isReadFromStore(remove.handler, names)) return false;
      if (!add.event || !remove.event) return add.event === remove.event;
      return isSameValue(add.event, remove.event) || MEMBER_TYPES.has(unwrapPath(remove.event).node.type);
    });
    if (released) return true;
  }
  if (isReleasedThroughCollectedItem(add, removes)) return true;
  return isReleasedThroughRecord(add, removes);
}

// ---- handlers collected in an array -----------------------------------------------------------

/** The arrays the handler's binding is pushed into in its scope (`handlers` of `handlers.push(h)`, `this.handlers`). */
function getHandlerArrays(handler: NodePath): NodePath[] {
  const arrays: NodePath[] = [];
  forEachMethodCallPassing(handler, (call, callee) => {
    if (['push', 'unshift'].includes(getPropertyName(callee) ?? '')) arrays.push(call.child(callee, 'callee').child(callee.object, 'object'));
  });
  return arrays;
}

/**
 * Every method call in the handler binding's scope that is passed the binding (`handlers.push(h)`,
 * `map.set(key, h)`): `visit` gets the call and its member callee, and the argument's index.
 */
function forEachMethodCallPassing(handler: NodePath, visit: (call: NodePath, callee: Node & { type: 'MemberExpression' }, index: number) => void): void {
  const node = handler.node;
  if (node.type !== 'Identifier') return;
  const binding = findBinding(handler, node.name);
  const scope = binding ? findAncestorPath(handler, binding.scope) : null;
  if (!binding || !scope) return;
  // The binding's references (an argument is always one), in source order.
  for (const path of findBindingReferences(scope, binding)) {
    if (path.key !== 'arguments') continue;
    const call = path.parentPath;
    if (call?.node.type !== 'CallExpression' || !MEMBER_TYPES.has(call.node.callee.type)) continue;
    visit(call, call.node.callee as Node & { type: 'MemberExpression' }, path.index as number);
  }
}

/** A `const`'s initializer (`const h = handlers[i]` → `handlers[i]`), else the path itself. */
function resolveConstInit(path: NodePath): NodePath {
  const node = path.node;
  if (node.type !== 'Identifier') return path;
  const binding = findBinding(path, node.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return path;
  const scope = findAncestorPath(path, binding.scope);
  const init = scope ? findDescendantPath(scope, declaration.init) : null;
  return init ? unwrapPath(init) : path;
}

function isReleasedThroughCollectedItem(add: ListenerCall, removes: readonly ListenerCall[]): boolean {
  const arrays = getHandlerArrays(unwrapPath(add.handler!));
  if (arrays.length === 0 || !add.event) return false;
  return removes.some((remove) => {
    if (remove.family !== add.family || !remove.handler || !remove.event || !isSameListenerTarget(add.target, remove.target) || !isSameValue(add.event!, remove.event)) return false;
    // Case: `handlers[index]`, `const handlerToRemove = handlers[index]`
    const read = resolveConstInit(unwrapPath(remove.handler));
    const node = read.node;
    if (!MEMBER_TYPES.has(node.type) || !(node as { computed: boolean }).computed) return false;
    const array = read.child((node as Node & { type: 'MemberExpression' }).object, 'object');
    return arrays.some((collected) => isSameValue(collected, array));
  });
}

// ---- per-object records -----------------------------------------------------------------------

/** Where a record of `add` can be read back: the property (`onDispose`) or map (`map:this.#listeners`) it is kept under. */
function getRecordKeys(handler: NodePath): Set<string> {
  const keys = new Set<string>();
  const node = handler.node;
  // Case: `textureData.onDispose`, `this._onSessionEnd`: added as read from a record.
  if (MEMBER_TYPES.has(node.type) && !(node as { computed: boolean }).computed) {
    const name = getPropertyName(node as Node & { type: 'MemberExpression' });
    if (name) keys.add(`property:${name}`);
  }
  // Case: `this.#listeners.set(session, listener)` ... `session.on(e, listener)`
  if (node.type === 'Identifier') {
    const binding = findBinding(handler, node.name);
    const scope = binding ? findAncestorPath(handler, binding.scope) : null;
    if (!binding || !scope) return keys;
    for (const path of findBindingReferences(scope, binding)) {
      const call = path.parent;
      if (call?.type !== 'CallExpression' || path.key !== 'arguments' || path.index !== 1 || !MEMBER_TYPES.has(call.callee.type)) continue;
      const callee = call.callee as Node & { type: 'MemberExpression' };
      const map = getPropertyName(callee) === 'set' ? getMemberChain(callee.object) : null;
      if (map) keys.add(`map:${map}`);
    }
  }
  return keys;
}

/** The keys a removal's handler is read back under (`otherData.onDispose`, `this.#listeners.get(s)`, a `const` holding either). */
function getReadKeys(handler: NodePath | null): Set<string> {
  const keys = new Set<string>();
  if (!handler) return keys;
  let path = unwrapPath(handler);
  // Case: `for (const [noteId, listener] of this.listeners.entries()) … off(e, listener)`
  const entry = getMapEntryPart(path);
  if (entry?.part === 'value') {
    const map = getMemberChain(unwrapPath(entry.map).node);
    if (map) keys.add(`map:${map}`);
    return keys;
  }
  // Case: `const listener = this.#listeners.get(session)` ... `session.off(e, listener)`
  if (path.node.type === 'Identifier') {
    const binding = findBinding(path, path.node.name);
    const declaration = binding?.declaration;
    if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return keys;
    const scope = findAncestorPath(path, binding.scope);
    const declarationPath = scope ? findDescendantPath(scope, declaration.init) : null;
    if (!declarationPath) return keys;
    path = unwrapPath(declarationPath);
  }
  const node = path.node;
  if (MEMBER_TYPES.has(node.type) && !(node as { computed: boolean }).computed) {
    const name = getPropertyName(node as Node & { type: 'MemberExpression' });
    if (name) keys.add(`property:${name}`);
  }
  if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && MEMBER_TYPES.has(node.callee.type)) {
    const callee = node.callee as Node & { type: 'MemberExpression' };
    const map = getPropertyName(callee) === 'get' ? getMemberChain(callee.object) : null;
    if (map) keys.add(`map:${map}`);
  }
  return keys;
}

/** Two targets written alike (`session` and `session`, `this.canvas` and `this.canvas`): the same object of a per-object record. */
function isWrittenAlike(a: NodePath | null, b: NodePath | null): boolean {
  if (!a || !b) return false;
  const chain = getMemberChain(unwrapPath(a).node);
  return chain !== null && chain !== 'this' && chain === getMemberChain(unwrapPath(b).node);
}

/**
 * The class whose code a place is: its enclosing class, or, for a module function, the one class
 * that binds it to its instance (`this._onEnd = onEnd.bind(this)`). `null` outside any class.
 */
function resolveHomeClass(path: NodePath): Node | null {
  let fn: NodePath | null = null;
  for (let current: NodePath | null = path; current; current = current.parentPath) {
    const node = current.node;
    if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') return node;
    if (node.type === 'FunctionDeclaration' && current.parent?.type === 'Program') fn = current;
    if (node.type === 'Program' && fn) return findBindingClass(current, (fn.node as Node & { type: 'FunctionDeclaration' }).id?.name ?? null);
  }
  return null;
}

/** The one class of the program whose code has `<name>.bind(this)` or `<name>.call(this, …)`. */
function findBindingClass(program: NodePath, name: string | null): Node | null {
  if (!name) return null;
  const classes = new Set<Node>();
  forEachDescendant(program, (path) => {
    const node = path.node;
    if (node.type !== 'CallExpression' || node.arguments[0]?.type !== 'ThisExpression' || !MEMBER_TYPES.has(node.callee.type)) return;
    const callee = node.callee as Node & { type: 'MemberExpression' };
    if (callee.object.type !== 'Identifier' || callee.object.name !== name || !['bind', 'call', 'apply'].includes(getPropertyName(callee) ?? '')) return;
    const owner = resolveThisClass(path);
    if (owner) classes.add(owner.classPath.node);
  });
  return classes.size === 1 ? [...classes][0]! : null;
}

function isReleasedThroughRecord(add: ListenerCall, removes: readonly ListenerCall[]): boolean {
  const keys = getRecordKeys(unwrapPath(add.handler!));
  if (keys.size === 0) return false;
  const home = resolveHomeClass(add.call);
  if (!home) return false;
  return removes.some((remove) => {
    if (remove.family !== add.family || remove.call.node === add.call.node) return false;
    if (!isSameListenerTarget(add.target, remove.target) && !isWrittenAlike(add.target, remove.target) && !isWrittenAlikeByKey(add, remove)) return false;
    if (!add.event || !remove.event || !isSameValue(add.event, remove.event)) return false;
    if (![...getReadKeys(remove.handler)].some((key) => keys.has(key))) return false;
    return resolveHomeClass(remove.call) === home;
  });
}

// ---- per-key map entries ----------------------------------------------------------------------

/**
 * The add's target and the removal's are written alike but for the Map key: the handler went into
 * a Map under a key (`this.listeners.set(note.id, listener)`), the add's target is written with
 * that key (`document.getElementById(`note-${note.id}`)`), and the removal walks the same Map's
 * entries (`for (const [noteId, listener] of this.listeners)`) with its target written the same
 * way with the entry's key (`document.getElementById(`note-${noteId}`)`): the same element for
 * each entry.
 */
function isWrittenAlikeByKey(add: ListenerCall, remove: ListenerCall): boolean {
  if (!add.target || !remove.target || !remove.handler) return false;
  const entry = getMapEntryPart(remove.handler);
  const map = entry?.part === 'value' ? getMemberChain(unwrapPath(entry.map).node) : null;
  if (!map) return false;
  const removeShape = shapeOf(unwrapPath(remove.target), (path) => {
    const part = getMapEntryPart(path);
    return part?.part === 'key' && getMemberChain(unwrapPath(part.map).node) === map;
  });
  if (removeShape === null || !removeShape.includes(KEY)) return false;
  return getMapSetKeys(unwrapPath(add.handler!), map).some((key) => {
    const keyShape = shapeOf(key, () => false);
    return keyShape !== null && shapeOf(unwrapPath(add.target!), (path) => shapeOf(path, () => false) === keyShape) === removeShape;
  });
}

const KEY = '#key';

/** The keys `handler` (a binding) is put in the Map `map` under: `note.id` of `this.listeners.set(note.id, listener)`. */
function getMapSetKeys(handler: NodePath, map: string): NodePath[] {
  const keys: NodePath[] = [];
  forEachMethodCallPassing(handler, (call, callee, index) => {
    const key = (call.node as CallExpression).arguments[0];
    if (index === 1 && key && getPropertyName(callee) === 'set' && getMemberChain(callee.object) === map) keys.push(call.child(key, 'arguments', 0));
  });
  return keys;
}

/**
 * The expression written out (names, members, calls, literals, template literals), with the
 * parts `isKey` picks written as one placeholder; `null` for anything else.
 */
function shapeOf(path: NodePath, isKey: (path: NodePath) => boolean): string | null {
  if (isKey(path)) return KEY;
  const node = path.node;
  switch (node.type) {
    case 'Identifier':
      return node.name;
    case 'ThisExpression':
      return 'this';
    case 'StringLiteral':
      return JSON.stringify(node.value);
    case 'NumericLiteral':
      return String(node.value);
    case 'TSNonNullExpression':
    case 'TSAsExpression':
    case 'ParenthesizedExpression':
      return shapeOf(path.child(node.expression, 'expression'), isKey);
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const object = shapeOf(path.child(node.object, 'object'), isKey);
      const property = node.computed ? shapeOf(path.child(node.property, 'property'), isKey) : node.property.type === 'Identifier' ? node.property.name : null;
      return object === null || property === null ? null : node.computed ? `${object}[${property}]` : `${object}.${property}`;
    }
    case 'CallExpression':
    case 'OptionalCallExpression': {
      const callee = shapeOf(path.child(node.callee, 'callee'), isKey);
      const args = node.arguments.map((argument, index) => shapeOf(path.child(argument, 'arguments', index), isKey));
      return callee === null || args.includes(null) ? null : `${callee}(${args.join(',')})`;
    }
    case 'TemplateLiteral': {
      let text = '`';
      for (let i = 0; i < node.quasis.length; i++) {
        text += node.quasis[i]!.value.raw;
        const expression = node.expressions[i];
        if (!expression) continue;
        const part = shapeOf(path.child(expression, 'expressions', i), isKey);
        if (part === null) return null;
        text += `\${${part}}`;
      }
      return `${text}\``;
    }
    default:
      return null;
  }
}
