/**
 * An acquisition made many times per run of its owner — in a loop of the owner's code
 * (`for (const w of widgets) setInterval(...)`) or in an array-iteration callback written
 * directly in it (`widgets.forEach((w) => { el.addEventListener(...) })`). One variable or field
 * would keep only the latest handle (docs/catalog.md policy "loops and repeated acquisitions":
 * keep every handle); timer-cleanup and listener-cleanup keep them all in an array
 * (src/analysis/edits/handle-array.ts).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import type { OwnerScope } from './owner-scope';

const ITERATION_METHODS = new Set(['forEach', 'map', 'flatMap']);

/** `items.forEach((item) => { ... })`: a callback the array calls synchronously, once per item. */
export function isIterationCallback(fn: NodePath): boolean {
  const call = fn.parentPath?.node;
  if (!call || call.type !== 'CallExpression' || fn.key !== 'arguments' || fn.index !== 0) return false;
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  const name = getPropertyName(callee);
  return name !== null && ITERATION_METHODS.has(name) && !(fn.node as { async?: boolean }).async;
}

/**
 * The acquisition is made many times per run of its owner: in a loop of the owner's code, or in
 * an array-iteration callback written directly in it. `false` for callbacks that run later.
 */
export function isRepeatedInOwner(owner: OwnerScope): boolean {
  if (owner.inLoop) return true;
  return owner.nested.length === 1 && isIterationCallback(owner.nested[0]!);
}

/** The owner's acquire place apart from the repetition (the effect body, `componentDidMount`, `setup()`, ...). */
export function isAcquirePlaceApartFromLoop(owner: OwnerScope): boolean {
  const iterationOnly = !owner.inLoop && owner.nested.length === 1 && isIterationCallback(owner.nested[0]!);
  if (owner.nested.length !== (iterationOnly ? 1 : 0)) return false;
  if (owner.classOwner) {
    const { memberName, acquireMembers, releaseMethod } = owner.classOwner;
    return memberName !== null && memberName !== releaseMethod && (acquireMembers === null || acquireMembers.has(memberName));
  }
  if (owner.kind === 'component-setup' && !owner.lifecycle) return owner.setup?.kind === 'setup';
  // Case: `mounted() { for (...) setInterval(...) }`: the hook itself (not a method it calls), of a known Vue major.
  if (owner.kind === 'vue-options') return owner.vueOptions !== null && !owner.vueOptions.viaMethod && owner.vueOptions.release.certain;
  return owner.kind === 'react-effect' || owner.kind === 'svelte-effect' || owner.kind === 'component-setup';
}
