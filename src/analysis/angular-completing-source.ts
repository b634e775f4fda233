/**
 * Angular observables that complete on their own, so a subscription to them is not a leak
 * (LEAKS.md, "Angular ... Observables that complete on their own are not findings"):
 *
 * - an `HttpClient` request: `this.http.get(...)` (also `post`, `put`, `patch`, `delete`,
 *   `head`, `options`, `request`, `jsonp`) where `http` is a member the class injects as
 *   `HttpClient` (`constructor(private http: HttpClient)` or `http = inject(HttpClient)`):
 *   it emits one response and completes;
 * - `afterClosed()` / `afterOpened()` / `afterDismissed()` of a Material dialog, bottom sheet
 *   or snack bar reference: one value, then complete;
 * - `params`, `paramMap`, `queryParams`, `queryParamMap`, `data`, `fragment`, `url` of an
 *   injected `ActivatedRoute`: the router completes them when it destroys the routed component.
 *
 * Piped through operators that keep completion (`map`, `tap`, `filter`, `catchError`, ...)
 * they still complete; any other operator (`switchMap` to an interval, `repeat`) is not trusted.
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../engine/traverse';
import { getClassMemberName } from './class-owner';
import { getPropertyName, unwrapExpression } from './expressions';

const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'request', 'jsonp']);
const ONE_SHOT_METHODS = new Set(['afterClosed', 'afterOpened', 'afterDismissed']);
const ROUTE_STREAMS = new Set(['params', 'paramMap', 'queryParams', 'queryParamMap', 'data', 'fragment', 'url']);
/** Operators after which a completing source still completes. */
const COMPLETION_KEEPING_OPERATORS = new Set(['map', 'tap', 'filter', 'catchError', 'finalize', 'retry', 'timeout', 'delay', 'mapTo', 'pluck', 'defaultIfEmpty', 'distinctUntilChanged', 'shareReplay', 'share', 'startWith']);

function getTypeName(annotation: Node | null | undefined): string | null {
  const type = annotation?.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : null;
  return type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' ? type.typeName.name : null;
}

/** The Angular service type the class injects into `this.<name>`: `HttpClient`, `ActivatedRoute`, or `null`. */
function getInjectedType(classNode: Class, name: string): string | null {
  for (const member of classNode.body.body) {
    // Case: `constructor(private readonly http: HttpClient)`
    if (member.type === 'ClassMethod' && member.kind === 'constructor') {
      for (const param of member.params) {
        if (param.type === 'TSParameterProperty' && param.parameter.type === 'Identifier' && param.parameter.name === name) return getTypeName(param.parameter.typeAnnotation);
      }
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

/** `this.<name>` (also `this.#name`): the member's name, or `null`. */
function getThisMemberName(node: Node): string | null {
  const expression = unwrapExpression(node);
  if (expression.type !== 'MemberExpression' || expression.object.type !== 'ThisExpression') return null;
  if (expression.property.type === 'PrivateName') return `#${expression.property.id.name}`;
  return getPropertyName(expression);
}

/** The source before its `.pipe(...)` calls, or `null` when a pipe uses an operator that may not complete. */
function stripCompletionKeepingPipes(source: Node): Node | null {
  let current = unwrapExpression(source);
  while (current.type === 'CallExpression') {
    const callee = unwrapExpression(current.callee);
    if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'pipe') break;
    const keeps = current.arguments.every((argument) => {
      const operator = unwrapExpression(argument);
      const name = operator.type === 'CallExpression' && operator.callee.type === 'Identifier' ? operator.callee.name : null;
      return name !== null && COMPLETION_KEEPING_OPERATORS.has(name);
    });
    if (!keeps) return null;
    current = unwrapExpression(callee.object);
  }
  return current;
}

export function isAngularCompletingSource(source: NodePath, classPath: NodePath<Class> | null): boolean {
  const root = stripCompletionKeepingPipes(source.node);
  if (!root) return false;
  // Case: `ref.afterClosed()`, `this.dialog.open(C).afterClosed()`
  if (root.type === 'CallExpression') {
    const callee = unwrapExpression(root.callee);
    if (callee.type !== 'MemberExpression') return false;
    const method = getPropertyName(callee);
    if (method && ONE_SHOT_METHODS.has(method) && root.arguments.length === 0) return true;
    // Case: `this.http.get(url)`
    const member = getThisMemberName(callee.object);
    return classPath !== null && member !== null && method !== null && HTTP_METHODS.has(method) && getInjectedType(classPath.node, member) === 'HttpClient';
  }
  // Case: `this.route.paramMap`
  if (root.type === 'MemberExpression' && classPath) {
    const stream = getPropertyName(root);
    const member = getThisMemberName(root.object);
    return stream !== null && ROUTE_STREAMS.has(stream) && member !== null && getInjectedType(classPath.node, member) === 'ActivatedRoute';
  }
  return false;
}
