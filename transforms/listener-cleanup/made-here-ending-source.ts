/**
 * listener-cleanup: a subscription to the end-of-life observable of an object this very function
 * made — `observer.destroyed$` of `const observer = new CompletionObserver(tab)`, `tab.destroyed$`
 * of the component the function just created (`componentFactory.create(injector).instance`,
 * `viewContainerRef.createComponent(Tab).instance`):
 *
 *   const observer = new CompletionObserver(tab);
 *   observer.destroyed$.subscribe(() => this.stopObservingTabCompletion(tab));
 *
 * The object did not exist before this call, so nothing piles up on a long-lived observable; the
 * subscription is held by the object's own subject and lives at most as long as the object; and
 * the observable says by its name that it fires when the object ends (`destroyed$`, `closed$`,
 * `disposed$`, …: the subscription's counterpart of a listener on a terminal event,
 * self-ending-listener.ts). Not a finding (tabby's `TabsService.create`, `AppService`).
 *
 * Not provable from here, and still findings: the same observable of an object handed in
 * (`tab.destroyed$` of a parameter: it may be long-lived, and a subscription is added per call),
 * an observable that is not named for the end (`observer.done$`), and whether a subject really
 * completes (that is in its class, often another file).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { unwrapPath } from '../../src/core/node-helpers';
import { isCreationExpression, isMadeHereTarget } from './made-here-target';

/** Observables named for the end of their object's life: `destroyed$`, `onClose$`, `disposed`. */
const ENDING_OBSERVABLE = /^(?:on)?(?:destroyed|disposed|closed|ended|finished|exited|terminated)\$?$/i;

/** `x.createComponent(Tab)` (a `ViewContainerRef`'s, or `createComponent` of `@angular/core`), `factory.create(injector)` of a `resolveComponentFactory(…)`. */
function isComponentCreation(node: Node, at: NodePath): boolean {
  const value = unwrapExpression(node);
  if (value.type !== 'CallExpression') return false;
  const callee = unwrapExpression(value.callee);
  if (callee.type === 'Identifier') return callee.name === 'createComponent';
  if (callee.type !== 'MemberExpression') return false;
  const method = getPropertyName(callee);
  if (method === 'createComponent') return true;
  if (method !== 'create') return false;
  // Case: `const factory = this.resolver.resolveComponentFactory(Tab)` ... `factory.create(this.injector)`
  const factory = unwrapExpression(callee.object);
  const init = factory.type === 'Identifier' ? getConstInit(at, factory.name) : factory;
  if (!init || init.type !== 'CallExpression') return false;
  const inner = unwrapExpression(init.callee);
  return inner.type === 'MemberExpression' && getPropertyName(inner) === 'resolveComponentFactory';
}

function getConstInit(at: NodePath, name: string): Node | null {
  const binding = findBinding(at, name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'const' || binding.scope.type === 'Program' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return null;
  return unwrapExpression(declaration.init);
}

/** `ref.instance` where `ref` holds a component this function created (or the creation itself). */
function isCreatedComponentInstance(node: Node, at: NodePath): boolean {
  const value = unwrapExpression(node);
  if (value.type !== 'MemberExpression' || getPropertyName(value) !== 'instance') return false;
  const ref = unwrapExpression(value.object);
  if (ref.type === 'Identifier') {
    const init = getConstInit(at, ref.name);
    return init !== null && isComponentCreation(init, at);
  }
  return isComponentCreation(ref, at);
}

/** The object was made by this function: `new X()`, a created element, a component it created. */
function isMadeHere(object: NodePath): boolean {
  const node = unwrapPath(object).node;
  if (isCreationExpression(node) || isCreatedComponentInstance(node, object)) return true;
  if (node.type !== 'Identifier') return false;
  if (isMadeHereTarget(object)) return true;
  // Case: `const tab = componentRef.instance`
  const init = getConstInit(object, node.name);
  return init !== null && isCreatedComponentInstance(init, object);
}

/** `source` (what `.subscribe` is called on) is the end-of-life observable of an object this function made. */
export function isMadeHereEndingSource(source: NodePath): boolean {
  const path = unwrapPath(source);
  const node = path.node;
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed) return false;
  const name = getPropertyName(node);
  if (!name || !ENDING_OBSERVABLE.test(name)) return false;
  return isMadeHere(path.child(node.object, 'object'));
}
