/**
 * Whether an acquisition runs directly in a component's teardown: the callback of a teardown hook
 * (`onDestroy(() => …)` in Svelte, Angular's `destroyRef.onDestroy(…)`, Vue's `onBeforeUnmount` /
 * `onUnmounted`, Solid's `onCleanup`), the cleanup an effect returns, a Vue Options-API
 * `beforeUnmount` / `unmounted` / `beforeDestroy` / `destroyed`, or a framework class's own release
 * member (`ngOnDestroy`, `componentWillUnmount`, `disconnectedCallback`).
 *
 * Nothing of the component runs after that code to end what it starts: a listener added or an
 * interval started there is never ended, and is most likely a slip for the removal
 * (`addEventListener` written for `removeEventListener`). A fix that "ends it at teardown" would
 * put the end right beside the start. Only the code directly in the callback counts (and, for an
 * effect, a function it declares that only its returned cleanup runs), not a callback it hands
 * on; and not a generic `dispose()` / `close()` method, whose own work may
 * well wait for something (`close() { socket.once('close', done) }`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { SingleFileComponent } from '../../core/rule';
import { getCalleeName, unwrapExpression } from '../syntax/expressions';
import { findBinding, isFunctionNode } from '../syntax/scope';
import { findBindingReferences } from '../syntax/binding-references';
import type { OwnerScope } from './owner-scope';
import { getOptionsMemberFunction, getOptionsMemberName, resolveVueOptionsComponent } from './vue-options-component';

/** Composition-API and Svelte / Solid / Angular `DestroyRef` teardown registrations. */
const TEARDOWN_CALLS: ReadonlySet<string> = new Set(['onDestroy', 'onBeforeUnmount', 'onUnmounted', 'onCleanup']);
/** Vue Options-API teardown hooks (Vue 3 and Vue 2 names). */
const VUE_OPTIONS_TEARDOWN: ReadonlySet<string> = new Set(['beforeUnmount', 'unmounted', 'beforeDestroy', 'destroyed']);
/** Class owners whose release members the framework itself calls when the component goes away. */
const FRAMEWORK_CLASS_KINDS: ReadonlySet<string> = new Set(['react-class', 'vue-class', 'angular', 'custom-element']);

/** The teardown `acquisition` runs directly in, named for a message (`onDestroy`, `the effect's cleanup`), or `null`. */
export function findTeardownCallback(acquisition: NodePath, owner: OwnerScope, sfc: SingleFileComponent | null = null): string | null {
  const fn = acquisition.findParent((path) => isFunctionNode(path.node));
  if (!fn) return null;
  // Case: `componentWillUnmount() { window.addEventListener(…) }`, directly in the member.
  const classOwner = owner.classOwner;
  if (classOwner && FRAMEWORK_CLASS_KINDS.has(classOwner.kind) && owner.nested.length === 0 && classOwner.memberName !== null && classOwner.releaseMembers.has(classOwner.memberName)) {
    return `${classOwner.memberName}()`;
  }
  const parent = fn.parentPath;
  if (!parent) return null;
  // Case: `onDestroy(() => { … })`, `this.destroyRef.onDestroy(() => { … })`
  if ((parent.node.type === 'CallExpression' || parent.node.type === 'OptionalCallExpression') && fn.key === 'arguments') {
    const callee = unwrapExpression(parent.node.callee as Node);
    const name = getCalleeName(callee);
    if (name !== null && TEARDOWN_CALLS.has(name)) return name;
  }
  // Case: `useEffect(() => { …; return () => { … }; })`, `onMount(() => () => { … })`
  if (owner.lifecycle && owner.nested[0]?.node === fn.node && owner.nested.length === 1) {
    const scope = owner.scope.node;
    const returned = (parent.node.type === 'ReturnStatement' && fn.parentPath?.findParent((path) => isFunctionNode(path.node))?.node === scope) || (parent.node === scope && fn.key === 'body');
    if (returned) return "the effect's cleanup";
  }
  // Case: `const stopLoading = () => { …; setTimeout(reset, 500); }; …; return () => { stopLoading(); };`:
  // a function of the effect that only the effect's cleanup runs is part of that cleanup
  if (owner.lifecycle && owner.nested.length === 1 && owner.nested[0]?.node === fn.node) {
    const helper = findCleanupOnlyHelper(fn, owner.scope);
    if (helper !== null) return `the effect's cleanup (through \`${helper}()\`)`;
  }
  // Case: Options API, `beforeUnmount() { … }` / `destroyed: function () { … }`
  const member = fn.node.type === 'ObjectMethod' ? fn : parent.node.type === 'ObjectProperty' && fn.key === 'value' ? parent : null;
  const object = member?.parentPath;
  if (member && object?.node.type === 'ObjectExpression' && getOptionsMemberFunction(member.node) === fn.node) {
    const name = getOptionsMemberName(member.node);
    if (name !== null && VUE_OPTIONS_TEARDOWN.has(name) && resolveVueOptionsComponent(object, sfc)) return `${name}()`;
  }
  return null;
}

/**
 * The name of `fn` when it is a function the effect callback `scope` declares
 * (`function stop() {…}`, `const stop = () => {…}`) and every use of it is a call directly in the
 * cleanup the effect returns (`return () => { stop(); }`) or that cleanup itself (`return stop;`).
 * A function also called from the effect's own code, an event handler or a timer, or handed on,
 * is not (`null`).
 */
function findCleanupOnlyHelper(fn: NodePath, scope: NodePath): string | null {
  const declaration = fn.node.type === 'FunctionDeclaration' ? fn : fn.parentPath?.node.type === 'VariableDeclarator' && fn.key === 'init' ? fn.parentPath : null;
  const id = declaration ? (declaration.node as { id?: Node | null }).id : null;
  if (!declaration || id?.type !== 'Identifier') return null;
  const binding = findBinding(declaration, id.name);
  if (!binding || binding.identifier !== id || binding.scope !== scope.node || (binding.kind !== 'const' && binding.kind !== 'function')) return null;
  const references = findBindingReferences(scope, binding);
  const isCleanup = (cleanup: NodePath | null): boolean => {
    if (!cleanup || !isFunctionNode(cleanup.node)) return false;
    const parent = cleanup.parentPath;
    if (parent?.node === scope.node) return cleanup.key === 'body';
    return parent?.node.type === 'ReturnStatement' && parent.findParent((path) => isFunctionNode(path.node))?.node === scope.node;
  };
  const isCleanupUse = (reference: NodePath): boolean => {
    const parent = reference.parentPath;
    // Case: `return stop;`: the helper is the cleanup
    if (parent?.node.type === 'ReturnStatement') return parent.findParent((path) => isFunctionNode(path.node))?.node === scope.node;
    // Case: `return () => { stop(); }`: called directly in the cleanup
    if (parent?.node.type !== 'CallExpression' || reference.key !== 'callee') return false;
    return isCleanup(parent.findParent((path) => isFunctionNode(path.node)));
  };
  return references.length > 0 && references.every(isCleanupUse) ? id.name : null;
}
