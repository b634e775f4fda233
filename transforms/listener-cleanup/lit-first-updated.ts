/**
 * listener-cleanup: code a Lit element runs once per instance — directly in `firstUpdated()`
 * (Lit calls it once, after the element's first render; a re-connected element does not run it
 * again), with nothing but run-once callbacks (a promise reaction, a one-shot timer) in between:
 *
 *   class AppShell extends LitElement {
 *     firstUpdated() { document.body.addEventListener('edit-file', (ev) => this.open(ev)) }  // once per element
 *   }
 *
 * The custom-element form of react-mount-time.ts and vue-mount-time.ts, held to the same policy
 * (docs/rules/listener-cleanup.md, "Confidence"): a listener it adds on an object that outlives
 * the element piles up only if the element is created again, which the code or page that creates
 * it decides, not this file (esphome's dashboard root `<esphome-main>`, held once by the page).
 * `connectedCallback` keeps `high` (it runs at every connect), as do a loop and a handler.
 */
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isRunOnceCallback } from '../../src/analysis/syntax/run-once-callback';

/** Whether the acquisition runs once per instance of a custom element, in its `firstUpdated()` (see the module comment). */
export function isLitFirstUpdatedAcquisition(owner: OwnerScope): boolean {
  if (owner.kind !== 'custom-element' || owner.inLoop || owner.classOwner?.memberName !== 'firstUpdated') return false;
  return owner.nested.every((fn) => isRunOnceCallback(fn));
}
