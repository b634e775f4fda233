/**
 * Angular observables that complete on their own, so a subscription to them is not a leak
 * (docs/catalog.md, "Angular ... Observables that complete on their own are not findings"):
 *
 * - an `HttpClient` request: `this.http.get(...)` (also `post`, `put`, `patch`, `delete`,
 *   `head`, `options`, `request`, `jsonp`) where `http` is a member the class injects as
 *   `HttpClient` (`constructor(private http: HttpClient)` or `http = inject(HttpClient)`):
 *   it emits one response and completes; also `this.<method>(…)` of the class's own method that
 *   returns such a request from every `return` (`this.login(form).subscribe()`);
 * - `afterClosed()` / `afterOpened()` / `afterDismissed()` / `beforeClosed()` of a Material dialog,
 *   bottom sheet or snack bar reference: one value, then complete (also through `ref?.`);
 *   `onAction()` of a member declared or injected as a `MatSnackBarRef`, which the reference
 *   completes when the snack bar is dismissed;
 * - the one-shot close stream of a dialog or window reference: `onClose` of Nebular's
 *   `NbDialogRef` / `NbWindowRef` and PrimeNG's `DynamicDialogRef`, `closed` of the CDK
 *   `DialogRef`, `closed` / `dismissed` / `hidden` / `shown` of ng-bootstrap's `NgbModalRef` /
 *   `NgbOffcanvasRef`. It emits once, when the dialog closes (is dismissed, hidden, shown), and
 *   the reference is dropped with the dialog (some versions complete it, some do not: either way
 *   nothing keeps the subscription).
 *   Recognised on a reference known to be one: `service.open(...).onClose`, a variable
 *   initialised with `....open(...)`, or a class member / parameter of one of those types
 *   (`constructor(private ref: NbDialogRef<C>)`, `ref = inject(NbDialogRef)`, `ref: NgbModalRef
 *   | null = null`). A bare `x.onClose` on anything else (a component's own `@Output() onClose`
 *   emitter) is not trusted;
 * - `params`, `paramMap`, `queryParams`, `queryParamMap`, `data`, `fragment`, `url` of an
 *   injected `ActivatedRoute`: the router completes them when it destroys the routed component;
 * - rxjs's `from(this.<method>(…))` of the class's own `async` (or `Promise`-returning) method:
 *   one value when the promise settles, then complete.
 *
 * Piped through operators that keep completion (`map`, `tap`, `filter`, `catchError`, ...)
 * they still complete; any other operator (`switchMap` to an interval, `repeat`) is not trusted.
 */
import type { CallExpression, Class, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getClassMemberName, getThisMemberName } from '../../src/analysis/syntax/class-member-name';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { collectReturns, findHttpRequestMethods, getInjectCallType, getInjectedMemberCall, getInjectedType, getPipedMethodCall, getTypeName, isHttpClientRequest, stripPipes } from '../../src/analysis/lifecycle/angular-http-request';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { isPromiseFunction } from '../../src/analysis/resources/promise-function';

const ONE_SHOT_METHODS = new Set(['afterClosed', 'afterOpened', 'afterDismissed', 'beforeClosed']);
/** Close streams of dialog references (properties), and the reference types that have them. */
const CLOSE_STREAMS = new Set(['onClose', 'closed', 'dismissed', 'hidden', 'shown']);
const DIALOG_REF_TYPES = new Set(['NbDialogRef', 'NbWindowRef', 'DynamicDialogRef', 'DialogRef', 'NgbModalRef', 'NgbOffcanvasRef']);
const ROUTE_STREAMS = new Set(['params', 'paramMap', 'queryParams', 'queryParamMap', 'data', 'fragment', 'url']);

/** The request methods of each class asked about (one class has many subscriptions). */
const ownRequestMethods = new WeakMap<Class, Set<string>>();

/** `this.<method>(…)` (piped through operators that keep completion) of a method of the class itself that returns a request. */
function isOwnRequestMethodCall(node: Node, classNode: Class): boolean {
  const call = getPipedMethodCall(node, true);
  if (call === null || unwrapExpression(call.object).type !== 'ThisExpression') return false;
  let methods = ownRequestMethods.get(classNode);
  if (!methods) ownRequestMethods.set(classNode, (methods = findHttpRequestMethods(classNode)));
  return methods.has(call.method);
}

/** `....open(...)`: the call that opens a dialog or window and returns its reference. */
function isOpenCall(node: Node | null | undefined): boolean {
  const call = node ? unwrapExpression(node) : null;
  if (call?.type !== 'CallExpression') return false;
  const callee = unwrapExpression(call.callee);
  return callee.type === 'MemberExpression' && getPropertyName(callee) === 'open';
}

/** `receiver` is a dialog or window reference: opened right there, kept from an `open(...)` call, or typed/injected as one. */
function isDialogReference(receiver: Node, at: NodePath, classPath: NodePath<Class> | null): boolean {
  const node = unwrapExpression(receiver);
  // Case: `this.dialogService.open(C).onClose`
  if (isOpenCall(node)) return true;
  // Case: `this.ref.onClose` with `constructor(private ref: NbDialogRef<C>)` or `ref = inject(NbDialogRef)`
  // Case: `this.modalRef.dismissed` with `private modalRef: NgbModalRef | null = null` (set from `open(...)` when shown)
  const member = getThisMemberName(node);
  if (member !== null) {
    const type = classPath ? getInjectedType(classPath.node, member) : null;
    if (type !== null && DIALOG_REF_TYPES.has(type)) return true;
    return classPath !== null && getDeclaredMemberTypes(classPath.node, member).some((name) => DIALOG_REF_TYPES.has(name));
  }
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(at, node.name);
  if (!binding) return false;
  // Case: `const ref = this.dialogService.open(C); ref.onClose`
  const declaration = binding.declaration;
  if (declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier) {
    if (isOpenCall(declaration.init)) return true;
    return DIALOG_REF_TYPES.has(getTypeName(binding.identifier.typeAnnotation as Node | null) ?? '');
  }
  // Case: `function watch(ref: NbDialogRef<C>)`
  return binding.kind === 'param' && DIALOG_REF_TYPES.has(getTypeName(binding.identifier.typeAnnotation as Node | null) ?? '');
}

/** `ref.componentInstance` of a dialog reference (`const ref = this.modal.open(C)`, `this.modal.open(C).componentInstance`). */
function isOpenedDialogComponent(node: Node, at: NodePath, classPath: NodePath<Class> | null): boolean {
  const object = unwrapExpression(node);
  return (object.type === 'MemberExpression' || object.type === 'OptionalMemberExpression') && getPropertyName(object) === 'componentInstance' && isDialogReference(object.object, at, classPath);
}

/** The type names a class field `name` is declared with (`ref?: NgbModalRef | null` -> `NgbModalRef`), each member of a union. */
function getDeclaredMemberTypes(classNode: Class, name: string): string[] {
  const names: string[] = [];
  for (const member of classNode.body.body) {
    if (member.type !== 'ClassProperty' || member.computed || member.key.type !== 'Identifier' || member.key.name !== name) continue;
    const annotation = member.typeAnnotation?.type === 'TSTypeAnnotation' ? member.typeAnnotation.typeAnnotation : null;
    const types = annotation?.type === 'TSUnionType' ? annotation.types : annotation ? [annotation] : [];
    for (const type of types) if (type.type === 'TSTypeReference' && type.typeName.type === 'Identifier') names.push(type.typeName.name);
  }
  return names;
}

/** `this.<name>` declared (`ref?: MatSnackBarRef<T>`, also in a union with `undefined`) or injected as a Material `MatSnackBarRef`. */
function isSnackBarRefMember(node: Node, classNode: Class): boolean {
  const name = getThisMemberName(node);
  if (name === null) return false;
  if (getInjectedType(classNode, name) === 'MatSnackBarRef') return true;
  return getDeclaredMemberTypes(classNode, name).includes('MatSnackBarRef');
}

export function isAngularCompletingSource(source: NodePath, classPath: NodePath<Class> | null): boolean {
  const root = stripPipes(source.node, true);
  if (!root) return false;
  // Case: `ref.afterClosed()`, `this.dialog.open(C).afterClosed()`
  // Case: `this.snackBarRef?.afterDismissed()` (an optional chain on a reference that may be unset)
  if (root.type === 'CallExpression' || root.type === 'OptionalCallExpression') {
    const callee = unwrapExpression(root.callee);
    // Case: `from(this.loadLanguages()).subscribe()` where `loadLanguages` is an `async` method of
    // the class: `from` of a promise emits once and completes when the promise settles.
    if (root.type === 'CallExpression' && classPath !== null && isFromOwnAsyncMethod(root, source, classPath.node)) return true;
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
    const method = getPropertyName(callee);
    if (method && ONE_SHOT_METHODS.has(method) && root.arguments.length === 0) return true;
    // Case: `this.snackBarRef?.onAction()` of a member declared or injected as a `MatSnackBarRef`:
    // the reference completes it when the snack bar is dismissed.
    if (method === 'onAction' && root.arguments.length === 0 && classPath !== null && isSnackBarRefMember(callee.object, classPath.node)) return true;
    // Case: `this.http.get(url)`
    if (root.type === 'CallExpression' && classPath !== null && isHttpClientRequest(root, classPath.node)) return true;
    // Case: `this.login(form).subscribe()` where the class's own `login()` returns a request of
    // its injected HttpClient from every `return` (the analysis that reads a service's methods).
    return root.type === 'CallExpression' && classPath !== null && isOwnRequestMethodCall(root, classPath.node);
  }
  // Case: `ref.onClose`, `this.dialogService.open(C).onClose`, `dialogRef.closed`
  if (root.type === 'MemberExpression') {
    const stream = getPropertyName(root);
    if (stream !== null && CLOSE_STREAMS.has(stream) && isDialogReference(root.object, source, classPath)) return true;
    // Case: `modalRef.componentInstance.confirmClicked`: an output of the component the dialog
    // just opened shows; the subscription is held by that component, which the dialog destroys.
    if (stream !== null && isOpenedDialogComponent(root.object, source, classPath)) return true;
  }
  // Case: `this.route.paramMap`
  if (root.type === 'MemberExpression' && classPath) {
    const stream = getPropertyName(root);
    const member = getThisMemberName(root.object);
    return stream !== null && ROUTE_STREAMS.has(stream) && member !== null && getInjectedType(classPath.node, member) === 'ActivatedRoute';
  }
  return false;
}

/**
 * `from(this.<method>(…))` with rxjs's `from` and a method of `classNode` declared `async` or
 * annotated to return a `Promise<…>` (promise-function.ts: not an `async *` generator, whose
 * async iterable `from` reads value after value): the observable of one promise, which completes once it
 * settles. Only the class's own methods: what another object's method returns is not read here.
 */
function isFromOwnAsyncMethod(call: CallExpression, at: NodePath, classNode: Class): boolean {
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'Identifier' || call.arguments.length !== 1) return false;
  const reference = resolveModuleReference(at, callee.name);
  if (reference?.source !== 'rxjs' || reference.imported !== 'from') return false;
  const argument = unwrapExpression(call.arguments[0] as Node);
  if (argument.type !== 'CallExpression') return false;
  const method = getThisMemberName(unwrapExpression(argument.callee));
  if (method === null) return false;
  return classNode.body.body.some((member) => {
    if ((member.type !== 'ClassMethod' && member.type !== 'ClassPrivateMethod') || member.kind !== 'method' || member.static || getClassMemberName(member) !== method) return false;
    return isPromiseFunction(member);
  });
}

/**
 * The observable comes from a method of a service the class injects — `this.accountService
 * .confirmEmailUpdate(token)`, also piped, or `forkJoin` / `combineLatest` / `zip` of such
 * calls — whose body is in another file: in Angular apps most such methods return an
 * `HttpClient` request, which completes on its own (not a leak), and ending it on destroy would
 * cancel the request (a POST the user meant to send). Whether it completes cannot be told from
 * here: the fix is for a person to review. The call's text (`this.accountService
 * .confirmEmailUpdate()`), or `null` for any other source.
 */
export function getInjectedServiceCall(source: NodePath, classPath: NodePath<Class> | null, isRequestMethod: (serviceType: string, method: string) => boolean = () => false): string | null {
  if (!classPath) return null;
  // Every `.pipe(…)`, whatever its operators: the source is what decides completion here.
  const root = stripPipes(source.node, false)!;
  if (root.type !== 'CallExpression') return null;
  const callee = unwrapExpression(root.callee);
  // Case: `forkJoin({ a: this.series.get(id), b: this.library.names() })`
  if (callee.type === 'Identifier' && COMBINING.has(callee.name)) {
    const inner = getCombinedSources(root.arguments as Node[], source);
    // Named: the first call not known to complete (`forkJoin([visits, refresh])` names `refresh`'s method), else the first.
    const undecided = inner.filter((node) => !isHttpClientRequest(node, classPath.node) && !isServiceMethodRequest(node, classPath.node, isRequestMethod, source));
    const first = [...undecided, ...inner].map((node) => describeServiceCall(node, classPath, source)).find((text) => text !== null);
    return first ?? null;
  }
  return describeServiceCall(root, classPath, source);
}

/**
 * `service.<method>(…)` on a local `const service = inject(X)` (a constructor that injects a
 * service before `super()`), after its pipes: the variable, the method and `X`; `null` otherwise.
 */
function getInjectedLocalCall(node: Node, at: NodePath, keepingCompletion: boolean): { member: string; method: string; type: string } | null {
  const call = getPipedMethodCall(node, keepingCompletion);
  if (!call) return null;
  const { method } = call;
  const object = unwrapExpression(call.object);
  if (object.type !== 'Identifier') return null;
  const binding = findBinding(at, object.name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return null;
  const type = getInjectCallType(declaration.init);
  return type !== null ? { member: object.name, method, type } : null;
}

/** Library services whose method observables do not complete: NgRx `Store.select`, CDK `BreakpointObserver.observe`. */
const NEVER_COMPLETING_SERVICES = new Set(['Store', 'BreakpointObserver', 'Actions']);
const COMBINING = new Set(['forkJoin', 'combineLatest', 'zip', 'concat', 'merge']);

/** `this.<injected>.<method>(…)` -> `this.<injected>.<method>()`; `null` otherwise. */
function describeServiceCall(node: Node, classPath: NodePath<Class>, at: NodePath): string | null {
  // The call itself (its pipes were taken off by the caller).
  const isCall = unwrapExpression(node).type === 'CallExpression';
  const member = isCall ? getInjectedMemberCall(node, classPath.node, false) : null;
  // Case: `const fields = inject(FieldsService)` … `fields.listAll().subscribe(…)`
  const local = isCall && member === null ? getInjectedLocalCall(node, at, false) : null;
  // Case: `this.dataService.client.setContentLanguage(code)`: a method of a part of an injected service (a facade's sub-service)
  const facade = isCall && member === null && local === null ? getInjectedFacadeCall(node, classPath.node) : null;
  const call = member ?? local ?? facade;
  // An injected `HttpClient` is known (above); a type the class names is a service of the app or a library.
  if (call === null || call.type === 'HttpClient' || call.type === 'ActivatedRoute' || NEVER_COMPLETING_SERVICES.has(call.type)) return null;
  return member || facade ? `this.${call.member}.${call.method}()` : `${call.member}.${call.method}()`;
}

/**
 * `this.<injected>.<part>….<method>(…)` (its pipes taken off): a method of an object an injected
 * service holds — a facade that groups its sub-services (`this.dataService.client.setContentLanguage(code)`,
 * `this.api.orders.cancel(id)`). What it returns is as unknown as a method of the service itself
 * (most such parts wrap the app's requests and mutations), so it is no more sure to need ending.
 * The chain after `this.` (`dataService.client`), the method and the injected type; `null` otherwise.
 */
function getInjectedFacadeCall(node: Node, classNode: Class): { member: string; method: string; type: string } | null {
  const call = getPipedMethodCall(node, false);
  if (!call) return null;
  const parts: string[] = [];
  let object = unwrapExpression(call.object);
  while (object.type === 'MemberExpression' && !object.computed && object.property.type === 'Identifier') {
    parts.unshift(object.property.name);
    object = unwrapExpression(object.object);
  }
  if (object.type !== 'ThisExpression' || parts.length < 2) return null;
  const type = getInjectedType(classNode, parts[0]!);
  return type !== null ? { member: parts.join('.'), method: call.method, type } : null;
}

/**
 * The source is a request that completes, made through a service: `this.<service>.<method>(…)`
 * on a service the class injects, whose method returns an `HttpClient` request from every
 * `return` (`isRequestMethod` reads the service's class, in its own file), piped only through
 * operators that keep completion; or `forkJoin` / `combineLatest` / `zip` / `concat` / `merge`
 * of only such calls and direct requests (each completes, so they do); or a call of a local
 * `const` arrow that returns only such observables. Kavita's components
 * subscribe to `this.seriesService.getSeries(id)` this way hundreds of times.
 */
export function isServiceRequest(source: NodePath, classPath: NodePath<Class> | null, isRequestMethod: (serviceType: string, method: string) => boolean): boolean {
  if (!classPath) return false;
  const root = stripPipes(source.node, true);
  if (root?.type !== 'CallExpression') return false;
  const callee = unwrapExpression(root.callee);
  const completes = (node: Node): boolean => isHttpClientRequest(node, classPath.node) || isServiceMethodRequest(node, classPath.node, isRequestMethod, source);
  // Case: `forkJoin([this.series.get(id), this.library.names()])`
  if (callee.type === 'Identifier' && COMBINING.has(callee.name)) {
    const inner = getCombinedSources(root.arguments as Node[], source);
    return inner.length > 0 && inner.every(completes);
  }
  // Case: `const open = (p: Person) => this.filters.apply(p.id); … open(this.person).subscribe()`
  if (callee.type === 'Identifier') {
    const returned = getLocalArrowReturns(callee.name, source);
    return returned !== null && returned.length > 0 && returned.every(completes);
  }
  return isServiceMethodRequest(root, classPath.node, isRequestMethod, source);
}

/**
 * What a local `const name = (…) => …` arrow returns, from every `return` (an arrow: `this` in it
 * is the class's, as where it is called); `null` for anything else or a bare `return`.
 */
function getLocalArrowReturns(name: string, at: NodePath): Node[] | null {
  const binding = findBinding(at, name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return null;
  const fn = unwrapExpression(declaration.init);
  if (fn.type !== 'ArrowFunctionExpression') return null;
  if (fn.body.type !== 'BlockStatement') return [fn.body];
  const returns = collectReturns(fn.body);
  return returns.every((value) => value !== null) ? (returns as Node[]) : null;
}

/** `this.<service>.<method>(…)` or `service.<method>(…)` of a local `inject(X)` (piped through operators that keep completion) whose method returns a request. */
function isServiceMethodRequest(node: Node, classNode: Class, isRequestMethod: (serviceType: string, method: string) => boolean, at: NodePath): boolean {
  const call = getInjectedMemberCall(node, classNode, true) ?? getInjectedLocalCall(node, at, true);
  return call !== null && !NEVER_COMPLETING_SERVICES.has(call.type) && isRequestMethod(call.type, call.method);
}

/**
 * The observables a combining call takes: its arguments, or the items of an array or object
 * argument; a `const` the function set to an observable just before (`const byDay = this.stats
 * .byDay(id); forkJoin([byDay, …])`) stands for its value: an observable is a recipe, the same
 * one wherever it is written.
 */
function getCombinedSources(args: readonly Node[], at: NodePath): Node[] {
  const sources = args.flatMap((argument) => {
    const value = unwrapExpression(argument);
    if (value.type === 'ArrayExpression') return value.elements.filter((element): element is NonNullable<typeof element> => element !== null) as Node[];
    if (value.type === 'ObjectExpression') return value.properties.flatMap((property) => (property.type === 'ObjectProperty' ? [property.value as Node] : []));
    return [value];
  });
  return sources.map((source) => resolveConstValue(unwrapExpression(source), at));
}

/** `byDay` of `const byDay = <call>` -> that call; anything else as it is. */
function resolveConstValue(node: Node, at: NodePath): Node {
  if (node.type !== 'Identifier') return node;
  const binding = findBinding(at, node.name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return node;
  const init = unwrapExpression(declaration.init);
  return init.type === 'CallExpression' ? init : node;
}
