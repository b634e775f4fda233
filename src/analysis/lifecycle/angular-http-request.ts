/**
 * Angular's `HttpClient` requests, which emit one response and complete: a subscription to one
 * is no leak (docs/catalog.md, "Angular ... Observables that complete on their own are not
 * findings"). The one place that knows:
 *
 * - which Angular service a class injects into `this.<name>` (`constructor(private http:
 *   HttpClient)`, `http = inject(HttpClient)`, `http: HttpClient = …`, or `this.service =
 *   inject(TagService)` in its constructor, for a member a base class declares);
 * - a request: `this.http.get(...)` (also `post`, `put`, `patch`, `delete`, `head`, `options`,
 *   `request`, `jsonp`) on a member injected as `HttpClient`, piped only through operators that
 *   keep completion (`map`, `catchError`, …), or through a flattening one (`switchMap`,
 *   `mergeMap`, `concatMap`, `exhaustMap`) whose arrow projection returns only observables that
 *   complete: another request, `of(x)`, a navigation of the injected `Router` (a promise);
 * - the methods of a service class that return such a request from every `return`, or an
 *   observable that completes at once (`of(cached)`), at least one request
 *   (`getSeries(id) { return this.httpClient.get<Series>(url); }`): what a component's
 *   `this.seriesService.getSeries(id).subscribe(…)` subscribes to, read in the service's own
 *   file (`ProjectQueries.getAngularHttpMethods`); with the methods it inherits from a base
 *   class (`extends AbstractService<T>`, in the same file or imported) and those that return
 *   another of its request methods (`return this.list(1)`); and its requests of a client a base
 *   class declares (`constructor(protected http: HttpClient, …)` in the base, `constructor(http:
 *   HttpClient) { super(http, …) }` in the service, `this.http.get(url)` in its methods).
 */
import type { CallExpression, Class, Node, Program } from '@babel/types';
import { getClassMemberName, getThisMemberName } from '../syntax/class-member-name';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { isFunctionNode } from '../syntax/scope';
import { forEachNode } from '../../core/traverse';

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'jsonp']);
/** Operators after which a completing source still completes. */
const COMPLETION_KEEPING_OPERATORS = new Set([
  'map', 'tap', 'filter', 'catchError', 'finalize', 'retry', 'timeout', 'delay', 'mapTo', 'pluck', 'defaultIfEmpty', 'distinctUntilChanged', 'shareReplay', 'share', 'startWith',
  // Ending sooner: still ends.
  'take', 'first', 'last', 'takeUntil', 'takeUntilDestroyed', 'takeWhile', 'toArray', 'reduce', 'scan',
]);
/** Observables that complete at once: `of(x)`, `throwError(() => e)`, `EMPTY`. */
const IMMEDIATE_CREATORS = new Set(['of', 'throwError']);
/**
 * Operators that subscribe to what their projection returns: after a completing source they
 * complete once every inner observable has (`switchMap(() => this.http.get(url))`).
 */
const FLATTENING_OPERATORS = new Set(['switchMap', 'mergeMap', 'concatMap', 'exhaustMap', 'flatMap']);
/** The Angular `Router`'s navigations: each returns a promise, which settles once. */
const NAVIGATION_METHODS = new Set(['navigate', 'navigateByUrl']);

/** `X` of a `: X` / `: X<T>` annotation, or `null`. */
export function getTypeName(annotation: Node | null | undefined): string | null {
  const type = annotation?.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : null;
  return type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' ? type.typeName.name : null;
}

/** The Angular service type the class injects into `this.<name>`: `HttpClient`, `ActivatedRoute`, `SeriesService`, or `null`. */
export function getInjectedType(classNode: Class, name: string): string | null {
  for (const member of classNode.body.body) {
    // Case: `constructor(private readonly http: HttpClient)`
    if (member.type === 'ClassMethod' && member.kind === 'constructor') {
      for (const param of member.params) {
        if (param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier' && param.parameter.name === name) return getTypeName(param.parameter.typeAnnotation);
      }
      // Case: `constructor() { super(); this.service = inject(TagService) }`: a member the base class declares, filled here
      const assigned = findConstructorInjection(member.body.body, name);
      if (assigned !== null) return assigned;
    }
    // Case: `private http = inject(HttpClient)`, `http: HttpClient = inject(HttpClient)`
    if ((member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && getClassMemberName(member) === name) {
      const value = member.value ? unwrapExpression(member.value) : null;
      if (value?.type === 'CallExpression' && value.callee.type === 'Identifier' && value.callee.name === 'inject' && value.arguments[0]?.type === 'Identifier') return value.arguments[0].name;
      return getTypeName(member.typeAnnotation as Node | null);
    }
  }
  return null;
}

/** `X` of `inject(X)`, or `null`. */
export function getInjectCallType(node: Node | null | undefined): string | null {
  const value = node ? unwrapExpression(node) : null;
  return value?.type === 'CallExpression' && value.callee.type === 'Identifier' && value.callee.name === 'inject' && value.arguments[0]?.type === 'Identifier' ? value.arguments[0].name : null;
}

/** `this.<name> = inject(X)` as a statement directly in a constructor's body: `X`, or `null`. */
function findConstructorInjection(statements: readonly Node[], name: string): string | null {
  for (const statement of statements) {
    if (statement.type !== 'ExpressionStatement') continue;
    const expression = unwrapExpression(statement.expression);
    if (expression.type !== 'AssignmentExpression' || expression.operator !== '=' || getThisMemberName(expression.left) !== name) continue;
    const type = getInjectCallType(expression.right);
    if (type !== null) return type;
  }
  return null;
}

/**
 * The source before its `.pipe(...)` calls; with `keepingCompletion`, `null` when a pipe uses an
 * operator that may not complete. A flattening operator (`switchMap`, `mergeMap`, `concatMap`,
 * `exhaustMap`) keeps completion when `innerCompletes` accepts every value its arrow projection
 * returns (`switchMap((code) => this.router.navigateByUrl(code))`): a completing source
 * projected onto completing inner observables completes.
 */
export function stripPipes(source: Node, keepingCompletion: boolean, innerCompletes?: (inner: Node) => boolean): Node | null {
  let current = unwrapExpression(source);
  while (current.type === 'CallExpression') {
    const callee = unwrapExpression(current.callee);
    if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'pipe') break;
    const keeps = current.arguments.every((argument) => {
      const operator = unwrapExpression(argument);
      const name = operator.type === 'CallExpression' && operator.callee.type === 'Identifier' ? operator.callee.name : null;
      if (name !== null && innerCompletes && FLATTENING_OPERATORS.has(name)) return projectsCompleting(operator as CallExpression, innerCompletes);
      return name !== null && COMPLETION_KEEPING_OPERATORS.has(name);
    });
    if (keepingCompletion && !keeps) return null;
    current = unwrapExpression(callee.object);
  }
  return current;
}

/**
 * `switchMap((x) => inner)` (an arrow projection: `this` is the class's) whose every returned
 * value `innerCompletes` accepts; `false` for a projection it cannot read (a function passed in,
 * a bare `return`).
 */
function projectsCompleting(operator: CallExpression, innerCompletes: (inner: Node) => boolean): boolean {
  const projection = operator.arguments.length === 1 ? unwrapExpression(operator.arguments[0] as Node) : null;
  if (projection?.type !== 'ArrowFunctionExpression') return false;
  if (projection.body.type !== 'BlockStatement') return innerCompletes(projection.body);
  const returns = collectReturns(projection.body);
  return returns.length > 0 && returns.every((value) => value !== null && innerCompletes(value));
}

/**
 * An inner observable that completes, for a projection in `classNode`: a request of its injected
 * `HttpClient`, an observable that completes at once (`of(x)`), or a navigation of its injected
 * `Router` (`this.router.navigateByUrl(url)`: a promise, which settles once).
 */
function isCompletingInner(node: Node, classNode: Class, clients: ReadonlySet<string> = NO_CLIENTS): boolean {
  return isHttpClientRequest(node, classNode, undefined, clients) || isImmediateObservable(node) || isRouterNavigation(node, classNode);
}

/** `this.<router>.navigate(…)` / `navigateByUrl(…)` on a member `classNode` injects as `Router`. */
function isRouterNavigation(node: Node, classNode: Class): boolean {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression') return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || !NAVIGATION_METHODS.has(getPropertyName(callee) ?? '')) return false;
  const member = getThisMemberName(callee.object);
  return member !== null && getInjectedType(classNode, member) === 'Router';
}

/**
 * `this.<member>.<method>(…)` on a member `classNode` injects (`this.http.get(url)`,
 * `this.seriesService.getSeries(id)`), after its `.pipe(…)` calls (`keepingCompletion`: only
 * through operators that keep completion): the member, the method and the injected type.
 */
export function getInjectedMemberCall(node: Node, classNode: Class, keepingCompletion: boolean): { member: string; method: string; type: string } | null {
  const call = getPipedMethodCall(node, keepingCompletion, keepingCompletion ? (inner) => isCompletingInner(inner, classNode) : undefined);
  const member = call ? getThisMemberName(call.object) : null;
  const type = member !== null ? getInjectedType(classNode, member) : null;
  return type !== null ? { member: member!, method: call!.method, type } : null;
}

/**
 * `<object>.<method>(…)` after its `.pipe(…)` calls (`keepingCompletion`: only through operators
 * that keep completion; flattening ones too when `innerCompletes` accepts what they project).
 */
export function getPipedMethodCall(node: Node, keepingCompletion: boolean, innerCompletes?: (inner: Node) => boolean): { object: Node; method: string } | null {
  const call = stripPipes(node, keepingCompletion, innerCompletes);
  if (call?.type !== 'CallExpression') return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression') return null;
  const method = getPropertyName(callee);
  return method !== null ? { object: callee.object, method } : null;
}

/**
 * `this.http.get(url)` (piped through operators that keep completion) on a member `classNode`
 * injects as `HttpClient`; also through calls that configure the client first
 * (`this.http.disableApiPrefix().get(url)`, `this.http.cache().get(url)`): Angular's
 * `HttpClient` has no method but its requests, so any other is a project's augmentation of it
 * (`declare module '@angular/common/http' { interface HttpClient { cache(): HttpClient } }`, the
 * ngx-rocket starter's), and one followed by a request method gives a client.
 */
export function isHttpClientRequest(
  node: Node,
  classNode: Class,
  innerCompletes: (inner: Node) => boolean = (inner) => isCompletingInner(inner, classNode, clients),
  clients: ReadonlySet<string> = NO_CLIENTS,
): boolean {
  const call = getPipedMethodCall(node, true, innerCompletes);
  if (call === null || !HTTP_METHODS.has(call.method)) return false;
  let client = unwrapExpression(call.object);
  for (let depth = 0; client.type === 'CallExpression' && depth < 3; depth++) {
    const callee = unwrapExpression(client.callee);
    const configure = callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
    if (callee.type !== 'MemberExpression' || configure === null || HTTP_METHODS.has(configure) || configure === 'pipe') return false;
    client = unwrapExpression(callee.object);
  }
  const member = getThisMemberName(client);
  return member !== null && isClientMember(classNode, member, clients);
}

const NO_CLIENTS: ReadonlySet<string> = new Set();

/**
 * Whether `this.<member>` of `classNode` is an `HttpClient`: one the class injects itself, or one
 * of `inherited` (the members its base classes declare as `HttpClient`) that the class does not
 * declare again.
 */
function isClientMember(classNode: Class, member: string, inherited: ReadonlySet<string>): boolean {
  const type = getInjectedType(classNode, member);
  if (type !== null) return type === 'HttpClient';
  return inherited.has(member) && !getDeclaredMemberNames(classNode).has(member);
}

/** The instance members `classNode` declares: fields, parameter properties and `this.<name> = …` of its constructor. */
function getDeclaredMemberNames(classNode: Class): Set<string> {
  const names = new Set<string>();
  for (const member of classNode.body.body) {
    if ((member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty' || member.type === 'ClassAccessorProperty') && !member.static) {
      const name = getClassMemberName(member);
      if (name !== null) names.add(name);
    }
    if (member.type !== 'ClassMethod' || member.kind !== 'constructor') continue;
    for (const param of member.params) if (param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier') names.add(param.parameter.name);
    for (const statement of member.body.body) {
      const expression = statement.type === 'ExpressionStatement' ? unwrapExpression(statement.expression) : null;
      const name = expression?.type === 'AssignmentExpression' ? getThisMemberName(expression.left) : null;
      if (name !== null) names.add(name);
    }
  }
  return names;
}

/**
 * The members `classNode` injects as `HttpClient` (`constructor(protected http: HttpClient)`,
 * `protected http: HttpClient`, `http = inject(HttpClient)`), with `inherited` ones it does not
 * declare again: what a class extending it reaches as `this.<name>`.
 */
function getClientMembers(classNode: Class, inherited: ReadonlySet<string>): Set<string> {
  const declared = getDeclaredMemberNames(classNode);
  const clients = new Set([...inherited].filter((name) => !declared.has(name)));
  for (const name of declared) if (getInjectedType(classNode, name) === 'HttpClient') clients.add(name);
  return clients;
}

/** The `return` arguments of a function body, not of the functions nested in it (`null` for a bare `return`). */
export function collectReturns(body: Node): (Node | null)[] {
  const returns: (Node | null)[] = [];
  forEachNode(body, (node) => {
    if (node.type === 'ReturnStatement') returns.push(node.argument ?? null);
    // Not into nested functions and classes: their returns are theirs.
    return node !== body && (isFunctionNode(node) || node.type === 'ClassDeclaration' || node.type === 'ClassExpression') ? false : undefined;
  });
  return returns;
}

/** `of(…)`, `throwError(…)`, `EMPTY`: complete as soon as subscribed. */
function isImmediateObservable(node: Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === 'Identifier') return expression.name === 'EMPTY';
  return expression.type === 'CallExpression' && expression.callee.type === 'Identifier' && IMMEDIATE_CREATORS.has(expression.callee.name);
}

/**
 * For each class declared at the top level of `program` (`class X`, `export class X`; `export
 * default class` also under `default`): its instance methods that return an `HttpClient`
 * request from every `return` but those of an observable that completes at once (`of(cached)`;
 * every `return` one of those completes too: `logout() { …; return of(true); }`), and arrow-function fields
 * (`getSeries = (id) => this.http.get(url)`).
 */
export function findHttpRequestMethodsByClass(program: Program): Map<string, Set<string>> {
  const classes = findTopLevelClasses(program);
  const byClass = new Map<string, Set<string>>();
  // A base class of the same file (`class TagService extends BaseService`) passes its requests on.
  const walker: HttpClassWalker<string> = {
    entry: (name) => classes.get(name) ?? null,
    base: (_name, base) => ('local' in base && classes.has(base.local) ? base.local : null),
    known: byClass,
  };
  for (const name of classes.keys()) walkHttpRequestMethods(name, walker);
  return byClass;
}

/** How deep a chain of base classes is followed. */
const MAX_BASE_DEPTH = 4;

/**
 * Where classes are found, for `walkHttpRequestMethods`: `C` names a class (its name in one file,
 * or a file and a name). The in-file lookup above and the project's cross-module one
 * (src/engine/project-modules.ts, which records each module it reads for `--cache`) differ only
 * in these.
 */
export interface HttpClassWalker<C> {
  /** The class `cls` names, or `null` when there is none. */
  entry(cls: C): TopLevelClass | null;
  /** The class `cls`'s base names (its `base` entry resolved), or `null` when it cannot be found. */
  base(cls: C, base: NonNullable<TopLevelClass['base']>): C | null;
  /** Answers kept per class (and a class being worked out answers none: a cycle ends there). */
  known?: Map<C, Set<string>>;
}

/**
 * The request methods of the class `cls` names (findHttpRequestMethods), with those of its base
 * classes, `MAX_BASE_DEPTH` deep; `null` when there is no such class.
 */
export function walkHttpRequestMethods<C>(cls: C, walker: HttpClassWalker<C>, depth = 0): Set<string> | null {
  const known = walker.known?.get(cls);
  if (known) return known;
  const entry = walker.entry(cls);
  if (!entry) return null;
  walker.known?.set(cls, new Set());
  const base = entry.base && depth < MAX_BASE_DEPTH ? walker.base(cls, entry.base) : null;
  const inherited = base !== null ? walkHttpRequestMethods(base, walker, depth + 1) : null;
  const methods = findHttpRequestMethods(entry.node, inherited ?? new Set(), base !== null ? walkHttpClientMembers(base, walker, depth + 1) : NO_CLIENTS);
  walker.known?.set(cls, methods);
  return methods;
}

/** The members the class `cls` names reaches as an `HttpClient`, its own and its base classes' (`getClientMembers`), `MAX_BASE_DEPTH` deep. */
function walkHttpClientMembers<C>(cls: C, walker: HttpClassWalker<C>, depth: number): Set<string> {
  const entry = walker.entry(cls);
  if (!entry) return new Set();
  const base = entry.base && depth < MAX_BASE_DEPTH ? walker.base(cls, entry.base) : null;
  return getClientMembers(entry.node, base !== null ? walkHttpClientMembers(base, walker, depth + 1) : NO_CLIENTS);
}

/** A top-level class and where its base class comes from: a class of the same file, an import, or nowhere known. */
export interface TopLevelClass {
  node: Class;
  base: { local: string } | { specifier: string; exportName: string } | null;
}

/** The classes declared at the top level of `program`, by name (an `export default class` also under `default`). */
export function findTopLevelClasses(program: Program): Map<string, TopLevelClass> {
  const imports = new Map<string, { specifier: string; exportName: string }>();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || statement.importKind === 'type') continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportSpecifier') imports.set(specifier.local.name, { specifier: statement.source.value, exportName: specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value });
      else if (specifier.type === 'ImportDefaultSpecifier') imports.set(specifier.local.name, { specifier: statement.source.value, exportName: 'default' });
    }
  }
  const classes = new Map<string, TopLevelClass>();
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'ClassDeclaration') continue;
    const superClass = declaration.superClass ? unwrapExpression(declaration.superClass) : null;
    const base = superClass?.type === 'Identifier' ? (imports.get(superClass.name) ?? { local: superClass.name }) : null;
    const entry = { node: declaration, base };
    if (declaration.id) classes.set(declaration.id.name, entry);
    if (statement.type === 'ExportDefaultDeclaration') classes.set('default', entry);
  }
  return classes;
}

/** `this.<method>(…)` (piped through operators that keep completion) where `method` is one of `methods`. */
function isOwnRequestMethodCall(node: Node, methods: ReadonlySet<string>, innerCompletes: (inner: Node) => boolean): boolean {
  const call = getPipedMethodCall(node, true, innerCompletes);
  return call !== null && unwrapExpression(call.object).type === 'ThisExpression' && methods.has(call.method);
}

/**
 * The request methods of `classNode`: its own (a request from every `return`, or another of its
 * request methods: `return this.list(1)`), and the `inherited` ones it does not declare again.
 * `clients`: the members its base classes declare as `HttpClient` (`walkHttpClientMembers`).
 */
export function findHttpRequestMethods(classNode: Class, inherited: ReadonlySet<string> = new Set(), clients: ReadonlySet<string> = NO_CLIENTS): Set<string> {
  const bodies = new Map<string, Node>();
  for (const member of classNode.body.body) {
    let body: Node | null = null;
    if (member.type === 'ClassMethod' && member.kind === 'method' && !member.static) body = member.body;
    else if (member.type === 'ClassProperty' && !member.static && member.value?.type === 'ArrowFunctionExpression') body = member.value.body;
    const name = body ? getClassMemberName(member) : null;
    if (body && name) bodies.set(name, body);
  }
  const methods = new Set([...inherited].filter((name) => !bodies.has(name)));
  // Case: `return this.encode(filter).pipe(switchMap((code) => this.router.navigateByUrl(code)))`: a flattening
  // operator may project onto the class's own request methods too.
  const innerCompletes = (inner: Node): boolean => isCompletingInner(inner, classNode, clients) || isOwnRequestMethodCall(inner, methods, innerCompletes);
  const isRequest = (argument: Node): boolean => isHttpClientRequest(argument, classNode, innerCompletes, clients) || isOwnRequestMethodCall(argument, methods, innerCompletes);
  // Until nothing changes: a method that returns another one's request is one too.
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, body] of bodies) {
      if (methods.has(name)) continue;
      let request = false;
      // Case: `get = (id) => this.http.get(url)`
      if (body.type !== 'BlockStatement') request = isRequest(body);
      else {
        // Case: `if (this.cached) return of(this.cached); return this.http.get(url).pipe(tap(…))`
        const returns = collectReturns(body);
        const requests = returns.filter((argument) => argument !== null && isRequest(argument));
        // Case: `logout() { …; return of(true); }`: every return completes at once, so a subscription to it ends as it starts.
        request = returns.length > 0 && returns.every((argument) => argument !== null && (requests.includes(argument) || isImmediateObservable(argument)));
      }
      if (request) {
        methods.add(name);
        changed = true;
      }
    }
  }
  return methods;
}
