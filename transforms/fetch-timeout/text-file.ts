/**
 * A response's text read whole and made into a file: `new Blob([await res.text()])`,
 * `new File([text], name)` of a `const` holding it. That is `res.blob()` in two steps — the body
 * is handed on as a file (saved, copied to the clipboard, uploaded), of a size the code does not
 * bound — so it is a download like `res.blob()` (response-usage.ts). trigger.dev's "copy trace
 * as Markdown" hands the clipboard `new Blob([await response.text()])` of a trace export that
 * "can take as long as a large trace needs".
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getValuePath } from '../../src/analysis/resources/acquisition-handle';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findBinding, isGlobalReference } from '../../src/analysis/syntax/scope';

const FILE_CONSTRUCTORS = new Set(['Blob', 'File']);

/**
 * `new Blob([…])` / `new File([…], …)` (the global constructors) that the text read by the call
 * at `textCall` (`res.text()`) goes into, awaited in place or through a `const` it is stored in;
 * for a message ("`new Blob([…])`"), or `null`.
 */
export function describeTextMadeIntoFile(textCall: NodePath): string | null {
  let value = getValuePath(textCall);
  // Case: `await res.text()`
  if (value.parentPath?.node.type === 'AwaitExpression') value = getValuePath(value.parentPath);
  const direct = describeFilePart(value);
  if (direct) return direct;
  // Case: `const text = await res.text(); … new Blob([text])`
  const declarator = value.parentPath;
  if (declarator?.node.type !== 'VariableDeclarator' || value.key !== 'init' || declarator.node.id.type !== 'Identifier') return null;
  const declaration = declarator.parentPath?.node;
  if (declaration?.type !== 'VariableDeclaration' || declaration.kind !== 'const') return null;
  const binding = findBinding(declarator, declarator.node.id.name);
  if (!binding) return null;
  for (const reference of findBindingReferences(declarator, binding)) {
    const file = describeFilePart(getValuePath(reference));
    if (file) return file;
  }
  return null;
}

/** The value at `value` is an element of the parts array of `new Blob([…])` / `new File([…], …)`. */
function describeFilePart(value: NodePath): string | null {
  const array = value.parentPath;
  if (array?.node.type !== 'ArrayExpression' || value.key !== 'elements') return null;
  const created = array.parentPath;
  const node = created?.node as Node | undefined;
  if (!created || node?.type !== 'NewExpression' || array.key !== 'arguments' || array.index !== 0) return null;
  const callee = node.callee;
  if (callee.type !== 'Identifier' || !FILE_CONSTRUCTORS.has(callee.name) || !isGlobalReference(created, callee.name)) return null;
  return `\`new ${callee.name}([…])\``;
}
