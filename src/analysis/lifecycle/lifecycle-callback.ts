/**
 * Whether a function is the callback of a framework's effect or mount hook, and which one:
 * React `useEffect` / `useLayoutEffect` / `useInsertionEffect` (also `React.useEffect`,
 * aliased imports, Preact, and custom effect hooks named by an option), Vue `onMounted`,
 * Svelte `onMount` and `$effect`, Solid `onMount` / `createEffect`.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference } from '../syntax/module-reference';
import { isGlobalReference } from '../syntax/scope';

export type LifecycleFramework = 'react' | 'vue' | 'svelte' | 'solid';

export interface LifecycleCallback {
  framework: LifecycleFramework;
  /** The hook's platform name (`useEffect`, `onMounted`, `$effect`, ...). */
  hook: string;
  call: NodePath<CallExpression>;
}

export interface LifecycleCallbackOptions {
  /** Project hooks that take an effect callback with React's cleanup contract (`useUpdateEffect`). */
  effectHooks?: readonly string[];
}

const REACT_MODULES = ['react', 'preact/hooks', 'preact/compat'];
const REACT_EFFECT_HOOKS = new Set(['useEffect', 'useLayoutEffect', 'useInsertionEffect']);

/** Hooks by module: the callback each takes is where acquisitions happen. */
const MODULE_HOOKS: ReadonlyArray<{ modules: readonly string[]; hooks: ReadonlySet<string>; framework: LifecycleFramework }> = [
  { modules: REACT_MODULES, hooks: REACT_EFFECT_HOOKS, framework: 'react' },
  { modules: ['vue'], hooks: new Set(['onMounted']), framework: 'vue' },
  { modules: ['svelte'], hooks: new Set(['onMount']), framework: 'svelte' },
  { modules: ['solid-js'], hooks: new Set(['onMount', 'createEffect', 'createRenderEffect']), framework: 'solid' },
];

function resolveHook(path: NodePath, callee: Node, options: LifecycleCallbackOptions): { framework: LifecycleFramework; hook: string } | null {
  const node = unwrapExpression(callee);
  if (node.type === 'Identifier') {
    // Case: a project effect hook named in the options (`useUpdateEffect(() => ...)`)
    if (options.effectHooks?.includes(node.name)) return { framework: 'react', hook: node.name };
    // Case: `useEffect(...)` without an import (a global React, snippets), Svelte 5 `$effect(...)`
    if (isGlobalReference(path, node.name)) {
      if (REACT_EFFECT_HOOKS.has(node.name)) return { framework: 'react', hook: node.name };
      if (node.name === '$effect') return { framework: 'svelte', hook: '$effect' };
      return null;
    }
    // Case: `import { useEffect as useMyEffect } from 'react'`, `import { onMounted } from 'vue'`
    const reference = resolveModuleReference(path, node.name);
    if (!reference) return null;
    for (const entry of MODULE_HOOKS) {
      if (entry.modules.includes(reference.source) && entry.hooks.has(reference.imported)) return { framework: entry.framework, hook: reference.imported };
    }
    return null;
  }
  if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return null;
  const name = getPropertyName(node);
  const object = unwrapExpression(node.object);
  if (!name || object.type !== 'Identifier') return null;
  // Case: `$effect.pre(...)`
  if (object.name === '$effect' && name === 'pre' && isGlobalReference(path, '$effect')) return { framework: 'svelte', hook: '$effect.pre' };
  if (options.effectHooks?.includes(name)) return { framework: 'react', hook: name };
  if (!REACT_EFFECT_HOOKS.has(name)) return null;
  // Case: `React.useEffect(...)` with a global `React` (UMD) or `import * as React from 'react'`
  if (isGlobalReference(path, object.name)) return object.name === 'React' ? { framework: 'react', hook: name } : null;
  const reference = resolveModuleReference(path, object.name);
  if (reference && REACT_MODULES.includes(reference.source) && (reference.imported === '*' || reference.imported === 'default')) {
    return { framework: 'react', hook: name };
  }
  return null;
}

/** `fn` is the first argument of an effect or mount hook call. */
export function resolveLifecycleCallback(fn: NodePath, options: LifecycleCallbackOptions = {}): LifecycleCallback | null {
  if (fn.node.type !== 'ArrowFunctionExpression' && fn.node.type !== 'FunctionExpression') return null;
  const call = fn.parentPath;
  if (!call || call.node.type !== 'CallExpression' || fn.key !== 'arguments' || fn.index !== 0) return null;
  const hook = resolveHook(call, call.node.callee, options);
  return hook ? { ...hook, call: call as NodePath<CallExpression> } : null;
}
