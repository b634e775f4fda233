/**
 * What a `.subscribe(...)` call subscribes to, as far as a release is concerned:
 *
 * - whether it ends by itself: an RxJS chain piped through `take(n)`, `first()`,
 *   `takeUntil(...)`, `takeUntilDestroyed(...)`, `takeWhile(...)` or `untilDestroyed(this)`
 *   (@ngneat/until-destroy) completes, and completion unsubscribes (LEAKS.md: not a leak);
 * - how it is released: RxJS returns a `Subscription` (`sub.unsubscribe()`); stores (Svelte,
 *   Redux, Zustand, nanostores, ...) return the unsubscribe function itself (`unsubscribe()`);
 *   so does Svelte's store contract in a file that uses Svelte.
 *   `unknown` when the file gives no hint.
 */
import type { Node, Program } from '@babel/types';
import type { NodePath } from '../engine/traverse';
import { getPropertyName, unwrapExpression } from './expressions';
import { resolveModuleReference } from './module-reference';
import { unwrapPath } from './same-value';

export type SubscriptionKind = 'rxjs' | 'function' | 'unknown';

const COMPLETING_OPERATORS: ReadonlySet<string> = new Set(['take', 'first', 'takeUntil', 'takeUntilDestroyed', 'takeWhile', 'untilDestroyed']);
const RXJS_MODULES = /^(rxjs(\/.*)?|@angular\/.+|@ngrx\/.+)$/;
const STORE_MODULES = /^(svelte(\/.*)?|redux|@reduxjs\/toolkit|zustand(\/.*)?|nanostores|@nanostores\/.+|valtio(\/.*)?|solid-js\/store)$/;

/** The operator a `.pipe(...)` argument applies (`take`, or `take` for `operators.take` and `import { take as once }`). */
function getOperatorName(argument: NodePath): string | null {
  const node = unwrapExpression(argument.node);
  if (node.type !== 'CallExpression') return null;
  const callee = unwrapExpression(node.callee);
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(argument, callee.name);
    return reference && reference.imported !== '*' && reference.imported !== 'default' ? reference.imported : callee.name;
  }
  if (callee.type === 'MemberExpression') return getPropertyName(callee);
  return null;
}

/** The `.pipe(...)` calls of an observable chain, outermost first (`a.pipe(x).pipe(y)` -> `[pipe(y), pipe(x)]`). */
function getPipeCalls(source: NodePath): NodePath[] {
  const pipes: NodePath[] = [];
  for (let call = unwrapPath(source); ; ) {
    const node = call.node;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') break;
    const callee = unwrapPath(call.child(node.callee as Node, 'callee'));
    if (callee.node.type !== 'MemberExpression' && callee.node.type !== 'OptionalMemberExpression') break;
    if (getPropertyName(callee.node) === 'pipe') pipes.push(call);
    call = unwrapPath(callee.child(callee.node.object, 'object'));
  }
  return pipes;
}

/** The subscribed chain completes by itself (`source.pipe(take(1))`). */
export function isSelfCompletingSubscription(source: NodePath): boolean {
  return getPipeCalls(source).some((pipe) => {
    const args = (pipe.node as { arguments: Node[] }).arguments;
    return args.some((argument, i) => {
      const name = getOperatorName(pipe.child(argument, 'arguments', i));
      return name !== null && COMPLETING_OPERATORS.has(name);
    });
  });
}

function getImportedModules(program: Program): string[] {
  return program.body.flatMap((statement) => (statement.type === 'ImportDeclaration' ? [statement.source.value] : []));
}

/** How the subscription `subscribe` (a `.subscribe(...)` call on `source`) is released. */
export function resolveSubscriptionKind(source: NodePath, program: Program, options: { angular?: boolean; svelte?: boolean } = {}): SubscriptionKind {
  // Case: `source$.pipe(...).subscribe(...)`, `this.items$.subscribe(...)`
  if (getPipeCalls(source).length > 0) return 'rxjs';
  const root = unwrapExpression(source.node);
  const name = root.type === 'Identifier' ? root.name : root.type === 'MemberExpression' || root.type === 'OptionalMemberExpression' ? getPropertyName(root) : null;
  if (name?.endsWith('$')) return 'rxjs';
  // Case: an Angular class, or a file that imports RxJS
  const modules = getImportedModules(program);
  if (options.angular || modules.some((module) => RXJS_MODULES.test(module))) return 'rxjs';
  // Case: a Svelte component, or a file that imports a store library
  if (options.svelte || modules.some((module) => STORE_MODULES.test(module))) return 'function';
  return 'unknown';
}
