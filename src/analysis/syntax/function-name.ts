/**
 * The name a function is known by where it is defined — one answer for every analysis that asks
 * "what does the file call this function":
 *
 * - a binding: `function showHelp() {}`, `const showHelp = () => {}` (`at`: where a scope lookup
 *   of the name starts — the declaration's parent, or the declarator);
 * - an object member: `LISTEN_FOR_UPDATE({ commit }) {}`, `{ perform: () => {} }` (`object` is
 *   the object literal);
 * - an assignment to a property: `exports.registerListeners = function () {}`,
 *   `window.showHelp = () => {}` (`commonJsExport` when the object is `exports` /
 *   `module.exports`).
 *
 * And what CommonJS exports look like, so that "is this handed to other files" has one answer.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';

export type DefinedName =
  | { kind: 'binding'; name: string; at: NodePath }
  | { kind: 'member'; name: string; object: NodePath }
  | { kind: 'assigned'; name: string; commonJsExport: boolean };

function keyName(key: Node, computed: boolean): string | null {
  if (key.type === 'StringLiteral') return key.value;
  return !computed && key.type === 'Identifier' ? key.name : null;
}

export function getDefinedName(fn: NodePath): DefinedName | null {
  const node = fn.node;
  const parent = fn.parent;
  // Case: `function showHelp() {}`, `export function showHelp() {}`
  if (node.type === 'FunctionDeclaration') return node.id ? { kind: 'binding', name: node.id.name, at: fn.parentPath ?? fn } : null;
  // Case: `LISTEN_FOR_UPDATE({ commit }) { … }` in an object literal
  if (node.type === 'ObjectMethod') {
    const name = keyName(node.key, node.computed);
    return name !== null && fn.parentPath ? { kind: 'member', name, object: fn.parentPath } : null;
  }
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') return null;
  // Case: `const showHelp = () => {}`
  if (parent?.type === 'VariableDeclarator' && fn.key === 'init' && parent.id.type === 'Identifier') return { kind: 'binding', name: parent.id.name, at: fn.parentPath! };
  // Case: `{ perform: () => { … } }`
  if (parent?.type === 'ObjectProperty' && fn.key === 'value') {
    const name = keyName(parent.key, parent.computed);
    const object = fn.parentPath?.parentPath;
    return name !== null && object ? { kind: 'member', name, object } : null;
  }
  // Case: `module.exports.showHelp = function () {}`, `window.showHelp = () => {}`
  if (parent?.type === 'AssignmentExpression' && fn.key === 'right') {
    const left = parent.left;
    if (left.type === 'MemberExpression' && !left.computed && left.property.type === 'Identifier') return { kind: 'assigned', name: left.property.name, commonJsExport: isCommonJsExports(left.object) };
  }
  return null;
}

/** `exports` or `module.exports`. */
export function isCommonJsExports(node: Node): boolean {
  if (node.type === 'Identifier') return node.name === 'exports';
  return node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier' && node.object.name === 'module' && node.property.type === 'Identifier' && node.property.name === 'exports';
}

/** The left side of an assignment that hands its value to other files: `module.exports = …`, `exports.x = …`, `module.exports.x = …`. */
export function isCommonJsExportTarget(left: Node): boolean {
  if (left.type !== 'MemberExpression') return false;
  return isCommonJsExports(left) || isCommonJsExports(left.object);
}

/**
 * The binding name of a function declared directly at module top level — `function main() {}`
 * or `const main = () => {}` / `const main = function () {}` (a `const`; not `export function`,
 * whose callers are in other files) — and where a scope lookup of it starts; else `null`.
 */
export function getTopLevelBindingName(fn: NodePath): { name: string; at: NodePath } | null {
  const defined = getDefinedName(fn);
  if (defined?.kind !== 'binding') return null;
  const statement = fn.node.type === 'FunctionDeclaration' ? fn : defined.at.parentPath;
  if (statement?.node.type === 'VariableDeclaration' && statement.node.kind !== 'const') return null;
  return statement?.parent?.type === 'Program' ? defined : null;
}
