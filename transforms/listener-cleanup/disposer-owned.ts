/**
 * Whether an object (an emitter, a subscription, a stream) was handed to a disposal container
 * that ends it, and every listener on it, when the container is disposed:
 *
 * - `using emitter = new EventEmitter()` / `await using ...`: disposed when the block ends;
 * - `const emitter = this.#disposables.use(new EventEmitter(client))`, `stack.adopt(x, release)`:
 *   a `DisposableStack` (or `AsyncDisposableStack`) owns what `use` / `adopt` return;
 * - `const x = this._register(...)`, `track(...)`, `register(...)`: the project's own disposer
 *   helpers (VS Code's `Disposable._register`), whose name says what they do.
 *
 * `use` is a common name (`app.use(middleware)`), so its receiver must be a container: a
 * variable or `this` field initialised with `new DisposableStack()` (or `AsyncDisposableStack`,
 * `DisposableStore`, `CompositeDisposable`), or named like one (`disposables`, `#subscriptions`,
 * `toDispose`, `stack`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';

const CONTAINER_CLASSES: ReadonlySet<string> = new Set(['DisposableStack', 'AsyncDisposableStack', 'DisposableStore', 'CompositeDisposable', 'Disposables', 'DisposableCollection']);
/** Container names: `disposables`, `#disposables`, `_toDispose`, `subscriptions`, `eventListeners`, `cleanupStack`. */
const CONTAINER_NAME = /^[#_]?(?:\w*(?:disposables?|disposer|stack|subscriptions|toDispose|cleanups?|eventListeners)|stack)$/i;
/** Functions and methods that take ownership of their argument and return it. */
const OWNING_HELPERS: ReadonlySet<string> = new Set(['_register', 'register', 'track', 'registerDisposable', 'addDisposable']);
const CONTAINER_METHODS: ReadonlySet<string> = new Set(['use', 'adopt']);

function isContainerConstruction(node: Node | null | undefined): boolean {
  if (!node || node.type !== 'NewExpression') return false;
  return node.callee.type === 'Identifier' && CONTAINER_CLASSES.has(node.callee.name);
}

/** `this.#disposables` whose field is `#disposables = new DisposableStack()` (or named like a container). */
function isContainer(receiver: NodePath): boolean {
  const path = unwrapPath(receiver);
  const node = path.node;
  if (node.type === 'Identifier') {
    if (CONTAINER_NAME.test(node.name)) return true;
    const binding = findBinding(path, node.name);
    const declaration = binding?.declaration;
    return declaration?.type === 'VariableDeclarator' && declaration.id === binding!.identifier && isContainerConstruction(declaration.init);
  }
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed) return false;
  const name = getPropertyName(node) ?? '';
  if (CONTAINER_NAME.test(name)) return true;
  if (node.object.type !== 'ThisExpression') return false;
  const classPath = resolveThisClass(path)?.classPath;
  return (
    classPath?.node.body.body.some((member) => {
      if (member.type !== 'ClassProperty' && member.type !== 'ClassPrivateProperty') return false;
      const key = member.type === 'ClassPrivateProperty' ? `#${member.key.id.name}` : member.key.type === 'Identifier' ? member.key.name : null;
      return key === name && isContainerConstruction(member.value);
    }) ?? false
  );
}

/** `stack.use(x)`, `this._register(x)`, `track(x)`: a call that hands its argument to a disposer. */
export function isDisposerCall(call: NodePath): boolean {
  const node = call.node;
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  const callee = node.callee;
  if (callee.type === 'Identifier') return OWNING_HELPERS.has(callee.name);
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || callee.computed) return false;
  const method = getPropertyName(callee) ?? '';
  if (OWNING_HELPERS.has(method)) return method !== 'register' || callee.object.type === 'ThisExpression';
  return CONTAINER_METHODS.has(method) && isContainer(call.child(callee, 'callee').child(callee.object, 'object'));
}

/** The object `target` names was handed to a disposal container (`using`, `stack.use(...)`, `this._register(...)`). */
export function isOwnedByDisposer(target: NodePath | null): boolean {
  if (!target) return false;
  const path = unwrapPath(target);
  const node = path.node;
  // Case: `this.#disposables.use(new EventEmitter(x)).on(...)`
  if (node.type === 'CallExpression' || node.type === 'OptionalCallExpression') return isDisposerCall(path);
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(path, node.name);
  if (!binding) return false;
  // Case: `using emitter = ...`, `await using emitter = ...`
  if (binding.kind === 'using') return true;
  // Case: `const emitter = this.#disposables.use(new EventEmitter(x))`
  const declaration = binding.declaration;
  if (binding.kind !== 'const' || declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  const scope = findAncestorPath(path, binding.scope);
  const declarator = scope ? findDescendantPath(scope, declaration) : null;
  return declarator !== null && isDisposerCall(unwrapPath(declarator.child(declaration.init, 'init')));
}
