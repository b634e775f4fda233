/**
 * listener-cleanup: whether an acquisition in an Angular class is made by an event handler — a
 * method of the class that is neither the constructor nor a lifecycle hook (`ngOnInit`,
 * `ngOnChanges`, ...), as a template's `(click)="save()"` calls. It runs once per event, so
 * a field released in `ngOnDestroy` would keep only the latest subscription; docs/catalog.md:
 * release it with `pipe(takeUntilDestroyed(this.destroyRef))`, as a suggestion.
 */
import { getClassMemberName } from '../../src/analysis/lifecycle/class-owner';
import type { ClassOwnerScope } from '../../src/analysis/lifecycle/owner-scope';

export function isAngularEventHandler(classOwner: ClassOwnerScope): boolean {
  const member = classOwner.member.node;
  const name = getClassMemberName(member);
  if (name === null || name === 'constructor' || /^ng[A-Z]/.test(name)) return false;
  // Case: `save() {}`, `#save() {}`
  if (member.type === 'ClassMethod' || member.type === 'ClassPrivateMethod') return true;
  // Case: `save = () => {}` (not a field whose initialiser subscribes: that runs with the constructor)
  const value = member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty' ? member.value : null;
  return value?.type === 'ArrowFunctionExpression' || value?.type === 'FunctionExpression';
}

/** Appended to the message of a report-only subscription of an event handler (no `DestroyRef` the file shows it can inject). */
export const EVENT_HANDLER_NOTE = 'An event handler subscribes once per call: end each subscription with pipe(takeUntilDestroyed(this.destroyRef)) (Angular 16+) or with takeUntil of a Subject completed in ngOnDestroy.';
