/**
 * A wait for the `'load'` of an image the code makes from a `data:` URL it writes itself:
 *
 *   const img = new Image();
 *   img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
 *   await new Promise((resolve) => (img.onload = resolve));
 *
 * No request is made: the browser decodes the bytes in the URL, and `'error'` (after which
 * `'load'` never comes) fires only when they are not an image it can decode — which depends on
 * what the code puts after `data:`, not on a network or a server (element-web's start-up check
 * for colour fonts, an inline SVG, was doubtful at `high`). A report-only finding is `medium`.
 * The image is a binding made by `new Image(…)` or `document.createElement('img')`, and the last
 * value given to its `src` before the wait (in source order) is a string, a template or a `+`
 * concatenation that starts with `data:`.
 */
import type { Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';

export function isDataUrlImageLoad(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api === 'emitter' || registration.eventName !== 'load') return false;
  const target = unwrapExpression(registration.target);
  if (target.type !== 'Identifier') return false;
  const at = findRegistrationPath(executor, registration);
  const binding = findBinding(at, target.name);
  const declaration = binding?.declaration;
  if (!binding || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init || !isImageConstruction(declaration.init)) return false;
  // The last `img.src = …` before the wait, in source order
  let last: Node | null = null;
  for (const reference of findBindingReferences(at, binding)) {
    if (reference.node.start! > registration.call.start!) break;
    const member = reference.parent;
    const assignment = reference.parentPath?.parent;
    if (member?.type !== 'MemberExpression' || reference.key !== 'object' || getPropertyName(member) !== 'src') continue;
    if (assignment?.type === 'AssignmentExpression' && assignment.left === member && assignment.operator === '=') last = assignment.right;
  }
  return last !== null && startsWithDataScheme(last);
}

/** `new Image(…)`, `document.createElement('img')`. */
function isImageConstruction(init: Node): boolean {
  const value = unwrapExpression(init);
  if (value.type === 'NewExpression') return value.callee.type === 'Identifier' && value.callee.name === 'Image';
  if (value.type !== 'CallExpression') return false;
  const callee = unwrapExpression(value.callee as Node);
  const first = value.arguments[0];
  return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'createElement' && first?.type === 'StringLiteral' && first.value.toLowerCase() === 'img';
}

/** `'data:…'`, `` `data:…${x}` ``, `'data:…' + x`. */
function startsWithDataScheme(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'StringLiteral') return /^data:/i.test(value.value);
  if (value.type === 'TemplateLiteral') return /^data:/i.test(value.quasis[0]?.value.cooked ?? '');
  if (value.type === 'BinaryExpression' && value.operator === '+') return startsWithDataScheme(value.left);
  return false;
}
