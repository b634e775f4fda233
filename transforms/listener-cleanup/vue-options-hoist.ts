/**
 * Gives a value written inline in a Vue Options-API acquire hook a name the release hook can
 * read — so `removeEventListener` gets the very same function (see hoist-value.ts for the other
 * owners):
 *
 * - `this.onResize.bind(this)` of a method -> `this.onResize`: Vue binds every method to the
 *   instance once (Vue 2 `initMethods`, Vue 3 `applyOptions`), so `this.onResize` is already
 *   one stable function per instance, and calling it is calling the bound copy;
 * - an arrow (or a `function` that uses neither its own `this` nor its own name) that uses
 *   nothing local to the hook -> a new method in `methods` (created when missing), read as
 *   `this.handleResize`: the arrow's `this` was the instance, and so is a method's;
 * - anything else, in JavaScript -> an instance property assigned right before the acquiring
 *   statement (`this.handleResize = (event) => {...};`), which keeps the closure and the
 *   order of evaluation — when that statement runs on every run of the hook, so the release
 *   never reads the property unset. TypeScript would need a declared type for it (see
 *   vue-options-instance.ts), which this analysis cannot write for a closure: no hoist.
 *
 * In TypeScript a moved function's parameters were typed by the call it was written in: an
 * untyped first parameter gets `parameterType` when the caller knows it; a parameter whose
 * type cannot be written means no hoist (never `: any`).
 */
import type { ArrowFunctionExpression, FunctionExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { isValueReference } from '../../src/analysis/resources/handle-usage';
import { replaceValue, type HoistedValue, type HoistRequest } from './hoist-request';
import { getEnclosingStatement } from '../../src/analysis/lifecycle/release-place';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { getExpressionBodyRange, indentText, insertStatementsBefore, terminate, type EditContext } from '../../src/analysis/edits/statement-edits';
import { resolveThisObject } from '../../src/analysis/syntax/this-object';
import { findOptionsFunctionMember, getOptionsMemberName } from '../../src/analysis/lifecycle/vue-options-component';
import { getObjectValue, insertOptionsMemberAfter } from '../../src/analysis/edits/vue-options-edits';
import { getUniqueInstanceName } from '../../src/analysis/lifecycle/vue-options-instance';
import { isReachedOnEveryRun, type VueOptionsOwner } from '../../src/analysis/lifecycle/vue-options-owner';
import { isInsideNode, unwrapPath } from '../../src/core/node-helpers';
import { openParameters } from '../../src/core/code-style';

type InlineFunction = ArrowFunctionExpression | FunctionExpression;

/** The `methods` object of the component, or `undefined` when there is none (`null`: not a literal). */
function getMethodsObject(vue: VueOptionsOwner): ReturnType<typeof getObjectValue> | undefined {
  const member = vue.component.object.node.properties.find((property) => getOptionsMemberName(property) === 'methods');
  return member ? getObjectValue(member) : undefined;
}

/** `this.onResize.bind(this)` where `onResize` is a method of the component: `onResize`. */
function getBoundMethodName(value: NodePath, vue: VueOptionsOwner): string | null {
  const node = value.node;
  if (node.type !== 'CallExpression' || node.arguments.length !== 1 || node.arguments[0]!.type !== 'ThisExpression') return null;
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'bind' || callee.object.type !== 'MemberExpression' || callee.object.object.type !== 'ThisExpression') return null;
  const name = getPropertyName(callee.object);
  const methods = getMethodsObject(vue);
  if (!name || !methods || !findOptionsFunctionMember(methods, name)) return null;
  return resolveThisObject(value)?.node === vue.component.object.node ? name : null;
}

/**
 * The function means the same as a method of the component: no `arguments` / `super` of the
 * hook (arrows) nor its own `this` or name (`function`s), and every name it uses is declared
 * inside it or around the whole component.
 */
function canBeMethod(fn: NodePath<InlineFunction>, vue: VueOptionsOwner): boolean {
  const node = fn.node;
  if (node.generator || (node.type === 'FunctionExpression' && node.id)) return false;
  const object = vue.component.object.node;
  let movable = true;
  forEachDescendant(fn, (path) => {
    if (!movable) return false;
    const current = path.node;
    // A nested `function` has its own `this` and `arguments`; its names are still checked below.
    const crossesThis = path.findParent((p) => p === fn || (isFunctionNode(p.node) && p.node.type !== 'ArrowFunctionExpression')) !== fn;
    if (!crossesThis) {
      if (current.type === 'Super') movable = false;
      if (current.type === 'ThisExpression' && node.type === 'FunctionExpression') movable = false;
      if (current.type === 'Identifier' && current.name === 'arguments' && node.type === 'ArrowFunctionExpression' && !findBinding(path, 'arguments')) movable = false;
    }
    if (current.type === 'Identifier' && isValueReference(path)) {
      const binding = findBinding(path, current.name);
      // Declared in the function itself, global, or around the component: visible from a method.
      if (binding && !isInsideNode(binding.scope, node) && isInsideNode(binding.scope, object)) movable = false;
    }
    return undefined;
  });
  return movable;
}

/** The source of `node`, its lines after the first made relative to the indentation of its first line. */
function dedent(node: Node, ctx: EditContext): string {
  const from = ctx.source.indentAt(node.start!);
  return ctx.source
    .slice(node.start!, node.end!)
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(from) ? line.slice(from.length) : line))
    .join('\n');
}

/**
 * `name(params) { body }` from an arrow or `function`; an expression body becomes its one
 * statement. In TypeScript an untyped parameter gets `parameterType` when it is the one
 * untyped first parameter; any other untyped parameter has no type to write (never `: any`):
 * `null`, no method.
 */
export function formatMethod(fn: InlineFunction, name: string, parameterType: string | null | undefined, ctx: EditContext): { text: string; typed: boolean } | null {
  const slice = (node: Node | null | undefined) => (node ? ctx.source.slice(node.start!, node.end!) : '');
  const untyped = fn.params.filter((param) => param.type !== 'AssignmentPattern' && !(param as { typeAnnotation?: unknown }).typeAnnotation);
  const first = fn.params[0];
  const known = untyped.length === 1 && untyped[0] === first && first.type === 'Identifier' && !first.optional && parameterType;
  if (ctx.language !== 'js' && untyped.length > 0 && !known) return null;
  // Case: `(event) => ...` -> `handleResize(event: WindowEventMap['resize'])`
  const params = fn.params.map((param, i) => (ctx.language !== 'js' && i === 0 && known ? `${slice(param)}: ${parameterType}` : slice(param)));
  const head = `${fn.async ? 'async ' : ''}${fn.typeParameters ? `${name}${slice(fn.typeParameters as Node)}(` : openParameters(name, ctx.style)}${params.join(', ')})${slice(fn.returnType as Node | null)}`;
  if (fn.body.type === 'BlockStatement') return { text: `${head} ${dedent(fn.body, ctx)}`, typed: true };
  // Case: `() => this.refresh()` -> `handleX() {\n  this.refresh();\n}` (a listener's return value is not used)
  const range = getExpressionBodyRange(fn as ArrowFunctionExpression, ctx);
  const from = ctx.source.indentAt(fn.body.start!);
  const expression = ctx.source
    .slice(range.start, range.end)
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(from) ? line.slice(from.length) : line))
    .join('\n');
  const unit = ctx.style.indentUnit;
  return { text: `${head} {\n${unit}${indentText(terminate(expression, ctx), unit)}\n}`, typed: true };
}

export function planOptionsValueHoist(request: HoistRequest, vue: VueOptionsOwner, ctx: EditContext): HoistedValue | null {
  const value = unwrapPath(request.value);
  const object = vue.component.object.node;
  // Case: `this.onResize.bind(this)` -> `this.onResize`
  const bound = getBoundMethodName(value, vue);
  if (bound) return { text: `this.${bound}`, edits: [replaceValue(request.value, `this.${bound}`, ctx.source)], typed: true };
  const isFunction = value.node.type === 'ArrowFunctionExpression' || value.node.type === 'FunctionExpression';
  // Case: `() => this.refresh()` -> a method `handleScroll() { this.refresh(); }`
  if (isFunction && canBeMethod(value as NodePath<InlineFunction>, vue)) {
    const methods = getMethodsObject(vue);
    if (methods === null) return null;
    const name = getUniqueInstanceName(vue.component, request.baseName, request.reserved(object));
    const method = formatMethod(value.node as InlineFunction, name, request.parameterType, ctx);
    if (!method) return null;
    const unit = ctx.style.indentUnit;
    const insert = methods ? insertOptionsMemberAfter(methods, null, method.text, ctx) : insertOptionsMemberAfter(object, null, `methods: {\n${unit}${indentText(method.text, unit)}${ctx.style.trailingComma ? ',' : ''}\n}`, ctx);
    return { text: `this.${name}`, edits: [...insert, replaceValue(request.value, `this.${name}`, ctx.source)], typed: method.typed };
  }
  // Case (JavaScript): `this.handleScroll = (event) => {...};` right before the acquiring statement,
  // which must run on every run of the hook (so the release never reads it unset).
  if (ctx.language !== 'js' || (!isFunction && !request.movable)) return null;
  const statement = getEnclosingStatement(request.value);
  if (!statement || !isReachedOnEveryRun(request.value, vue)) return null;
  const name = getUniqueInstanceName(vue.component, request.baseName, request.reserved(object));
  const assignment = insertStatementsBefore(statement.node, [terminate(`this.${name} = ${dedent(value.node, ctx)}`, ctx)], ctx);
  return { text: `this.${name}`, edits: [assignment, replaceValue(request.value, `this.${name}`, ctx.source)], typed: true };
}
