/**
 * The owner's release place for one acquisition: where the release statements go, as data
 * (the edits are built by release-edits.ts). One table from owner kind to release place:
 *
 * | owner | release place |
 * | --- | --- |
 * | React effect, Svelte `onMount` / `$effect` | the cleanup the callback returns |
 * | Vue setup / `<script setup>` / `onMounted`, Svelte instance script | `onBeforeUnmount(...)` / `onDestroy(...)` in the setup code |
 * | Solid `onMount` / `createEffect` | `onCleanup(...)` right after the acquisition |
 * | Angular class with an injected `DestroyRef` | `this.destroyRef.onDestroy(...)` right after the acquisition (directly in the member, before any `await`) |
 * | React class, Angular, custom element, disposable or plain class | the release method (`componentWillUnmount`, `ngOnDestroy`, `disconnectedCallback`, `dispose`, ...) |
 * | Vue Options-API component | its `beforeUnmount` / `beforeDestroy` / `deactivated` hook |
 * | cancellable function | `signal.addEventListener('abort', ..., { once: true })` right after the acquisition |
 * | no owner (a named function) | a stop function the function returns (suggestion only) |
 */
import type { ArrowFunctionExpression, FunctionDeclaration, FunctionExpression, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { ClassOwnerScope, OwnerScope, SignalInScope } from './owner-scope';
import type { VueOptionsOwner } from './vue-options-owner';
import { getEnclosingStatement } from '../syntax/enclosing-statement';
import { forEachDescendant } from '../syntax/descendants';
import { findBinding } from '../syntax/scope';
import { getConstructorBinding } from '../syntax/this-prototype';
import { RESOURCES } from '../resources/catalog';

export { getEnclosingStatement };

export type CleanupFunction = ArrowFunctionExpression | FunctionExpression | FunctionDeclaration;

export type ReleasePlace =
  /** `return () => { release };` from `fn` (every path after `anchor`). */
  | { kind: 'returned-cleanup'; fn: NodePath<CleanupFunction>; anchor: NodePath }
  /** `hook(() => { release })` registered in setup code `scope`, after `anchor`. */
  | { kind: 'teardown-hook'; hook: string; module: string; scope: NodePath; anchor: NodePath }
  /** `hook(() => { release })` right after the acquiring `statement` (Solid's `onCleanup`). */
  | { kind: 'cleanup-call'; hook: string; module: string; statement: NodePath }
  /** `this.<member>.onDestroy(() => { release })` right after the acquiring `statement`. */
  | { kind: 'destroy-ref'; member: string; statement: NodePath; classOwner: ClassOwnerScope }
  /** `signal.addEventListener('abort', () => { release }, { once: true })` right after `statement`. */
  | { kind: 'abort-listener'; signal: SignalInScope; statement: NodePath }
  /** The class's release method. */
  | { kind: 'class-method'; classOwner: ClassOwnerScope }
  /** The release hook of a Vue Options-API component (`beforeUnmount() { release }`), handles on `this`. */
  | { kind: 'options-hook'; vue: VueOptionsOwner };

export type ReleasePlaceResult = { place: ReleasePlace } | { place: null; reason: string };


/** The direct child statement of `scope`'s body (a function's block, or the Program) that contains `path`. */
export function getAnchorStatement(scope: NodePath, path: NodePath): NodePath | null {
  const body = scope.node.type === 'Program' ? scope.node : (scope.node as { body?: Node }).body;
  if (!body || (body.type !== 'BlockStatement' && body.type !== 'Program')) return null;
  for (let current: NodePath | null = path; current && current.parentPath; current = current.parentPath) {
    if (current.parentPath.node === body) return current;
  }
  return null;
}

function isCleanupFunction(node: Node): node is CleanupFunction {
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression' || node.type === 'FunctionDeclaration';
}

/** Where code with no owner can hand back a stop function: a named function that returns nothing yet. */
/**
 * The function is put in an object as a property value (`const directive = { mounted, unmounted }`,
 * `{ beforeMount: bind }`): a hook table whose consumer (Vue's directive runtime, a plugin host)
 * calls it and drops what it returns, so a stop function returned from it would reach nobody.
 */
function isHookTableEntry(fn: NodePath): boolean {
  const node = fn.node;
  const parent = fn.parentPath?.node;
  const id = node.type === 'FunctionDeclaration' ? node.id : parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' ? parent.id : null;
  if (!id) return false;
  const program = fn.findParent((path) => path.node.type === 'Program');
  if (!program) return false;
  let found = false;
  forEachDescendant(program, (path) => {
    if (found) return false;
    const property = path.node;
    if (property.type !== 'ObjectProperty' || property.computed || property.value.type !== 'Identifier' || property.value.name !== id.name) return undefined;
    found = findBinding(path.child(property.value, 'value'), id.name)?.identifier === id;
    return undefined;
  });
  return found;
}

function isStoppableFunction(fn: NodePath): boolean {
  const node = fn.node;
  if (!isCleanupFunction(node) || node.async || node.generator || node.body.type !== 'BlockStatement') return false;
  // Case: `function startPolling() {}`, `const startPolling = () => {}`, `export default function () {}`
  const parent = fn.parentPath?.node;
  const named =
    node.type === 'FunctionDeclaration' ||
    (parent?.type === 'VariableDeclarator' && fn.key === 'init') ||
    parent?.type === 'ExportDefaultDeclaration';
  if (!named) return false;
  if (isHookTableEntry(fn)) return false;
  // A constructor (`function Poller() {}` with `Poller.prototype.…` or `new Poller()`): a function
  // it returned would replace the instance `new` makes.
  if (getConstructorBinding(fn)) return false;
  // A declared return type other than `void` (or a function type) says what callers get: a stop function would break it.
  const returnType = node.returnType;
  if (returnType && !(returnType.type === 'TSTypeAnnotation' && ['TSVoidKeyword', 'TSFunctionType'].includes(returnType.typeAnnotation.type))) return false;
  const returned: Node[] = [];
  const stack: Node[] = [node.body];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current !== node.body && (isCleanupFunction(current) || current.type === 'ClassMethod' || current.type === 'ObjectMethod' || current.type === 'ClassPrivateMethod')) continue;
    if (current.type === 'ReturnStatement' && current.argument) returned.push(current.argument);
    for (const value of Object.values(current)) {
      if (Array.isArray(value)) for (const item of value) if (item && typeof item.type === 'string') stack.push(item as Node);
      if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as Node).type === 'string' && value !== current) stack.push(value as Node);
    }
  }
  // Case: `return () => { window.removeEventListener('resize', onResize); };`: the function already
  // returns its stop function; the new release joins it (returned-cleanup.ts extends it).
  if (returned.length > 0) return returned.every((argument) => isReturnedStopFunction(fn, argument));
  if (returnType && returnType.type === 'TSTypeAnnotation' && returnType.typeAnnotation.type === 'TSFunctionType') return false;
  return true;
}

/** Every name a release of the catalog is called by (`removeEventListener`, `off`, `clearInterval`, `disconnect`, ...). */
const RELEASE_NAMES: ReadonlySet<string> = new Set(
  RESOURCES.flatMap((resource) => {
    const release = resource.release;
    return 'names' in release ? [...release.names] : [release.name];
  }),
);

/**
 * A returned stop function: a function literal (or the name of a local one) that is not async
 * and calls a release of the catalog (`off`, `removeEventListener`, `clearInterval`, ...), so
 * callers hold it to stop what the function started, and a release more belongs in it.
 */
function isReturnedStopFunction(fn: NodePath, argument: Node): boolean {
  let cleanup: Node | null = argument;
  while (cleanup && (cleanup.type === 'TSAsExpression' || cleanup.type === 'ParenthesizedExpression' || cleanup.type === 'TSSatisfiesExpression')) cleanup = cleanup.expression;
  // Case: `return stop;` naming a local `function stop() {}` / `const stop = () => {}`
  if (cleanup?.type === 'Identifier') {
    const name = cleanup.name;
    let found: Node | null = null;
    forEachDescendant(fn, (path) => {
      const node = path.node;
      if (found || node.type !== 'Identifier' || node.name !== name) return undefined;
      const binding = findBinding(path, name);
      if (!binding || binding.scope !== fn.node) return undefined;
      const declaration = binding.declaration;
      if (declaration.type === 'FunctionDeclaration') found = declaration;
      else if (declaration.type === 'VariableDeclarator' && binding.kind === 'const' && declaration.init) found = declaration.init;
      return undefined;
    });
    cleanup = found;
  }
  if (!cleanup || (cleanup.type !== 'ArrowFunctionExpression' && cleanup.type !== 'FunctionExpression' && cleanup.type !== 'FunctionDeclaration') || cleanup.async || cleanup.generator) return false;
  let releases = false;
  const stack: Node[] = [cleanup.body];
  while (stack.length > 0 && !releases) {
    const current = stack.pop()!;
    if (current.type === 'CallExpression' || current.type === 'OptionalCallExpression') {
      const callee = current.callee;
      const name = callee.type === 'Identifier' ? callee.name : (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : null;
      if (name !== null && RELEASE_NAMES.has(name)) releases = true;
    }
    for (const value of Object.values(current)) {
      if (Array.isArray(value)) for (const item of value) if (item && typeof item.type === 'string') stack.push(item as Node);
      if (value && typeof value === 'object' && !Array.isArray(value) && typeof (value as Node).type === 'string' && value !== current) stack.push(value as Node);
    }
  }
  return releases;
}

/**
 * The acquisition may run after the instance is destroyed: in a callback inside the member (a
 * `subscribe` or `then` callback, a timer's, an operator's), or after an `await` of an async
 * member. There `destroyRef.onDestroy(…)` must not be called: on a destroyed view Angular 16–19
 * throw NG0911 ("View has already been destroyed"), so the release goes to `ngOnDestroy`, which
 * the handles reach through a member (an array when there can be several).
 */
function mayRunAfterDestroy(owner: OwnerScope, acquisition: NodePath): boolean {
  if (owner.nested.length > 0) return true;
  const fn = owner.scope.node;
  if (!isCleanupFunction(fn) && fn.type !== 'ClassMethod' && fn.type !== 'ClassPrivateMethod') return false;
  if (!fn.async) return false;
  const start = acquisition.node.start ?? 0;
  let awaited = false;
  forEachDescendant(owner.scope, (path) => {
    if (awaited || (path !== owner.scope && (isCleanupFunction(path.node) || path.node.type === 'ClassMethod' || path.node.type === 'ObjectMethod'))) return false;
    if ((path.node.type === 'AwaitExpression' || (path.node.type === 'ForOfStatement' && path.node.await)) && (path.node.start ?? 0) < start) awaited = true;
    return undefined;
  });
  return awaited;
}

export function resolveReleasePlace(owner: OwnerScope, acquisition: NodePath): ReleasePlaceResult {
  const statement = getEnclosingStatement(acquisition);
  switch (owner.kind) {
    case 'react-effect':
    case 'svelte-effect':
    case 'none': {
      if (owner.kind === 'none' && !isStoppableFunction(owner.scope)) return { place: null, reason: 'no owner decides when it may stop' };
      const fn = owner.scope;
      if (!isCleanupFunction(fn.node) || fn.node.body.type !== 'BlockStatement') return { place: null, reason: 'the callback has no block body' };
      if (fn.node.async || fn.node.generator) return { place: null, reason: 'an async callback cannot return its cleanup' };
      const anchor = getAnchorStatement(fn, acquisition);
      if (!anchor) return { place: null, reason: 'the acquisition is not inside a statement of the callback' };
      return { place: { kind: 'returned-cleanup', fn: fn as NodePath<CleanupFunction>, anchor } };
    }
    case 'component-setup': {
      const setup = owner.setup!;
      // `onMounted(() => ...)` -> the hook goes after the `onMounted(...)` statement of the setup code.
      const from = owner.lifecycle ? owner.lifecycle.call : acquisition;
      const anchor = getAnchorStatement(setup.scope, from);
      if (!anchor) return { place: null, reason: 'the acquisition is not inside a statement of the setup code' };
      return { place: { kind: 'teardown-hook', hook: setup.teardownHook, module: setup.hookModule, scope: setup.scope, anchor } };
    }
    case 'solid-effect':
      if (!statement || owner.nested.length > 0) return { place: null, reason: '`onCleanup` only works while the callback runs' };
      return { place: { kind: 'cleanup-call', hook: 'onCleanup', module: 'solid-js', statement } };
    case 'cancellable-function':
      if (!statement) return { place: null, reason: 'the acquisition is not a statement' };
      return { place: { kind: 'abort-listener', signal: owner.signal!, statement } };
    case 'react-class':
    case 'vue-class':
    case 'angular':
    case 'custom-element':
    case 'disposable-class': {
      const classOwner = owner.classOwner!;
      if (!classOwner.thisIsInstance) return { place: null, reason: '`this` is not the instance where the acquisition runs' };
      if (classOwner.kind === 'angular' && classOwner.destroyRef && statement && !classOwner.existingRelease && !mayRunAfterDestroy(owner, acquisition)) {
        return { place: { kind: 'destroy-ref', member: classOwner.destroyRef, statement, classOwner } };
      }
      if (classOwner.memberName === classOwner.releaseMethod) return { place: null, reason: 'it is acquired by the release method itself' };
      return { place: { kind: 'class-method', classOwner } };
    }
    case 'plain-class':
      // A new `dispose()` would have no caller: report where the instances are made instead (instance-creations.ts).
      return { place: null, reason: 'the class has no disposal method, and a new one would have no caller' };
    case 'vue-options': {
      const vue = owner.vueOptions!;
      if (!vue.thisIsInstance) return { place: null, reason: '`this` is not the component instance where the acquisition runs' };
      return { place: { kind: 'options-hook', vue } };
    }
    case 'module':
      return { place: null, reason: 'module code lives as long as the module' };
  }
}
