/**
 * SWR's revalidation, a promise that cannot reject: `mutate(key)` with the `mutate` that
 * `useSWRConfig()` gives or that `swr` exports (one argument: a key or a key filter), and the
 * bound `mutate()` of `useSWR(…)` / `useSWRImmutable(…)` (no argument). With no data given, SWR
 * runs the hook's fetcher again and keeps a failure as the hook's `error` (and hands it to
 * `onError`): the promise resolves either way (swr's internalMutate: fewer than three arguments
 * revalidate; the hook's revalidate catches the fetcher's error). A call that passes data
 * (`mutate(key, data)`, `mutate(newData)`) runs a mutation that can reject (`throwOnError`), and
 * a `mutate` a project's own hook hands back is not followed: both stay findings.
 */
import type { Node } from '@babel/types';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findInPattern, getModuleReference } from '../../src/analysis/syntax/module-reference';
import { findBinding } from '../../src/analysis/syntax/scope';
import type { NodePath } from '../../src/core/traverse';

export function isSwrRevalidationCall(path: NodePath, node: Node): boolean {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' || call.arguments.some((argument) => argument.type === 'SpreadElement')) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'Identifier') return false;
  const expected = getSwrMutateArity(path, callee.name);
  return expected !== null && call.arguments.length === expected;
}

/** How many arguments make a call of `name` a revalidation: 1 for a scoped `mutate`, 0 for a hook's bound one; `null` when `name` is no SWR `mutate`. */
function getSwrMutateArity(path: NodePath, name: string): number | null {
  const binding = findBinding(path, name);
  if (!binding) return null;
  // Case: `import { mutate } from 'swr'` (also renamed): the global mutate, scoped by a key
  const reference = getModuleReference(binding);
  if (reference) return reference.via === 'import' && reference.source === 'swr' && reference.imported === 'mutate' ? 1 : null;
  // Case: `const { mutate } = useSWRConfig()`, `const { mutate: refresh } = useSWR(key, fetcher)`
  const declaration = binding.declaration;
  if (binding.kind !== 'const' || declaration.type !== 'VariableDeclarator' || !declaration.init) return null;
  const propertyPath = findInPattern(declaration.id, binding.identifier);
  if (propertyPath?.length !== 1 || propertyPath[0] !== 'mutate') return null;
  const init = unwrapExpression(declaration.init);
  if (init.type !== 'CallExpression') return null;
  const hook = unwrapExpression(init.callee);
  if (hook.type !== 'Identifier') return null;
  const hookBinding = findBinding(path, hook.name);
  const hookReference = hookBinding ? getModuleReference(hookBinding) : null;
  if (!hookReference || hookReference.via !== 'import') return null;
  if (hookReference.source === 'swr' && hookReference.imported === 'useSWRConfig') return 1;
  if (hookReference.source === 'swr' && (hookReference.imported === 'default' || hookReference.imported === 'useSWR')) return 0;
  if (hookReference.source === 'swr/immutable' && hookReference.imported === 'default') return 0;
  return null;
}
