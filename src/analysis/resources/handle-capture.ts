/**
 * Keeps the handle of an acquisition where the owner's release place can read it:
 *
 * - reuse a handle the code already keeps (`const id = setInterval(...)`, `this.timer = ...`,
 *   `ref.current = ...`) when the release place can see it;
 * - a dropped handle next to its release: `const intervalId = setInterval(...)`;
 * - a dropped handle whose release is further out (an effect cleanup, a Vue `onBeforeUnmount`):
 *   `let intervalId;` in the owner's body, `intervalId = setInterval(...)` where it is acquired;
 * - in classes, a field: `#intervalId` (JavaScript) or `private intervalId?: T` (TypeScript),
 *   `this.#intervalId = setInterval(...)`;
 * - a kept handle the release place cannot see is copied on the way:
 *   `const id = this.#intervalId = setInterval(...)`;
 * - in a Vue Options-API component, an instance property (vue-options-instance.ts).
 *
 * Names are unique where they are declared (`intervalId`, `intervalId2`, ...).
 */
import { getReleaseBlock } from '../lifecycle/release-block';
import type { Node, TSTypeAnnotation } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { TextEdit } from '../../core/finding';
import type { MemberHandle } from './acquisition-handle';
import { buildClassFieldEdit } from '../edits/class-release-edits';
import { unwrapExpression } from '../syntax/expressions';
import type { Binding } from '../syntax/scope';
import { insertStatementsBefore, terminate, type EditContext } from '../edits/statement-edits';
import { getUniqueIdentifier } from '../edits/unique-identifier';
import { getUniqueMemberName } from '../edits/unique-member-name';
import { planOptionsHandleCapture } from '../lifecycle/vue-options-instance';
import { isInsideNode } from '../../core/node-helpers';
import type { HandleCapture, HandleCaptureRequest, HandleUnset } from './handle-capture-request';

export type { HandleCapture, HandleCaptureRequest, HandleUnset };

function describeType(annotation: Node | null | undefined): HandleUnset {
  if (!annotation) return 'never';
  const type = annotation.type === 'TSTypeAnnotation' ? (annotation as TSTypeAnnotation).typeAnnotation : annotation;
  const members = type.type === 'TSUnionType' ? type.types : [type];
  const hasNull = members.some((member) => member.type === 'TSNullKeyword');
  const hasUndefined = members.some((member) => member.type === 'TSUndefinedKeyword');
  return hasNull && hasUndefined ? 'nullish' : hasNull ? 'null' : hasUndefined ? 'undefined' : 'never';
}

function combine(a: HandleUnset, b: HandleUnset): HandleUnset {
  if (a === b) return a;
  if (a === 'never') return b;
  if (b === 'never') return a;
  return 'nullish';
}

/** What TypeScript says an existing variable may hold besides the handle. */
function getVariableUnset(binding: Binding, ctx: EditContext): HandleUnset {
  if (ctx.language === 'js' || binding.kind === 'const') return 'never';
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator') return 'never';
  const annotation = (declaration.id as { typeAnnotation?: Node | null }).typeAnnotation;
  // Case: `let id: number | undefined;`, `let id: number | null = null`; `let id;` is `any`.
  return describeType(annotation);
}

/** What TypeScript says `this.x` / `ref.current` may hold besides the handle. */
export function getMemberUnset(member: MemberHandle, classNode: Node | null, ctx: Pick<EditContext, 'language'>): HandleUnset {
  if (ctx.language === 'js') return 'never';
  if (member.root === 'this' && classNode?.type.startsWith('Class') && member.properties.length === 1) {
    const name = member.properties[0]!;
    for (const item of (classNode as { body: { body: Node[] } }).body.body) {
      if (item.type !== 'ClassProperty' && item.type !== 'ClassPrivateProperty') continue;
      const key = item.key.type === 'PrivateName' ? `#${item.key.id.name}` : item.key.type === 'Identifier' ? item.key.name : null;
      if (key !== name) continue;
      const optional = (item as { optional?: boolean }).optional ? 'undefined' : 'never';
      return combine(optional, describeType(item.typeAnnotation as Node | null));
    }
    return 'never';
  }
  // Case: `const ref = useRef<number | null>(null)` -> `ref.current` may be `null`.
  if (member.root !== 'this' && member.properties.length === 1 && member.properties[0] === 'current') {
    const declaration = member.root.declaration;
    const init = declaration.type === 'VariableDeclarator' && declaration.init ? unwrapExpression(declaration.init) : null;
    if (init?.type === 'CallExpression') {
      const typeArgument = init.typeParameters?.params[0];
      const unset = describeType(typeArgument ?? null);
      return init.arguments.length === 0 ? combine(unset, 'undefined') : unset;
    }
  }
  return 'never';
}

export function planHandleCapture(request: HandleCaptureRequest, ctx: EditContext): HandleCapture | null {
  const { place, handle } = request;
  // Case: a Vue Options-API component keeps it on the instance (`this.intervalId`).
  if (place.kind === 'options-hook') return planOptionsHandleCapture(request, place.vue, ctx);
  const releaseScope = getReleaseBlock(place);
  const classOwner = place.kind === 'class-method' || place.kind === 'destroy-ref' ? place.classOwner : null;

  // Case: kept in a variable or member the release place can read -> reuse it.
  if (handle.kind === 'variable' && isInsideNode(releaseScope, handle.binding.scope)) {
    return { text: handle.binding.name, unset: getVariableUnset(handle.binding, ctx), edits: [] };
  }
  if (handle.kind === 'member') {
    const visible = handle.member.root === 'this' ? true : isInsideNode(releaseScope, handle.member.root.scope);
    if (visible) return { text: handle.member.text, unset: getMemberUnset(handle.member, classOwner?.classPath.node ?? null, ctx), edits: [] };
  }
  if (handle.kind !== 'variable' && handle.kind !== 'member' && handle.kind !== 'discarded') return null;

  const expressionStart = handle.expression.node.start!;
  // `void setInterval(...)` loses its `void` when the value is kept.
  const prefixStart = handle.kind === 'discarded' && handle.voidOperator ? handle.voidOperator.start! : expressionStart;
  const prefix = (text: string): TextEdit => ({ start: prefixStart, end: expressionStart, text });

  // Case: a class owner keeps the handle in a field.
  if (place.kind === 'class-method') {
    const owner = place.classOwner;
    // A Vue class component's hooks run with the Vue instance as `this`, not an object of the
    // class: no `#private` field there; in JavaScript a plain instance property, undeclared.
    const vueClass = owner.kind === 'vue-class';
    const name = getUniqueMemberName({ classPath: owner.classPath, base: request.baseName, isPrivate: ctx.language === 'js' && !vueClass, reserved: request.reserved });
    if (!name) return null;
    const assignment = prefix(`this.${name} = `);
    if (ctx.language === 'js' && vueClass) return { text: `this.${name}`, unset: 'undefined', edits: [assignment], declaresType: false };
    const field = buildClassFieldEdit(owner.classPath.node.body, owner.member.node, name, ctx.language === 'js' ? null : request.handleType, ctx);
    return { text: `this.${name}`, unset: 'undefined', edits: [field, assignment], declaresType: ctx.language !== 'js' };
  }

  const statement = handle.kind === 'discarded' ? handle.statement : null;
  // Case: a dropped handle whose statement the release place can see -> `const intervalId = ...`.
  const statementIsVisible =
    statement !== null &&
    (place.kind === 'destroy-ref' || place.kind === 'cleanup-call' || place.kind === 'abort-listener'
      ? statement.node === place.statement.node
      : statement.parentPath?.node === (place.kind === 'returned-cleanup' ? place.fn.node.body : bodyOf(place.scope.node)));
  if (statement && statementIsVisible) {
    const scope = statement.parentPath!;
    const name = getUniqueIdentifier({ base: request.baseName, scope: getDeclaringScope(scope), reserved: request.reserved(getDeclaringScope(scope).node) });
    return { text: name, unset: 'never', edits: [prefix(`${request.mutable ? 'let' : 'const'} ${name} = `)] };
  }

  // Case: the release is further out -> `let intervalId;` before the anchor, assigned where it is acquired.
  if (place.kind !== 'returned-cleanup' && place.kind !== 'teardown-hook') return null;
  const scope = place.kind === 'returned-cleanup' ? (place.fn as NodePath) : place.scope;
  const name = getUniqueIdentifier({ base: request.baseName, scope, reserved: request.reserved(scope.node) });
  const type = ctx.language === 'js' ? '' : `: ${request.handleType} | undefined`;
  const declaration = insertStatementsBefore(place.anchor.node, [terminate(`let ${name}${type}`, ctx)], ctx);
  return { text: name, unset: 'undefined', edits: [declaration, prefix(`${name} = `)], declaresType: ctx.language !== 'js' };
}

function bodyOf(node: Node): Node | null {
  if (node.type === 'Program') return node;
  const body = (node as { body?: Node }).body;
  return body ?? null;
}

/** The function, Program or block that owns declarations made in `block`. */
function getDeclaringScope(block: NodePath): NodePath {
  const parent = block.parentPath;
  if (parent && block.node.type === 'BlockStatement' && /Function|Method/.test(parent.node.type)) return parent;
  return block;
}

