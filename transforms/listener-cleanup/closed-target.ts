/**
 * Whether the owner closes the object a listener is on — a socket it ends, a child process it
 * kills, a server it closes, a client it disconnects, a controller it stops. Once the object is
 * closed it emits nothing more, and its listeners go with it (the same reason a listener on a
 * socket this rule releases through its handle needs no removal of its own). Removing each
 * listener as well would only add noise — and, written before the close, would drop the
 * `exit` / `close` events the close itself emits.
 *
 * The close counts where the owner's code is: anywhere in the class for a class owner (the
 * same `this.x` of the same instance), anywhere in the owner's function otherwise (an effect
 * callback, the function that made a local client). A part of a closed object goes with it:
 * killing `this.child` ends `this.child.stdout`, tearing down `this.bridgeService` ends the
 * listeners on `this.bridgeService.bridge`. In a Vue Options-API component, a close in any of
 * its hooks or methods counts for a `this.x` object (requarks/wiki's CKEditor component destroys
 * `this.editor` in `beforeDestroy`; a removal appended after it read a nulled `this.editor`).
 * With no owner, an object a module-level binding holds is closed by a close anywhere in the
 * file (FlowiseAI's audio recorder object: `start()` listens on `recorder.mediaRecorder`,
 * `cancel()` stops it). For a mount hook (`onMount`, `onMounted`) the code of the component
 * that registered it counts too (`owner.component`: the component function, `setup()`,
 * `<script setup>`, a Svelte instance script), for a variable of the component or a class's one
 * instance (`Worker.instance()`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { getSteadyInitializer, isSameValue, isSingletonAccessor } from './same-value';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { findAncestorPath, findProgramPath, unwrapPath } from '../../src/core/node-helpers';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';

/** Methods that end an emitter's life (Node streams, sockets, servers, child processes, requests, MQTT / Redis / socket.io clients, ...). */
export const CLOSING_METHODS: ReadonlySet<string> = new Set([
  'close',
  'closeAsync',
  'end',
  'endAsync',
  'destroy',
  'terminate',
  'abort',
  'kill',
  'stop',
  'disconnect',
  'dispose',
  'teardown',
  'shutdown',
  'quit',
  'removeAllListeners',
  // A realtime channel's own `unsubscribe()` (Supabase, Pusher) ends what was registered on it.
  'unsubscribe',
]);

/**
 * The object a call chain starts from: `channel` of `channel.on('a', f).on('b', g)`, the
 * source of a `.subscribe(...)` made on such a chain.
 */
export function getCallChainRoot(source: NodePath): NodePath {
  let current = unwrapPath(source);
  for (;;) {
    const node = current.node;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return current;
    const callee = unwrapPath(current.child(node.callee as Node, 'callee'));
    if (callee.node.type !== 'MemberExpression' && callee.node.type !== 'OptionalMemberExpression') return current;
    current = unwrapPath(callee.child(callee.node.object, 'object'));
  }
}

/**
 * `target` and the objects it is a part of (`this.child.stdout` -> itself, `this.child`; an
 * element's `querySelector(…)` result is a part of the element),
 * rooted at `this` or at a local binding; never a global (`window.close()` closes no listener
 * object) and never bare `this` (the owner itself).
 */
function getClosableObjects(target: NodePath): NodePath[] {
  const objects: NodePath[] = [];
  let current = unwrapPath(target);
  for (;;) {
    const node = current.node;
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed) {
      objects.push(current);
      current = unwrapPath(current.child(node.object, 'object'));
      continue;
    }
    // Case: `this.element.querySelector('.content')`: a descendant, taken out of the page with its ancestor
    const callee = node.type === 'CallExpression' ? unwrapPath(current.child(node.callee as Node, 'callee')) : null;
    if (!callee || callee.node.type !== 'MemberExpression' || callee.node.computed || getPropertyName(callee.node) !== 'querySelector') break;
    current = unwrapPath(callee.child(callee.node.object, 'object'));
  }
  const root = current.node;
  // Case: `DecryptionWorker.instance()`: a class's one instance, the same object wherever it is asked for
  if (isSingletonAccessor(root)) {
    objects.push(current);
    return objects;
  }
  if (root.type === 'Identifier') {
    const binding = findBinding(current, root.name);
    if (!binding) return [];
    objects.push(current);
    // Case: `const client = await connect(); client.on('error', f); this.client = client;`: the
    // local is the object the class keeps in `this.client`, even if it is also handed back
    objects.push(...getStoredMembers(binding, current));
    return objects;
  }
  return root.type === 'ThisExpression' ? objects : [];
}

/**
 * The `this.x` members the function of `binding` stores it in (`this.client = client` as a
 * statement), for a local or a parameter nothing reassigns (`setup: (editor) => { this.editor =
 * editor; editor.on(…) }`); the member paths, empty for anything else.
 */
function getStoredMembers(binding: Binding, at: NodePath): NodePath[] {
  if (binding.kind !== 'const' && binding.kind !== 'let' && binding.kind !== 'var' && binding.kind !== 'param') return [];
  if (isReassigned(binding, at)) return [];
  const scope = findAncestorPath(at, binding.scope);
  if (!scope) return [];
  const members: NodePath[] = [];
  forEachDescendant(scope, (path) => {
    const node = path.node;
    if (node.type !== 'AssignmentExpression' || node.operator !== '=' || path.parent?.type !== 'ExpressionStatement') return undefined;
    const right = unwrapExpression(node.right);
    if (right.type !== 'Identifier' || right.name !== binding.name || findBinding(path, right.name) !== binding) return undefined;
    const left = node.left;
    if (left.type !== 'MemberExpression' || left.computed || unwrapExpression(left.object).type !== 'ThisExpression') return undefined;
    members.push(path.child(left, 'left'));
    return undefined;
  });
  return members;
}

/** `this.x.y`: a member chain off `this` (another function's `this` in the component is the instance too). */
function isThisChain(path: NodePath): boolean {
  let current = unwrapPath(path);
  while ((current.node.type === 'MemberExpression' || current.node.type === 'OptionalMemberExpression') && !current.node.computed) current = unwrapPath(current.child(current.node.object, 'object'));
  return current.node.type === 'ThisExpression';
}

/** The objects each region closes (`this.child` of `this.child.kill()`), collected once per region. */
const closedObjectsCache = new WeakMap<Node, NodePath[]>();

function getClosedObjects(region: NodePath): NodePath[] {
  let closed = closedObjectsCache.get(region.node);
  if (closed) return closed;
  const found: NodePath[] = [];
  forEachDescendant(region, (path) => {
    const node = path.node;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return undefined;
    const callee = unwrapPath(path.child(node.callee as Node, 'callee'));
    if (callee.node.type !== 'MemberExpression' && callee.node.type !== 'OptionalMemberExpression') return undefined;
    const method = getPropertyName(callee.node) ?? '';
    // Case: `tinymce.remove(this.editor)`, `echarts.dispose(this.chart)`: a library's teardown of the one object handed to it
    const handed = getLibraryTeardownArgument(path, callee, method);
    if (handed) {
      found.push(handed);
      return undefined;
    }
    // Case: `this.element.remove()`: a DOM element (or a jQuery wrapper, a map layer) taken out of
    // the page, with what listens on it and on its descendants (siyuan's popover panel)
    if (!CLOSING_METHODS.has(method) && !(method === 'remove' && node.arguments.length === 0)) return undefined;
    // `removeAllListeners('data')` ends the listeners of one event only (matched as a removal instead).
    if (method === 'removeAllListeners' && node.arguments.length > 0) return undefined;
    // Case: `this.child.kill()`, `this.client?.endAsync()`, `client.end()`, `socket.destroy()`
    const object = callee.child(callee.node.object, 'object');
    found.push(object);
    // Case: `const player = this.player; player.destroy()`: the alias closes the member it was read from
    const aliased = getAliasedMember(object);
    if (aliased) found.push(aliased);
    return undefined;
  });
  closedObjectsCache.set(region.node, (closed = found));
  return closed;
}

/** Teardown functions of a library namespace that take the object they end (`tinymce.remove(editor)`, `echarts.dispose(chart)`). */
const LIBRARY_TEARDOWN_METHODS: ReadonlySet<string> = new Set(['remove', 'destroy', 'dispose']);

/**
 * The argument of `lib.remove(x)` / `lib.destroy(x)` / `lib.dispose(x)` with one argument, where
 * `lib` is a global, an import or a `declare const tinymce`: the library keeps the objects it
 * made in a registry and ends the one handed back — its listeners go with it. Not a method of
 * `this.x` or of a variable (`this.tabs.remove(tab)` takes an item out of a collection, which
 * may live on elsewhere), and not with more arguments.
 */
function getLibraryTeardownArgument(call: NodePath, callee: NodePath, method: string): NodePath | null {
  const node = call.node;
  if ((node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') || !LIBRARY_TEARDOWN_METHODS.has(method) || node.arguments.length !== 1) return null;
  if (callee.node.type !== 'MemberExpression' && callee.node.type !== 'OptionalMemberExpression') return null;
  const library = unwrapExpression(callee.node.object);
  if (library.type !== 'Identifier') return null;
  const binding = findBinding(callee, library.name);
  if (binding && binding.kind !== 'import' && !binding.ambient) return null;
  const argument = node.arguments[0]!;
  if (argument.type === 'SpreadElement' || argument.type === 'ArgumentPlaceholder') return null;
  return unwrapPath(call.child(argument as Node, 'arguments', 0));
}

/**
 * The member chain a local alias was read from (`this.hls` of `const hls = this.hls` or of a
 * `var`/`let` nothing reassigns, also the left of `this.hls ?? fallback` / `||`: the local is the
 * member whenever the member is set), at the closing call's `object`; `null` for anything else.
 * Only a member read, never a call: `const a = make()` twice is two objects.
 */
function getAliasedMember(object: NodePath): NodePath | null {
  const node = unwrapPath(object).node;
  const binding = node.type === 'Identifier' ? findBinding(object, node.name) : null;
  let init = binding ? getSteadyInitializer(binding, object) : null;
  // Case: `const client = this.client ?? (await this.pending)`: where the member is set, the local is it
  if (init?.node.type === 'LogicalExpression' && (init.node.operator === '??' || init.node.operator === '||')) init = unwrapPath(init.child(init.node.left, 'left'));
  return init && (init.node.type === 'MemberExpression' || init.node.type === 'OptionalMemberExpression') && !init.node.computed ? init : null;
}

export function isClosedByOwner(target: NodePath | null, owner: OwnerScope): boolean {
  if (!target || owner.kind === 'module') return false;
  // (a chain's listeners come with the object the chain starts from: listener-call.ts)
  const objects = getClosableObjects(target);
  if (objects.length === 0) return false;
  const closed = getClosedObjects(owner.classOwner?.classPath ?? owner.scope);
  if (closed.some((object) => objects.some((candidate) => isSameValue(candidate, object)))) return true;
  // Case: no owner, an object held by a module-level binding (`recorder.media` of `const recorder
  // = { … }`) that a function of the file closes (`recorder.media.stop()` in `cancel()`): the
  // listener goes with it, wherever it was added.
  const root = objects[objects.length - 1]!;
  if (owner.kind === 'none' && root.node.type === 'Identifier' && findBinding(root, root.node.name)?.scope.type === 'Program') {
    const program = findProgramPath(root);
    if (program && getClosedObjects(program).some((object) => objects.some((candidate) => isSameValue(candidate, object)))) return true;
  }
  // Case: a mount hook's object that the component's own cleanup closes: Solid's `let player;
  // onMount(() => { player = new Artplayer(o); player.on('ready', f) }); onCleanup(() =>
  // player?.destroy())` (alist's video preview), Vue's `onMounted` with `onUnmounted` in setup or
  // `<script setup>`, Svelte's `onMount` with `onDestroy`: a variable of the component, or a
  // class's one instance (`Worker.instance()`, the same object wherever it is asked for).
  const singleton = isSingletonAccessor(unwrapPath(root).node);
  const component = owner.component;
  if (component && (singleton || isComponentVariable(root, component)) && getClosedObjects(component).some((object) => objects.some((candidate) => isSameValue(candidate, object)))) return true;
  // Case: a Vue Options-API component: `this.editor.destroy()` in `beforeDestroy` ends the
  // listener `mounted` put on `this.editor.model.document` (the hooks share one `this`), and
  // `Worker.instance().destroy()` there ends the listener `mounted` put on `Worker.instance()`.
  const options = owner.vueOptions?.thisIsInstance ? owner.vueOptions.component.object : null;
  if (!options || unwrapPath(root).node.type === 'Identifier') return false;
  return getClosedObjects(options).some((object) => (singleton || isThisChain(object)) && objects.some((candidate) => isSameValue(candidate, object)));
}

/** `player` of `let player` declared in the component's own code (its function, `<script setup>`, a Svelte instance script). */
function isComponentVariable(root: NodePath, component: NodePath): boolean {
  const node = unwrapPath(root).node;
  return node.type === 'Identifier' && findBinding(root, node.name)?.scope === component.node;
}
