/**
 * The DOM interface a listener's target is known to have, from what the code says about it
 * without a type checker: `Window` for the global object, `Document` for `document`, and for a
 * variable the type it is declared with (`socket: WebSocket`, `{ el }: { el: HTMLElement }`),
 * the class it is made from (`new WebSocket(url)`), or the type argument of the ref it comes
 * from (`useRef<HTMLButtonElement>(null)` ... `ref.current`). `null` when the code does not say.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, GLOBAL_OBJECT_NAMES, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isGlobalReference, type Binding } from '../../src/analysis/syntax/scope';
import { unwrapPath } from '../../src/core/node-helpers';
import { findTypeMember, getBindingAnnotation, getNonNullableType, getTypeReferenceName } from '../../src/analysis/syntax/type-annotation';

/** `X`, `X | null`, `X | undefined`, `(X)` -> `X`. */
function getTypeName(annotation: Node | null | undefined): string | null {
  return getTypeReferenceName(getNonNullableType(annotation));
}

/** The type of the property `key` in a destructured parameter's type, when that is a type literal: `{ socket }: { socket: WebSocket }`. */
function getLiteralPropertyType(patternType: Node, key: string): string | null {
  const literal = getNonNullableType(patternType);
  const member = literal?.type === 'TSTypeLiteral' ? findTypeMember(literal.members, key) : null;
  return member?.type === 'TSPropertySignature' ? getTypeName(member.typeAnnotation) : null;
}

function getBindingType(binding: Binding): string | null {
  // Case: `(socket: WebSocket)`, `const el: HTMLElement | null = ...`, `{ socket }: { socket: WebSocket }`
  const declared = getBindingAnnotation(binding);
  const annotated = !declared ? null : 'own' in declared ? getTypeName(declared.own) : getLiteralPropertyType(declared.patternType, declared.key);
  if (annotated || binding.kind === 'param') return annotated;
  // Case: `const socket = new WebSocket(url)`
  const declaration = binding.declaration;
  const init = declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier && declaration.init ? unwrapExpression(declaration.init) : null;
  return init?.type === 'NewExpression' && init.callee.type === 'Identifier' ? init.callee.name : null;
}

/** `useRef<X>(...)` that initialises `binding`: `X`. */
function getRefType(binding: Binding): string | null {
  const declaration = binding.declaration;
  const init = declaration.type === 'VariableDeclarator' && declaration.init ? unwrapExpression(declaration.init) : null;
  if (init?.type !== 'CallExpression') return null;
  const callee = unwrapExpression(init.callee);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
  return name === 'useRef' ? getTypeName(init.typeParameters?.params[0]) : null;
}

export function resolveEventTargetType(target: NodePath | null): string | null {
  if (!target) return 'Window';
  const path = unwrapPath(target);
  const node = path.node;
  if (node.type === 'Identifier') {
    // Case: `window`, `self`, `globalThis`, `document`
    if (isGlobalReference(path, node.name)) return GLOBAL_OBJECT_NAMES.has(node.name) && node.name !== 'global' ? 'Window' : node.name === 'document' ? 'Document' : null;
    const binding = findBinding(path, node.name);
    return binding ? getBindingType(binding) : null;
  }
  // Case: `ref.current` of `useRef<HTMLDivElement>(null)`
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && getPropertyName(node) === 'current' && node.object.type === 'Identifier') {
    const binding = findBinding(path, node.object.name);
    return binding ? getRefType(binding) : null;
  }
  return null;
}
