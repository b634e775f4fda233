/**
 * What a `.subscribe(...)` call subscribes to, as far as a release is concerned:
 *
 * - whether it ends by itself: an RxJS chain piped through `take(n)`, `first()`,
 *   `takeUntil(...)`, `takeUntilDestroyed(...)`, `takeWhile(...)` or `untilDestroyed(this)`
 *   (@ngneat/until-destroy) completes, and completion unsubscribes (docs/catalog.md: not a leak);
 * - how it is released: RxJS returns a `Subscription` (`sub.unsubscribe()`); stores (Svelte,
 *   Redux, Zustand, nanostores, ...) return the unsubscribe function itself (`unsubscribe()`);
 *   so does Svelte's store contract in a file that uses Svelte.
 *   `unknown` when the file gives no hint;
 * - `topic` for a message broker's `client.subscribe(topic, ...)` (MQTT, NATS, Redis): a topic
 *   subscription of a client, ended with the client or `unsubscribe(topic)`, not this rule's.
 * - `request` for `hub.subscribe({ client, topic });`: one object of plain data, with no observer
 *   key, no handler-named key and no function in it, in a statement of its own (the result dropped). RxJS observers and store subscribers are
 *   callbacks, so this is usually a request to a hub (a topic, a query) that hands nothing back
 *   to end; but a streaming client's `subscribe({ tag })` returns a subscription to end, so it is
 *   reported at low confidence, without a fix.
 */
import type { Node, Program } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findObjectProperty, getPropertyName, hasSpread, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { unwrapPath } from '../../src/core/node-helpers';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { getClassMemberName } from '../../src/analysis/lifecycle/class-owner';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';

/** `keyed`: set by match.ts, not here — a hub's subscription named and ended by a key (keyed-subscription.ts). */
export type SubscriptionKind = 'rxjs' | 'function' | 'topic' | 'request' | 'keyed' | 'unknown';

const COMPLETING_OPERATORS: ReadonlySet<string> = new Set(['take', 'first', 'takeUntil', 'takeUntilDestroyed', 'takeWhile', 'untilDestroyed']);
const RXJS_MODULES = /^(rxjs(\/.*)?|@angular\/.+|@ngrx\/.+)$/;
const STORE_MODULES = /^(svelte(\/.*)?|redux|@reduxjs\/toolkit|zustand(\/.*)?|nanostores|@nanostores\/.+|valtio(\/.*)?|solid-js\/store)$/;

/** The operator a `.pipe(...)` argument applies (`take`, or `take` for `operators.take` and `import { take as once }`). */
export function getOperatorName(argument: NodePath): string | null {
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

const FUNCTION_TYPES = new Set(['ArrowFunctionExpression', 'FunctionExpression']);

/**
 * `client.subscribe(topic, [options,] callback)`: a message broker's topic (MQTT, NATS, Redis,
 * Pusher), not an observable. A string is never an observer; a callback after something that
 * is not a function is a broker's acknowledgement, not RxJS's `error` handler.
 */
function isTopicCall(args: readonly Node[], hinted: boolean): boolean {
  const [first] = args;
  if (!first) return false;
  const value = unwrapExpression(first);
  if (value.type === 'StringLiteral' || value.type === 'TemplateLiteral') return true;
  if (args.length < 2 || FUNCTION_TYPES.has(value.type) || value.type === 'ObjectExpression') return false;
  if (value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined')) return false;
  // Case: `client.subscribe(topic.name, { qos, onSuccess })` (Paho MQTT, in a file that also
  // imports RxJS): RxJS's arguments after the first are functions, never an options object.
  if (args.slice(1).some((arg) => isOptionsObject(unwrapExpression(arg)))) return true;
  if (hinted) return false;
  return FUNCTION_TYPES.has(unwrapExpression(args[args.length - 1]!).type);
}

const OBSERVER_KEYS = ['next', 'error', 'complete'];

const CALLBACK_KEY = /^(on[A-Z_$]|handler$|handle[A-Z]|callback$|listener$|cb$|fn$|subscriber$|observer$)/;

/** An object literal with a method, a function value or a handler-named key (`{ onData }`, `{ handler: h }`). */
function hasCallbackProperty(node: Node): boolean {
  if (node.type !== 'ObjectExpression') return false;
  return node.properties.some((property) => {
    if (property.type === 'ObjectMethod') return true;
    if (property.type !== 'ObjectProperty') return true;
    const key = property.computed ? null : property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    if (key === null || CALLBACK_KEY.test(key)) return true;
    const value = unwrapExpression(property.value as Node);
    if (FUNCTION_TYPES.has(value.type)) return true;
    // `{ done: finish }`: a value named like a handler is one
    return value.type === 'Identifier' && CALLBACK_KEY.test(value.name);
  });
}

/**
 * The call is a statement of its own (`hub.subscribe({…});`, also behind `void` or `await`): what
 * it returns is dropped. A kept result (`const feed = client.subscribe({ query }); feed.subscribe({
 * next })`, Apollo) is an observable the code goes on to use: the subscription is what it makes of it.
 */
function isDroppedCall(call: NodePath | null): boolean {
  let current = call;
  while (current?.parentPath && (current.parentPath.node.type === 'AwaitExpression' || (current.parentPath.node.type === 'UnaryExpression' && current.parentPath.node.operator === 'void'))) current = current.parentPath;
  return current?.parentPath?.node.type === 'ExpressionStatement';
}

/** An object literal that is not an observer (`{ qos: 1 }`, `{ onSuccess }`). */
function isOptionsObject(node: Node): boolean {
  if (node.type !== 'ObjectExpression' || node.properties.length === 0 || hasSpread(node)) return false;
  return !OBSERVER_KEYS.some((key) => findObjectProperty(node, key));
}

/** The subscribed source is a chain of `.on(…)` registrations. */
function isOnChain(source: NodePath): boolean {
  const node = unwrapExpression(source.node);
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  const callee = unwrapExpression(node.callee as Node);
  return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'on';
}

/** The kind the file and the chain suggest, before looking at the call's arguments. */
function resolveHintedKind(source: NodePath, program: Program, options: { angular?: boolean; svelte?: boolean }): SubscriptionKind {
  // Case: `source$.pipe(...).subscribe(...)`, `this.items$.subscribe(...)`
  if (getPipeCalls(source).length > 0) return 'rxjs';
  const root = unwrapExpression(source.node);
  const name = root.type === 'Identifier' ? root.name : root.type === 'MemberExpression' || root.type === 'OptionalMemberExpression' ? getPropertyName(root) : null;
  if (name?.endsWith('$')) return 'rxjs';
  // Case: `channel.on('broadcast', …, f).subscribe(cb)` (Supabase / Pusher realtime channels): the
  // chain returns the channel, not a Subscription nor a store's unsubscribe function
  if (isOnChain(source)) return 'unknown';
  // Case: an Angular class, or a file that imports RxJS
  const modules = getImportedModules(program);
  if (options.angular || modules.some((module) => RXJS_MODULES.test(module))) return 'rxjs';
  // Case: a Svelte component, or a file that imports a store library
  if (options.svelte || modules.some((module) => STORE_MODULES.test(module))) return 'function';
  return 'unknown';
}

/** How the subscription `subscribe` (a `.subscribe(...)` call on `source`) is released. */
export function resolveSubscriptionKind(source: NodePath, program: Program, options: { angular?: boolean; svelte?: boolean } = {}): SubscriptionKind {
  const kind = resolveHintedKind(source, program, options);
  const call = source.parentPath?.parentPath?.node;
  const args = call && (call.type === 'CallExpression' || call.type === 'OptionalCallExpression') ? (call.arguments as Node[]) : [];
  // Case: `client.subscribe('news/#', (err) => ...)`, `client.subscribe(topic, { qos }, done)`
  if (isTopicCall(args, kind !== 'unknown')) return 'topic';
  // Case: `hub.subscribe({ user, client, topic });`: plain data, nothing to call back, the result dropped
  const [only] = args;
  if (args.length === 1 && only && isOptionsObject(unwrapExpression(only)) && !hasCallbackProperty(unwrapExpression(only)) && isDroppedCall(source.parentPath?.parentPath ?? null)) return 'request';
  return kind;
}

/**
 * Operators that subscribe again or to another source, so a chain through them may outlive the
 * one it starts from: `this.load().pipe(repeat({ delay: 5000 }))` polls for ever although `load()`
 * ends by itself (`take(1)`).
 */
const ENDLESS_OPERATORS: ReadonlySet<string> = new Set([
  'repeat', 'repeatWhen', 'retry', 'retryWhen', 'expand',
  'switchMap', 'mergeMap', 'concatMap', 'exhaustMap', 'flatMap', 'switchMapTo', 'mergeMapTo', 'concatMapTo',
  'switchAll', 'mergeAll', 'concatAll', 'exhaustAll', 'combineLatestAll', 'zipAll',
  'mergeWith', 'concatWith', 'combineLatestWith', 'zipWith', 'raceWith',
]);

/**
 * The pipes added after a bounded start (`this.data$`, `this.load()`) keep it bounded: every
 * argument is a named operator call and none of them resubscribes or subscribes to another
 * source (ENDLESS_OPERATORS). One check for isBoundedThisField and isBoundedThisMethodCall.
 */
function keepsBounded(pipes: NodePath[]): boolean {
  return pipes.every((pipe) => {
    const args = (pipe.node as { arguments: Node[] }).arguments;
    return args.every((argument, i) => {
      const name = getOperatorName(pipe.child(argument, 'arguments', i));
      return name !== null && !ENDLESS_OPERATORS.has(name);
    });
  });
}

/** The value the pipes start from (`this.data$` of `this.data$.pipe(map(f))`, `this.load()` of `this.load().pipe(…)`), or the source itself. */
function getPipedStart(source: NodePath, pipes: NodePath[]): Node {
  const innermost = pipes[pipes.length - 1];
  return unwrapExpression(innermost ? (innermost.node as { callee: { object: Node } }).callee.object : source.node);
}

/**
 * `this.data$.subscribe()` where every value the class gives `this.data$` — its field initialiser
 * and `this.data$ = …` in its methods — already ends by itself (`….pipe(…,
 * takeUntilDestroyed(this.destroyRef), shareReplay())`, `take(1)`): the subscription is bounded
 * by that chain, not a leak (Kavita's statistics components) — unless the pipes added after
 * `this.data$` resubscribe or switch to another source (`repeat`, `retry`, `switchMap`, …: keepsBounded).
 */
export function isBoundedThisField(source: NodePath): boolean {
  const pipes = getPipeCalls(source);
  const object = getPipedStart(source, pipes);
  if (object.type !== 'MemberExpression' || object.object.type !== 'ThisExpression' || object.computed) return false;
  if (!keepsBounded(pipes)) return false;
  const name = getPropertyName(object);
  const owner = resolveThisClass(source);
  if (!name || !owner) return false;
  const values: NodePath[] = [];
  let unknown = false;
  forEachDescendant(owner.classPath, (path) => {
    const node = path.node;
    // Case: `data$ = this.service.load().pipe(take(1))`
    if ((node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') && getClassMemberName(node) === name && node.value) values.push(path.child(node.value, 'value'));
    // Case: `this.data$ = …` in a method or the constructor
    if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && node.left.object.type === 'ThisExpression' && getPropertyName(node.left) === name) {
      if (node.operator !== '=') unknown = true;
      else values.push(path.child(node.right, 'right'));
    }
    return undefined;
  });
  return !unknown && values.length > 0 && values.every((value) => isSelfCompletingSubscription(value));
}

/**
 * `changes.subscribe()` where `changes` is a `const` of the function whose initialiser already
 * ends by itself (`const changes = this.control.valueChanges.pipe(takeUntil(this.destroy$),
 * shareReplay({ refCount: true }))`): every subscription to it is bounded by that chain, as for a
 * field (isBoundedThisField) — unless the pipes added after it resubscribe or switch to another
 * source (keepsBounded). dockstore-ui2's basic search subscribes twice to such a `const` (two
 * `auto` fixes added a second, redundant `takeUntilDestroyed` before). A `let` or a parameter may
 * hold anything: not bounded.
 */
export function isBoundedLocalConst(source: NodePath): boolean {
  const pipes = getPipeCalls(source);
  const start = getPipedStart(source, pipes);
  if (start.type !== 'Identifier' || !keepsBounded(pipes)) return false;
  const binding = findBinding(source, start.name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  let scope: NodePath | null = source;
  while (scope && scope.node !== binding.scope) scope = scope.parentPath;
  if (!scope) return false;
  let init: NodePath | null = null;
  forEachDescendant(scope, (path) => {
    if (init) return false;
    if (path.node === declaration) {
      init = path.child(declaration.init as Node, 'init');
      return false;
    }
    return undefined;
  });
  return init !== null && isSelfCompletingSubscription(init);
}

/**
 * `this.saveOrder(header).subscribe()` where the class's own method returns only chains that end
 * by themselves (`return this.api.update(header).pipe(tap(…), takeUntilDestroyed(this.destroyRef))`,
 * `take(1)`): the subscription is bounded by the chain the method builds, as for a field
 * (isBoundedThisField). Gravitee's API list saves a drag-and-drop order so (a `high` suggestion
 * to add a second `takeUntilDestroyed` before). One method of that name, every `return` in it
 * (not in a nested function) with a value, or an arrow's expression body; else not bounded. Pipes
 * added after the call must keep it bounded (keepsBounded): `this.load().pipe(repeat({ delay }))`
 * polls for ever.
 */
export function isBoundedThisMethodCall(source: NodePath): boolean {
  const pipes = getPipeCalls(source);
  const start = getPipedStart(source, pipes);
  if (start.type !== 'CallExpression') return false;
  const callee = unwrapExpression(start.callee as Node);
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'ThisExpression' || callee.computed) return false;
  if (!keepsBounded(pipes)) return false;
  const name = getPropertyName(callee);
  const owner = resolveThisClass(source);
  if (!name || !owner) return false;
  const methods: NodePath[] = [];
  forEachDescendant(owner.classPath, (path) => {
    const node = path.node;
    if ((node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') && node.kind === 'method' && getClassMemberName(node) === name) methods.push(path);
    // Case: `save = (header) => this.api.update(header).pipe(take(1))`
    if ((node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') && getClassMemberName(node) === name && node.value && isFunctionNode(node.value)) methods.push(path.child(node.value, 'value'));
    // Nested classes and functions are not members of this class.
    return path.parentPath?.node === owner.classPath.node || node === (owner.classPath.node as { body: Node }).body ? undefined : false;
  });
  if (methods.length !== 1) return false;
  const fn = methods[0]!;
  const body = (fn.node as { body: Node }).body;
  // Case: an arrow's expression body
  if (body.type !== 'BlockStatement') return isSelfCompletingSubscription(fn.child(body, 'body'));
  const values: NodePath[] = [];
  let bare = false;
  forEachDescendant(fn.child(body, 'body'), (path) => {
    const node = path.node;
    if (isFunctionNode(node)) return false;
    if (node.type === 'ReturnStatement') {
      if (node.argument) values.push(path.child(node.argument, 'argument'));
      else bare = true;
    }
    return undefined;
  });
  return !bare && values.length > 0 && values.every((value) => isSelfCompletingSubscription(value));
}
