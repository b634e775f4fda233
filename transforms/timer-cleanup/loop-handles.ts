/**
 * A timer started in a loop of its owner's code — `for (const w of widgets) setInterval(...)`,
 * `widgets.forEach((w) => { setInterval(...); })` — is acquired many times per run of the owner:
 * one variable or field would keep only the latest handle (docs/catalog.md policy "loops and repeated
 * acquisitions": keep every handle). The fix keeps them all in an array declared where the
 * release place can read it, and releases each one there:
 *
 *   const intervalIds: ReturnType<typeof setInterval>[] = [];
 *   for (const w of widgets) {
 *     intervalIds.push(setInterval(() => w.refresh(), 5_000));
 *   }
 *   return () => {
 *     for (const intervalId of intervalIds) clearInterval(intervalId);
 *   };
 *
 * Only for a dropped handle (`setInterval(...);` as a statement) or one kept in a `const` of the
 * loop body (`const id = setInterval(...);`, then `intervalIds.push(id);`), and for the places whose
 * release runs once per run of the owner: an effect's returned cleanup, a Vue / Svelte teardown
 * hook in the setup code, a class's release method (where the field is emptied as it is
 * released: `this.intervalIds.splice(0)`). A timer started in a callback that runs later and
 * many times (an event handler) is not handled here.
 */
import type { CallExpression, Node } from '@babel/types';
import type { TextEdit } from '../../src/core/finding';
import type { NodePath } from '../../src/core/traverse';
import type { AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import type { ReleasePlace } from '../../src/analysis/lifecycle/release-place';
import { insertStatementsAfter, type EditContext } from '../../src/analysis/edits/statement-edits';
import { planHandleArray } from '../../src/analysis/edits/handle-array';

export interface LoopHandles {
  edits: TextEdit[];
  /** `for (const intervalId of intervalIds) clearInterval(intervalId)` */
  release: string;
  /** The array of an earlier loop of the owner, already released: no release to write. */
  released: boolean;
}

export interface LoopHandlesRequest {
  place: ReleasePlace;
  handle: AcquisitionHandle;
  timer: NodePath;
  /** `intervalId`: the array is named `intervalIds`. */
  baseName: string;
  /** TypeScript type of one handle (`ReturnType<typeof setInterval>`). */
  handleType: string;
  releaseCallee: string;
  reserved: (scope: Node) => Set<string>;
}

/**
 * The timer is started by code that may run many times while the owner lives: a callback inside
 * the owner's code (an event handler), or a class member other than the acquire ones (a handler
 * field, another method).
 */
export function isStartedByRepeatedCallback(owner: OwnerScope): boolean {
  if (owner.nested.length > 0) return true;
  const classOwner = owner.classOwner;
  if (!classOwner || classOwner.memberName === null) return false;
  // Case: `onFocus = () => { ... }`: a handler field (its arrow is the owner scope), called any number of times.
  const member = classOwner.member.node;
  if ((member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && member.value === owner.scope.node) return true;
  // The constructor (and field initialisers, which count as it) runs once per instance.
  if (classOwner.memberName === 'constructor') return false;
  return classOwner.acquireMembers !== null && !classOwner.acquireMembers.has(classOwner.memberName);
}

/**
 * `const id = setInterval(...);` alone in its declaration, in a block of the loop: the name is
 * kept as written (the loop's own code may use it) and pushed right after.
 */
function getKeptDeclaration(handle: AcquisitionHandle, timer: NodePath): { statement: Node; name: string } | null {
  if (handle.kind !== 'variable' || !handle.declarator || handle.expression.node !== timer.node) return null;
  const declarator = handle.declarator.node;
  const statement = handle.declarator.parentPath?.node;
  if (declarator.id.type !== 'Identifier' || declarator.init !== timer.node || handle.binding.kind !== 'const') return null;
  if (statement?.type !== 'VariableDeclaration' || statement.declarations.length !== 1 || handle.declarator.parentPath?.parentPath?.node.type !== 'BlockStatement') return null;
  return { statement, name: declarator.id.name };
}

export function planLoopHandles(request: LoopHandlesRequest, ctx: EditContext): LoopHandles | null {
  const { place, handle, timer } = request;
  // `setInterval(...);` as it stands, or `const id = setInterval(...);`: a cast or another kept handle would not fit the array.
  const kept = getKeptDeclaration(handle, timer);
  if (!kept && (handle.kind !== 'discarded' || handle.expression.node !== timer.node)) return null;
  const array = planHandleArray({ place, baseName: request.baseName, elementType: request.handleType, reserved: request.reserved }, ctx);
  if (!array) return null;
  const release = array.release((item) => `${request.releaseCallee}(${item})`);
  // Case: `const id = setInterval(...);` -> the same, then `intervalIds.push(id);`
  const released = array.existing === true;
  if (kept) return { edits: [...array.edits, insertStatementsAfter(kept.statement, [`${array.access}.push(${kept.name})`], ctx)], release, released };
  const call = timer.node as CallExpression;
  const prefixStart = handle.kind === 'discarded' && handle.voidOperator ? handle.voidOperator.start! : call.start!;
  return {
    edits: [...array.edits, { start: prefixStart, end: call.start!, text: `${array.access}.push(` }, { start: call.end!, end: call.end!, text: ')' }],
    release,
    released,
  };
}
