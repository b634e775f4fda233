/**
 * An `<iframe>` the code makes (`const frame = document.createElement('iframe')`, or a name typed
 * `HTMLIFrameElement`). A frame has no `error` event: a navigation that fails (a network error, a
 * refused connection, a page that may not be framed) loads an error page and still fires `load`,
 * so `frame.onerror = () => reject(…)` would never run. Once the frame is in a document its `load`
 * comes whatever the page does; a wait for it hangs only on a frame never inserted.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { CHILD_INSERTING_METHODS, SIBLING_INSERTING_METHODS } from '../../src/analysis/syntax/dom-insertion';

/** The binding of an `<iframe>` element the target names, else `null`. */
export function findIframeBinding(target: Node, at: NodePath): Binding | null {
  const node = unwrapExpression(target);
  if (node.type !== 'Identifier') return null;
  const binding = findBinding(at, node.name);
  const declaration = binding?.declaration;
  if (!binding || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return null;
  // Case: `const frame: HTMLIFrameElement = …`
  const annotation = declaration.id.typeAnnotation;
  if (annotation?.type === 'TSTypeAnnotation' && isIframeType(annotation.typeAnnotation)) return binding;
  if (!declaration.init) return null;
  // Case: `… as HTMLIFrameElement`
  if (declaration.init.type === 'TSAsExpression' && isIframeType(declaration.init.typeAnnotation)) return binding;
  // Case: `document.createElement('iframe')`
  const init = unwrapExpression(declaration.init);
  if (init.type !== 'CallExpression') return null;
  const callee = unwrapExpression(init.callee as Node);
  const first = init.arguments[0];
  const isCreate = (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && getPropertyName(callee) === 'createElement';
  return isCreate && first?.type === 'StringLiteral' && first.value.toLowerCase() === 'iframe' ? binding : null;
}

function isIframeType(type: Node): boolean {
  return type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'HTMLIFrameElement';
}

/** Whether the code passes the frame to a method that inserts it into the document. */
export function isInserted(binding: Binding, at: NodePath): boolean {
  return findBindingReferences(at, binding).some((reference) => {
    const call = reference.parent;
    if (!call || (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') || !call.arguments.includes(reference.node as never)) return false;
    const callee = unwrapExpression(call.callee as Node);
    return (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && isInsertingMethod(getPropertyName(callee) ?? '');
  });
}

/** A method that puts its argument into a parent (`parent.appendChild(frame)`, `before.after(frame)`). */
function isInsertingMethod(name: string): boolean {
  return CHILD_INSERTING_METHODS.has(name) || SIBLING_INSERTING_METHODS.has(name);
}
