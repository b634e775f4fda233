/**
 * Gives a handler written inline in a Vue class component's hook a name its release hook can
 * read (see hoist-value.ts for the other owners). Never a class field: vue-class-component
 * turns fields into the component's data, initialised with a stand-in `this` (its docs: an
 * arrow-function field does not see the instance). Instead:
 *
 * - `this.onResize.bind(this)` of a method of the class -> `this.onResize`: Vue binds every
 *   method of a class component to the instance once, so `this.onResize` is already one stable
 *   function per instance;
 * - an arrow (or a `function` that uses neither its own `this` nor its own name) -> a new
 *   method of the class, read as `this.handleResize`: the arrow's `this` was the instance, and
 *   so is a bound method's.
 *
 * The caller has checked that the value uses only `this` and names visible from the class.
 */
import type { ArrowFunctionExpression, Class, FunctionExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { buildClassMemberEdit } from '../../src/analysis/edits/class-release-edits';
import { getClassMemberName } from '../../src/analysis/lifecycle/class-owner';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import type { HoistedValue, HoistRequest } from './hoist-request';
import type { ClassOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import type { EditContext } from '../../src/analysis/edits/statement-edits';
import { getUniqueMemberName } from '../../src/analysis/edits/unique-member-name';
import { formatMethod } from './vue-options-hoist';
import { unwrapPath } from '../../src/core/node-helpers';

type InlineFunction = ArrowFunctionExpression | FunctionExpression;

/** `this.onResize.bind(this)` where `onResize` is a method of the class: `onResize`. */
function getBoundMethodName(value: NodePath, classNode: Class): string | null {
  const node = value.node;
  if (node.type !== 'CallExpression' || node.arguments.length !== 1 || node.arguments[0]!.type !== 'ThisExpression') return null;
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'bind' || callee.object.type !== 'MemberExpression' || callee.object.object.type !== 'ThisExpression') return null;
  const name = getPropertyName(callee.object);
  const isMethod = classNode.body.body.some((member) => member.type === 'ClassMethod' && member.kind === 'method' && !member.static && getClassMemberName(member) === name);
  return name && isMethod ? name : null;
}

/** No `arguments` / `super` of the hook (arrows), nor its own `this` or name (`function`s): it means the same as a method. */
function canBeMethod(fn: NodePath<InlineFunction>): boolean {
  const node = fn.node;
  if (node.generator || (node.type === 'FunctionExpression' && node.id)) return false;
  let movable = true;
  forEachDescendant(fn, (path) => {
    if (!movable || (isFunctionNode(path.node) && path.node.type !== 'ArrowFunctionExpression')) return false;
    const current = path.node;
    if (current.type === 'Super') movable = false;
    if (current.type === 'ThisExpression' && node.type === 'FunctionExpression') movable = false;
    if (current.type === 'Identifier' && current.name === 'arguments' && node.type === 'ArrowFunctionExpression' && !findBinding(path, 'arguments')) movable = false;
    return undefined;
  });
  return movable;
}

export function planVueClassValueHoist(request: HoistRequest, owner: ClassOwnerScope, ctx: EditContext): HoistedValue | null {
  const value = unwrapPath(request.value);
  const classNode = owner.classPath.node as Class;
  const replace = (text: string) => ({ start: request.value.node.start!, end: request.value.node.end!, text });
  // Case: `this.onResize.bind(this)` -> `this.onResize`
  const bound = getBoundMethodName(value, classNode);
  if (bound) return { text: `this.${bound}`, edits: [replace(`this.${bound}`)], typed: true };
  // Case: `() => this.refresh()` -> a method `handleScroll() { this.refresh(); }`
  const isFunction = value.node.type === 'ArrowFunctionExpression' || value.node.type === 'FunctionExpression';
  if (!isFunction || !canBeMethod(value as NodePath<InlineFunction>)) return null;
  const name = getUniqueMemberName({ classPath: owner.classPath, base: request.baseName, isPrivate: false, reserved: request.reserved });
  if (!name) return null;
  const method = formatMethod(value.node as InlineFunction, name, request.parameterType, ctx);
  if (!method) return null;
  return { text: `this.${name}`, edits: [buildClassMemberEdit(owner.member.node, method.text, ctx, 'method'), replace(`this.${name}`)], typed: method.typed };
}
