/**
 * Options made by a function: `got(url, await getGotOptions())`, `{ ...gotOptions, headers }`
 * after `const gotOptions = await getGotOptions()`. When every object the function returns
 * writes out a deadline key (`timeout`, `signal`), the request has that deadline
 * (Signal-Desktop's updater: `getGotOptions()`, in another file, returns `timeout: { connect,
 * lookup, socket }`). The function is read in this file or, through the engine, in the project
 * module it is imported from (src/analysis/syntax/returned-object-keys.ts); a package's function
 * is not read.
 */
import type { Node } from '@babel/types';
import type { ProjectQueries } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { getModuleReference } from '../../src/analysis/syntax/module-reference';
import { getReturnedObjectKeys } from '../../src/analysis/syntax/returned-object-keys';
import { findBinding } from '../../src/analysis/syntax/scope';

/** `node` (an options value, or a spread's argument) is the result of a function whose every returned object has one of `deadlineKeys`. */
export function hasDeadlineFromOptionsFactory(path: NodePath, node: Node, deadlineKeys: readonly string[], project: ProjectQueries, depth = 0): boolean {
  let value = unwrapExpression(node);
  if (value.type === 'AwaitExpression') value = unwrapExpression(value.argument);
  if (value.type === 'Identifier') {
    // Case: `const gotOptions = await getGotOptions(); got.stream(url, { ...gotOptions, headers })`
    const binding = findBinding(path, value.name);
    const declaration = binding?.kind === 'const' && binding.declaration.type === 'VariableDeclarator' && binding.declaration.id === binding.identifier ? binding.declaration : null;
    return depth < 2 && declaration?.init != null && hasDeadlineFromOptionsFactory(path, declaration.init, deadlineKeys, project, depth + 1);
  }
  if (value.type !== 'CallExpression' || value.callee.type !== 'Identifier') return false;
  const keys = getFactoryKeys(path, value.callee.name, project);
  return keys !== null && deadlineKeys.some((key) => keys.has(key));
}

function getFactoryKeys(path: NodePath, name: string, project: ProjectQueries): ReadonlySet<string> | null {
  const binding = findBinding(path, name);
  if (!binding) return null;
  const declaration = binding.declaration;
  // Case: a function of this file
  if (declaration.type === 'FunctionDeclaration') return getReturnedObjectKeys(declaration);
  if (declaration.type === 'VariableDeclarator' && binding.kind === 'const' && declaration.id === binding.identifier && declaration.init) return getReturnedObjectKeys(unwrapExpression(declaration.init));
  // Case: `import { getGotOptions } from './got'`
  const reference = getModuleReference(binding);
  if (!reference || reference.via !== 'import' || reference.imported === '*') return null;
  return project.getReturnedObjectKeys(reference.source, reference.imported);
}
