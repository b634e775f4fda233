/**
 * How an owner's lifetime ends, in words for a finding's message: "nothing ends it when the
 * component unmounts". One table, so every rule says it the same way.
 */
import type { OwnerScope } from './owner-scope';

const OWNER_END: Partial<Record<OwnerScope['kind'], string>> = {
  'react-effect': 'the effect is cleaned up',
  'svelte-effect': 'the component is destroyed',
  'solid-effect': 'the component is disposed',
  'component-setup': 'the component unmounts',
  'vue-options': 'the component unmounts',
  'react-class': 'the component unmounts',
  'vue-class': 'the component unmounts',
  angular: 'the Angular class is destroyed',
  'custom-element': 'the element is disconnected',
  'disposable-class': 'the object is disposed',
  'plain-class': 'the object is no longer used',
  'cancellable-function': 'the operation is aborted',
};

/** `the component unmounts`, or `null` for owners that have no end (module, none). */
export function describeOwnerEnd(kind: OwnerScope['kind']): string | null {
  return OWNER_END[kind] ?? null;
}
