/**
 * Where a Vue Options-API component keeps what its release hook needs: on the instance, as
 * docs/catalog.md says for classes ("the handle moves to a field"): `this.intervalId`.
 *
 * - JavaScript: `this.intervalId = setInterval(...)`, declared nowhere. Vue 2 and Vue 3 both
 *   keep a property set on `this` that is not in `data()` / props / `setup()` as a plain,
 *   non-reactive instance property.
 * - TypeScript: `defineComponent` and `Vue.extend` type `this` from the options, so an
 *   undeclared property is an error. The name is declared in `data()`
 *   (`intervalId: undefined as ReturnType<typeof setInterval> | undefined`), the one place both
 *   majors' types read instance properties from. That makes it reactive: harmless for a timer
 *   id, a little wasteful for an observer or a socket (Vue 3 leaves those classes unproxied).
 *   `data()` runs before `created`, so every acquire hook sees the declared property.
 *
 * New names are unique in the component: no member key, `this.x` or identifier-like string
 * anywhere in the options object (props, data, computed, methods, inject) spells them, nor does
 * another fix of the pass.
 */
import type { Node, ObjectExpression } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { TextEdit } from '../../core/finding';
import { addObjectProperty } from '../edits/add-object-property';
import { forEachDescendant } from '../syntax/descendants';
import { unwrapExpression } from '../syntax/expressions';
import type { HandleCapture, HandleCaptureRequest, HandleUnset } from '../resources/handle-capture-request';
import { isFunctionNode } from '../syntax/scope';
import type { EditContext } from '../edits/statement-edits';
import { findOptionsFunctionMember, getOptionsMemberFunction, getOptionsMemberName, VUE_LIFECYCLE_HOOKS, type VueOptionsComponent } from './vue-options-component';
import { insertOptionsMemberAfter, insertOptionsMemberBefore } from '../edits/vue-options-edits';
import { isReachedOnEveryRun, type VueOptionsOwner } from './vue-options-owner';
import { isInsideNode } from '../../core/node-helpers';
import { openParameters } from '../../core/code-style';

/** Members a new `data()` goes before (Vue's style-guide order: data, computed, watch, hooks, methods). */
const AFTER_DATA = new Set(['computed', 'watch', ...VUE_LIFECYCLE_HOOKS, 'methods', 'render', 'template']);

const namesCache = new WeakMap<Node, Set<string>>();

/**
 * Every name the instance may already have: member keys anywhere in the options (props, data,
 * computed, methods, `const { x } = this`), `this.x` reads and writes, and identifier-like
 * strings (`props: ['interval']`, `watch: { x: 'start' }`). Local variables do not count.
 */
function getInstanceNames(object: NodePath): Set<string> {
  let names = namesCache.get(object.node);
  if (names) return names;
  const found = new Set<string>();
  forEachDescendant(object, (path) => {
    const current = path.node;
    if ((current.type === 'ObjectProperty' || current.type === 'ObjectMethod') && !current.computed && current.key.type === 'Identifier') found.add(current.key.name);
    if ((current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') && current.object.type === 'ThisExpression' && current.property.type === 'Identifier' && !current.computed) {
      found.add(current.property.name);
    }
    if (current.type === 'StringLiteral' && /^[A-Za-z_$][\w$]*$/.test(current.value)) found.add(current.value);
  });
  namesCache.set(object.node, (names = found));
  return names;
}

/** A fresh instance property name (`intervalId`, `intervalId2`, ...), added to `reserved`. */
export function getUniqueInstanceName(component: VueOptionsComponent, base: string, reserved: Set<string>): string {
  const used = getInstanceNames(component.object);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (reserved.has(candidate) || used.has(candidate)) continue;
    reserved.add(candidate);
    return candidate;
  }
}

/** The object literal `data()` returns (its only `return`, or an arrow's body), or `null` when it is not one. */
function findDataObject(member: Node): ObjectExpression | null {
  const fn = getOptionsMemberFunction(member);
  if (!fn || (fn.type !== 'ObjectMethod' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression')) return null;
  if (fn.body.type !== 'BlockStatement') {
    const body = unwrapExpression(fn.body);
    return body.type === 'ObjectExpression' ? body : null;
  }
  const returns: Node[] = [];
  const stack: Node[] = [...fn.body.body];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (isFunctionNode(current) || current.type === 'ClassDeclaration' || current.type === 'ClassExpression') continue;
    if (current.type === 'ReturnStatement') returns.push(current);
    for (const key of Object.keys(current)) {
      if (key === 'loc' || key === 'extra' || key.endsWith('Comments')) continue;
      const value = (current as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof (item as Node).type === 'string') stack.push(item as Node);
      } else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') {
        stack.push(value as Node);
      }
    }
  }
  const only = returns.length === 1 ? (returns[0] as { argument?: Node | null }).argument : null;
  const object = only ? unwrapExpression(only) : null;
  return object?.type === 'ObjectExpression' ? object : null;
}

/** `name: undefined as T | undefined` in what `data()` returns; a new `data()` when there is none. */
export function buildDataDeclarationEdits(component: VueOptionsComponent, name: string, type: string, ctx: EditContext): TextEdit[] | null {
  return buildDataEntryEdits(component, `${name}: undefined as ${type} | undefined`, ctx);
}

/** `entry` (`intervalIds: [] as T[]`) added to what `data()` returns; a new `data()` when there is none. */
export function buildDataEntryEdits(component: VueOptionsComponent, entry: string, ctx: EditContext): TextEdit[] | null {
  const object = component.object.node;
  const data = findOptionsFunctionMember(object, 'data');
  if (data) {
    const returned = findDataObject(data);
    return returned ? addObjectProperty(ctx.source, returned, entry) : null;
  }
  // Case: no `data()`: one goes before computed / watch / the hooks / methods.
  const text = `${openParameters('data', ctx.style)}) {\n${ctx.style.indentUnit}return { ${entry} }${ctx.style.semicolons ? ';' : ''}\n}`;
  const before = object.properties.find((member) => AFTER_DATA.has(getOptionsMemberName(member) ?? ''));
  return before ? insertOptionsMemberBefore(object, before, text, ctx) : insertOptionsMemberAfter(object, null, text, ctx);
}

function describeUnset(type: Node | null | undefined): HandleUnset {
  if (!type) return 'never';
  const members = type.type === 'TSUnionType' ? type.types : [type];
  const hasNull = members.some((member) => member.type === 'TSNullKeyword');
  const hasUndefined = members.some((member) => member.type === 'TSUndefinedKeyword');
  return hasNull && hasUndefined ? 'nullish' : hasNull ? 'null' : hasUndefined ? 'undefined' : 'never';
}

/** What TypeScript says `this.<name>` may hold besides the handle, from its `data()` declaration (`null`: not declared there). */
export function getDataPropertyUnset(component: VueOptionsComponent, name: string, ctx: EditContext): HandleUnset | null {
  if (ctx.language === 'js') return null;
  const data = findOptionsFunctionMember(component.object.node, 'data');
  const returned = data ? findDataObject(data) : null;
  const property = returned?.properties.find((member) => member.type === 'ObjectProperty' && getOptionsMemberName(member) === name);
  if (property?.type !== 'ObjectProperty') return null;
  const value = property.value;
  // Case: `timer: null as number | null`, `timer: <number | undefined>undefined`
  if (value.type === 'TSAsExpression' || value.type === 'TSTypeAssertion') return describeUnset(value.typeAnnotation);
  // Case: `timer: null` (its type is `null` alone), `timer: undefined`
  if (value.type === 'NullLiteral') return 'null';
  if (value.type === 'Identifier' && value.name === 'undefined') return 'undefined';
  return 'never';
}

/**
 * How the release hook reads the handle: `this.x` that the code already keeps, a variable it
 * can see, or a new instance property (copied on the way from a variable it cannot see:
 * `const id = this.intervalId = setInterval(...)`).
 */
export function planOptionsHandleCapture(request: HandleCaptureRequest, vue: VueOptionsOwner, ctx: EditContext): HandleCapture | null {
  const { handle } = request;
  const object = vue.component.object.node;
  // Case: `this.timer = setInterval(...)` -> `clearInterval(this.timer)`; unset as `data()` declares it
  // (TypeScript), else unless it is set on every run of the hook (not in an `if`, nor after a `return`).
  if (handle.kind === 'member' && handle.member.root === 'this') {
    const declared = handle.member.properties.length === 1 ? getDataPropertyUnset(vue.component, handle.member.properties[0]!, ctx) : null;
    return { text: handle.member.text, unset: declared ?? (isReachedOnEveryRun(handle.expression, vue) ? 'never' : 'undefined'), edits: [] };
  }
  // Case: a module-level (or enclosing) variable or member the whole component sees.
  if (handle.kind === 'variable' && !isInsideNode(handle.binding.scope, object)) return { text: handle.binding.name, unset: 'never', edits: [] };
  if (handle.kind === 'member' && handle.member.root !== 'this' && !isInsideNode(handle.member.root.scope, object)) return { text: handle.member.text, unset: 'never', edits: [] };
  if (handle.kind !== 'variable' && handle.kind !== 'member' && handle.kind !== 'discarded') return null;

  const name = getUniqueInstanceName(vue.component, request.baseName, request.reserved(object));
  const expressionStart = handle.expression.node.start!;
  // `void setInterval(...)` loses its `void` when the value is kept.
  const prefixStart = handle.kind === 'discarded' && handle.voidOperator ? handle.voidOperator.start! : expressionStart;
  const edits: TextEdit[] = [{ start: prefixStart, end: expressionStart, text: `this.${name} = ` }];
  if (ctx.language !== 'js') {
    const declaration = buildDataDeclarationEdits(vue.component, name, request.handleType, ctx);
    if (!declaration) return null;
    edits.push(...declaration);
  }
  return { text: `this.${name}`, unset: 'undefined', edits, declaresType: ctx.language !== 'js' };
}
