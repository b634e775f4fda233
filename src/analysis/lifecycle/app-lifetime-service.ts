/**
 * Whether an owner is an Angular service that lives as long as the app: provided in the root (or
 * platform) injector (`@Injectable({ providedIn: 'root' })`) with no teardown of its own. Angular
 * makes one instance for the life of the application (docs/catalog.md, "Process lifetime by
 * intent": root-provided services without `ngOnDestroy`): a release added to it would run only
 * when the app ends.
 *
 * Teardown of its own: an `ngOnDestroy`, or the same written through its `DestroyRef`
 * (`this.destroyRef.onDestroy(() => …)`, `inject(DestroyRef).onDestroy(…)`): code the class runs
 * when it is destroyed, where its other releases belong. An injected `DestroyRef` that only feeds
 * `takeUntilDestroyed(this.destroyRef)` is not one: it ends those chains when the app ends, and
 * the service still lives as long as the app.
 */
import type { Class, Node } from '@babel/types';
import { isRootProvidedService, readDecoratorCalls } from './angular-root-service';
import type { OwnerScope } from './owner-scope';
import { isInjectDestroyRef, type ClassOwner } from './class-owner';
import { findObjectProperty, getPropertyName, unwrapExpression } from '../syntax/expressions';
import { forEachChildNode } from '../../core/traverse';

/** `DestroyRef` written as a type (`destroyRef: DestroyRef`). */
function isDestroyRefType(node: Node | null | undefined): boolean {
  return (
    node?.type === 'TSTypeAnnotation' &&
    node.typeAnnotation.type === 'TSTypeReference' &&
    node.typeAnnotation.typeName.type === 'Identifier' &&
    node.typeAnnotation.typeName.name === 'DestroyRef'
  );
}

/** Constructor parameters typed `DestroyRef` (`constructor(destroyRef: DestroyRef)`). */
function destroyRefParameters(node: Class): Set<string> {
  const names = new Set<string>();
  const constructor = node.body.body.find((member) => member.type === 'ClassMethod' && member.kind === 'constructor');
  if (constructor?.type !== 'ClassMethod') return names;
  for (const param of constructor.params) {
    const identifier = param.type === 'TSParameterProperty' ? param.parameter : param;
    if (identifier.type === 'Identifier' && isDestroyRefType(identifier.typeAnnotation)) names.add(identifier.name);
  }
  return names;
}

/** The class registers a callback on its `DestroyRef`: `this.destroyRef.onDestroy(…)`, `inject(DestroyRef).onDestroy(…)`. */
function registersDestroyCallback(classOwner: ClassOwner): boolean {
  const node = classOwner.classPath.node as Class;
  const parameters = destroyRefParameters(node);
  const isDestroyRef = (object: Node): boolean => {
    const value = unwrapExpression(object);
    if (value.type === 'MemberExpression' && value.object.type === 'ThisExpression') return classOwner.destroyRef !== null && getPropertyName(value) === classOwner.destroyRef;
    if (value.type === 'Identifier') return parameters.has(value.name);
    return isInjectDestroyRef(value);
  };
  let found = false;
  const visit = (current: Node): void => {
    if (found) return;
    if (
      (current.type === 'CallExpression' || current.type === 'OptionalCallExpression') &&
      (current.callee.type === 'MemberExpression' || current.callee.type === 'OptionalMemberExpression') &&
      getPropertyName(current.callee) === 'onDestroy' &&
      isDestroyRef(current.callee.object)
    ) {
      found = true;
      return;
    }
    forEachChildNode(current, (child) => visit(child));
  };
  visit(node.body);
  return found;
}

/**
 * An Angular service with no `providedIn` (`@Injectable()`, `@Injectable({})`) and no teardown of
 * its own: one instance per injector that lists it in its `providers`, which another file decides
 * — an NgModule's (the app's life) or a component's (that component's life). Neither lifetime is
 * in this file.
 */
export function isInjectorLifetimeService(owner: OwnerScope): boolean {
  const classOwner = owner.classOwner;
  if (owner.kind !== 'angular' || classOwner === null || classOwner.existingRelease || registersDestroyCallback(classOwner)) return false;
  return readDecoratorCalls(classOwner.classPath.node as Class).some(({ name, options }) => name === 'Injectable' && (!options || (options.type === 'ObjectExpression' && !findObjectProperty(options, 'providedIn'))));
}

export function isAppLifetimeService(owner: OwnerScope): boolean {
  const classOwner = owner.classOwner;
  return owner.kind === 'angular' && classOwner !== null && !classOwner.existingRelease && isRootProvidedService(classOwner.classPath.node as Class) && !registersDestroyCallback(classOwner);
}
