/**
 * Whether a listener is on an element an Angular component looks up in the document by id
 * (`document.querySelector('#altcha-widget')`, `document.getElementById('map')`, directly or
 * through a `const` of the same function) while its template is in another file
 * (`templateUrl: './altcha-captcha.component.html'`). The element may be the component's own —
 * then it goes with the component's view, and the listener with it — or another component's,
 * which outlives it: this file cannot show which, so the finding is `medium` (confidence.ts).
 * An inline `template` is in the file and decides nothing here.
 */
import type { Class } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { findObjectProperty } from '../../src/analysis/syntax/expressions';
import { readDecoratorCalls } from '../../src/analysis/lifecycle/angular-root-service';
import { targetLookupId } from './own-rendered-element';

/** `@Component({ templateUrl: … })`: the component's template is in another file. */
export function hasTemplateInOtherFile(node: Class): boolean {
  return readDecoratorCalls(node).some(({ name, options }) => name === 'Component' && options?.type === 'ObjectExpression' && findObjectProperty(options, 'templateUrl') !== null && !findObjectProperty(options, 'template'));
}

export function isLookupInUnseenTemplate(target: NodePath | null, owner: OwnerScope): boolean {
  if (!target || owner.kind !== 'angular' || !owner.classOwner) return false;
  return hasTemplateInOtherFile(owner.classOwner.classPath.node as Class) && targetLookupId(target, owner) !== null;
}
