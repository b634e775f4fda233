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
 * Only for a dropped handle (`setInterval(...);` as a statement) and for the places whose
 * release runs once per run of the owner: an effect's returned cleanup, a Vue / Svelte teardown
 * hook in the setup code, a class's release method (where the field is emptied as it is
 * released: `this.intervalIds.splice(0)`). A timer started in a callback that runs later and
 * many times (an event handler) is not handled here.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import type { AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import { buildClassMemberEdit } from '../../src/analysis/edits/class-release-edits';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import type { ReleasePlace } from '../../src/analysis/lifecycle/release-place';
import { insertStatementsBefore, terminate, type EditContext } from '../../src/analysis/edits/statement-edits';
import { getUniqueIdentifier } from '../../src/analysis/edits/unique-identifier';
import { getUniqueMemberName } from '../../src/analysis/edits/unique-member-name';

export interface LoopHandles {
  edits: TextEdit[];
  /** `for (const intervalId of intervalIds) clearInterval(intervalId)` */
  release: string;
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

const ITERATION_METHODS = new Set(['forEach', 'map', 'flatMap']);

/** `items.forEach((item) => { ... })`: a callback the array calls synchronously, once per item. */
function isIterationCallback(fn: NodePath): boolean {
  const call = fn.parentPath?.node;
  if (!call || call.type !== 'CallExpression' || fn.key !== 'arguments' || fn.index !== 0) return false;
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  const name = getPropertyName(callee);
  return name !== null && ITERATION_METHODS.has(name) && !(fn.node as { async?: boolean }).async;
}

/**
 * The timer is started many times per run of its owner: in a loop of the owner's code, or in an
 * array-iteration callback written directly in it. `false` for callbacks that run later.
 */
export function isRepeatedInOwner(owner: OwnerScope): boolean {
  if (owner.inLoop) return true;
  return owner.nested.length === 1 && isIterationCallback(owner.nested[0]!);
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

/** The owner's acquire place apart from the repetition (the effect body, `componentDidMount`, `setup()`, ...). */
export function isAcquirePlaceApartFromLoop(owner: OwnerScope): boolean {
  const iterationOnly = !owner.inLoop && owner.nested.length === 1 && isIterationCallback(owner.nested[0]!);
  if (owner.nested.length !== (iterationOnly ? 1 : 0)) return false;
  if (owner.classOwner) {
    const { memberName, acquireMembers, releaseMethod } = owner.classOwner;
    return memberName !== null && memberName !== releaseMethod && (acquireMembers === null || acquireMembers.has(memberName));
  }
  if (owner.kind === 'component-setup' && !owner.lifecycle) return owner.setup?.kind === 'setup';
  return owner.kind === 'react-effect' || owner.kind === 'svelte-effect' || owner.kind === 'component-setup';
}

export function planLoopHandles(request: LoopHandlesRequest, ctx: EditContext): LoopHandles | null {
  const { place, handle, timer } = request;
  // Only `setInterval(...);` as it stands: a cast or a kept handle would not fit the array.
  if (handle.kind !== 'discarded' || handle.expression.node !== timer.node) return null;
  const call = timer.node as CallExpression;
  const prefixStart = handle.voidOperator ? handle.voidOperator.start! : call.start!;
  const typed = ctx.language !== 'js';
  const plural = `${request.baseName}s`;
  const wrap = (array: string): TextEdit[] => [
    { start: prefixStart, end: call.start!, text: `${array}.push(` },
    { start: call.end!, end: call.end!, text: ')' },
  ];
  if (place.kind === 'returned-cleanup' || place.kind === 'teardown-hook') {
    const scope = place.kind === 'returned-cleanup' ? (place.fn as NodePath) : place.scope;
    const name = getUniqueIdentifier({ base: plural, scope, reserved: request.reserved(scope.node) });
    const declaration = insertStatementsBefore(place.anchor.node, [terminate(`const ${name}${typed ? `: ${request.handleType}[]` : ''} = []`, ctx)], ctx);
    return { edits: [declaration, ...wrap(name)], release: `for (const ${request.baseName} of ${name}) ${request.releaseCallee}(${request.baseName})` };
  }
  if (place.kind === 'class-method') {
    const owner = place.classOwner;
    const name = getUniqueMemberName({ classNode: owner.classPath.node, base: plural, isPrivate: !typed, reserved: request.reserved(owner.classPath.node) });
    const field = buildClassMemberEdit(owner.member.node, typed ? `private readonly ${name}: ${request.handleType}[] = []` : `${name} = []`, ctx);
    return {
      edits: [field, ...wrap(`this.${name}`)],
      release: `for (const ${request.baseName} of this.${name}.splice(0)) ${request.releaseCallee}(${request.baseName})`,
    };
  }
  return null;
}
