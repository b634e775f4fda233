/**
 * Gives a value written inline a name that a release place can use again — so the release
 * passes the very same function, target or options the acquisition got (docs/catalog.md: "hoist an
 * inline handler to a `const` so the very same function is removed"; "call-derived targets
 * are cached in a `const`"):
 *
 * - closure release places (an effect cleanup, a teardown hook, `onCleanup`, an abort
 *   listener): `const handleResize = () => {...};` right before the acquiring statement, or —
 *   for a function, whose creation has no side effects — before the statement of the owner's
 *   code that contains it, when every name the function uses means the same there;
 * - a class's release method: a field, `private readonly handleResize = () => {...}` in
 *   TypeScript (`#handleResize = ...` in JavaScript), when the value uses nothing local to
 *   the method;
 * - a Vue Options-API release hook: a method or an instance property (vue-options-hoist.ts);
 * - a Vue class component's release hook: a method (vue-class-hoist.ts).
 *
 * In TypeScript a function's parameters were typed by the call it was written in; moved out,
 * an untyped first parameter gets `parameterType` when the caller knows it; a parameter whose
 * type cannot be written means no hoist (never `: any`).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { buildClassMemberEdit } from '../../src/analysis/edits/class-release-edits';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getReleaseBlock } from '../../src/analysis/lifecycle/release-block';
import { getEnclosingStatement } from '../../src/analysis/lifecycle/release-place';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { insertStatementsBefore, terminate, type EditContext } from '../../src/analysis/edits/statement-edits';
import { getUniqueIdentifier } from '../../src/analysis/edits/unique-identifier';
import { getUniqueMemberName } from '../../src/analysis/edits/unique-member-name';
import { planVueClassValueHoist } from './vue-class-hoist';
import { planOptionsValueHoist } from './vue-options-hoist';
import { replaceValue, type HoistedValue, type HoistRequest } from './hoist-request';
import { isInsideNode, isValueWrapper } from '../../src/core/node-helpers';

export type { HoistedValue, HoistRequest };

const FUNCTION_VALUES = new Set(['ArrowFunctionExpression', 'FunctionExpression']);

/** An arrow that reads the `this` (or `arguments`, `super`) of the function around it. */
function usesOuterThis(value: NodePath): boolean {
  if (value.node.type !== 'ArrowFunctionExpression') return false;
  let found = false;
  forEachDescendant(value, (path) => {
    const node = path.node;
    if (found || (isFunctionNode(node) && node.type !== 'ArrowFunctionExpression')) return false;
    if (node.type === 'ThisExpression' || node.type === 'Super' || (node.type === 'Identifier' && node.name === 'arguments' && !findBinding(path, 'arguments'))) found = true;
    return undefined;
  });
  return found;
}

/**
 * Every name `value` uses from outside itself is declared where `block` can see it (in a
 * scope around `block`), and — unless the caller vouches for `this` — an arrow that reads
 * `this` crosses no other function on the way there.
 */
function usesOnlyNamesVisibleIn(value: NodePath, block: Node, thisIsSame: boolean): boolean {
  if (!thisIsSame && usesOuterThis(value)) {
    for (let current = value.parentPath; current && current.node !== block; current = current.parentPath) {
      if (isFunctionNode(current.node) && current.node.type !== 'ArrowFunctionExpression') return false;
    }
  }
  let visible = true;
  const check = (path: NodePath): false | undefined => {
    if (!visible) return false;
    const node = path.node;
    if (node.type !== 'Identifier' || !isReference(path)) return undefined;
    const binding = findBinding(path, node.name);
    // Declared inside the value itself, global, or in a scope around the block: fine.
    if (binding && !isInsideNode(binding.scope, value.node) && !isInsideNode(block, binding.scope)) visible = false;
    return undefined;
  };
  check(value);
  forEachDescendant(value, check);
  return visible;
}

/** An identifier that reads a variable (not a property name or a key). */
function isReference(path: NodePath): boolean {
  const parent = path.parent;
  if (!parent) return true;
  if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && path.key === 'property') return parent.computed;
  if ((parent.type === 'ObjectProperty' || parent.type === 'ObjectMethod' || parent.type === 'ClassProperty' || parent.type === 'ClassMethod') && path.key === 'key') return parent.computed;
  return !parent.type.startsWith('TS') || isValueWrapper(parent);
}

/**
 * The text of `value` with `parameterType` added, its lines after the first made relative to
 * the indentation of the line it starts on (the edit builders indent them for the new place).
 * In TypeScript a parameter's type came from the call; moved out, only `parameterType` (the
 * type the call gave the one untyped first parameter) can be written. Any other untyped
 * parameter would be implicitly `any` (an error under `noImplicitAny`), and `: any` is never
 * written (docs/catalog.md, "Hoisting a handler must not lose its contextual type"): `null`, no hoist.
 */
export function formatMovedValue(value: NodePath, request: Pick<HoistRequest, 'parameterType'>, ctx: EditContext): { text: string; typed: boolean } | null {
  const node = value.node;
  let text = ctx.source.slice(node.start!, node.end!);
  let typed = true;
  if (ctx.language !== 'js' && FUNCTION_VALUES.has(node.type)) {
    const fn = node as Extract<Node, { type: 'ArrowFunctionExpression' }>;
    const untyped = fn.params.filter((param) => param.type !== 'AssignmentPattern' && !(param as { typeAnnotation?: unknown }).typeAnnotation);
    const first = fn.params[0];
    // Case: `(event) => ...` -> `(event: WindowEventMap['resize']) => ...`; `(code) => ...` of an emitter: no type to write.
    const known = untyped.length === 1 && untyped[0] === first && first.type === 'Identifier' && !first.optional && request.parameterType;
    if (untyped.length > 0 && !known) return null;
    const bare = known && node.type === 'ArrowFunctionExpression' && ctx.source.slice(first.start! - 1, first.start!) !== '(' && !ctx.source.slice(node.start!, first.start!).includes('(');
    if (known) {
      const at = first.end! - node.start!;
      text = `${text.slice(0, at)}: ${request.parameterType}${text.slice(at)}`;
      // `event => ...` gets parentheses around its one parameter.
      if (bare) {
        const start = first.start! - node.start!;
        const end = at + `: ${request.parameterType}`.length;
        text = `${text.slice(0, start)}(${text.slice(start, end)})${text.slice(end)}`;
      }
    }
    // A `function` that reads `this` had it typed by the call (`noImplicitThis`).
    if (node.type === 'FunctionExpression' && usesOwnThis(value)) typed = false;
  }
  const from = ctx.source.indentAt(node.start!);
  const lines = text.split('\n');
  const moved = lines.map((line, i) => (i > 0 && line.startsWith(from) ? line.slice(from.length) : line)).join('\n');
  return { text: moved, typed };
}

function usesOwnThis(fn: NodePath): boolean {
  let found = false;
  forEachDescendant(fn, (path) => {
    if (found || (path.node.type === 'FunctionExpression' || path.node.type === 'FunctionDeclaration')) return false;
    if (path.node.type === 'ThisExpression') found = true;
    return undefined;
  });
  return found;
}


/** Where a `const` for the value can go, with the scope it is declared in. */
function findClosurePosition(request: HoistRequest, block: Node): { before: Node; scope: NodePath } | null {
  const { place, value } = request;
  const statement = getEnclosingStatement(value);
  const scopeOf = (list: NodePath): NodePath => (list.parentPath && isFunctionNode(list.parentPath.node) ? list.parentPath : list);
  // Case: the acquiring statement is directly in the block the release reads from.
  if (statement && request.movable && statement.parentPath?.node === block) return { before: statement.node, scope: scopeOf(statement.parentPath) };
  // Case: a function moves to the owner's statement that contains the acquisition.
  if (!FUNCTION_VALUES.has(value.node.type) || !usesOnlyNamesVisibleIn(value, block, false)) return null;
  const anchor = place.kind === 'returned-cleanup' || place.kind === 'teardown-hook' ? place.anchor : null;
  if (!anchor || anchor.parentPath?.node !== block) return null;
  return { before: anchor.node, scope: scopeOf(anchor.parentPath) };
}

export function planValueHoist(request: HoistRequest, ctx: EditContext): HoistedValue | null {
  const { place, value } = request;
  // Case: a Vue Options-API component keeps it on the instance (a method, or `this.x`).
  if (place.kind === 'options-hook') return planOptionsValueHoist(request, place.vue, ctx);
  const block = getReleaseBlock(place);
  if (place.kind === 'class-method') {
    const owner = place.classOwner;
    // Case: a class field; it may use `this` (the instance) and module-level names only.
    const isFunction = FUNCTION_VALUES.has(value.node.type);
    if (!owner.thisIsInstance || !usesOnlyNamesVisibleIn(value, block, true)) return null;
    // Case: a Vue class component: a method (see vue-class-hoist.ts), never a field.
    if (owner.kind === 'vue-class') return planVueClassValueHoist(request, owner, ctx);
    if (!isFunction && !request.movable) return null;
    const name = getUniqueMemberName({ classPath: owner.classPath, base: request.baseName, isPrivate: ctx.language === 'js', reserved: request.reserved });
    if (!name) return null;
    const member = owner.member.node;
    const moved = formatMovedValue(value, request, ctx);
    if (!moved) return null;
    const declaration = ctx.language === 'js' ? `${name} = ${moved.text}` : `private readonly ${name} = ${moved.text}`;
    return { text: `this.${name}`, edits: [buildClassMemberEdit(member, declaration, ctx), replaceValue(value, `this.${name}`, ctx.source)], typed: moved.typed };
  }
  const position = findClosurePosition(request, block);
  if (!position) return null;
  const name = getUniqueIdentifier({ base: request.baseName, scope: position.scope, reserved: request.reserved(position.scope.node) });
  const moved = formatMovedValue(value, request, ctx);
  if (!moved) return null;
  const declaration = insertStatementsBefore(position.before, [terminate(`const ${name} = ${moved.text}`, ctx)], ctx);
  return { text: name, edits: [declaration, replaceValue(value, name, ctx.source)], typed: moved.typed };
}
