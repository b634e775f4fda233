/**
 * A class with no disposal method gets a new `dispose()` only together with its one caller
 * (issue 8: "suggest a new `dispose()` only when the suggestion also adds the call in an owner
 * that creates the instance"). The caller is the file's only `new X(...)`, made where an owner
 * undoes it one-to-one (an effect body, `setup()`, `mounted()`, `componentDidMount`,
 * `ngOnInit`, `connectedCallback`, a disposable class's method): the instance is kept (the
 * variable or field it is already in, or a new one) and `x.dispose()` goes in that owner's
 * release place. A creation at module level (a root store made once), in a nested callback,
 * in a loop, handed on, or made in several places: `null`, and the rule reports without a fix.
 */
import type { Class, NewExpression, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { TextEdit } from '../../core/finding';
import { resolveAcquisitionHandle } from '../resources/acquisition-handle';
import { planHandleCapture } from '../resources/handle-capture';
import { findInstanceCreations, type InstanceCreation } from './instance-creations';
import { resolveOwnerScope, type OwnerScope, type OwnerScopeOptions } from './owner-scope';
import { buildReleaseEdits } from '../edits/release-edits';
import { resolveReleasePlace, type ReleasePlace } from './release-place';
import type { EditContext } from '../edits/statement-edits';

interface CreatorDisposeRequest {
  classPath: NodePath<Class>;
  /** The method the new disposal method will be called (`dispose`). */
  releaseMethod: string;
  reserved: (scope: Node) => Set<string>;
  ownerOptions: OwnerScopeOptions;
}

interface CreatorDispose {
  edits: TextEdit[];
  /** Where the call goes, for the fix's description (`in the effect cleanup`). */
  line: number;
}

/**
 * The owner that undoes a creation one-to-one — an effect body, `setup()`, `mounted()`,
 * `componentDidMount`, `ngOnInit`, `connectedCallback`, a disposable class's method — or `null`
 * (module level, a nested callback, a loop, a plain function or a class with no lifecycle).
 */
export function resolveUndoingOwner(creation: InstanceCreation, ownerOptions: OwnerScopeOptions): OwnerScope | null {
  if (creation.atModuleLevel) return null;
  const owner = resolveOwnerScope(creation.path, ownerOptions);
  if (!owner.inAcquirePlace || owner.kind === 'none' || owner.kind === 'module' || owner.kind === 'plain-class' || owner.kind === 'cancellable-function') return null;
  return owner;
}

function planCreatorDispose({ classPath, releaseMethod, reserved, ownerOptions }: CreatorDisposeRequest, ctx: EditContext): CreatorDispose | null {
  const creations = findInstanceCreations(classPath);
  if (creations.length !== 1) return null;
  const creation = creations[0]!;
  const owner = resolveUndoingOwner(creation, ownerOptions);
  if (!owner) return null;
  const { place } = resolveReleasePlace(owner, creation.path);
  if (!place) return null;
  const handle = resolveAcquisitionHandle(creation.path);
  if (handle.kind !== 'variable' && handle.kind !== 'member' && handle.kind !== 'discarded') return null;
  const node = creation.path.node as NewExpression;
  const typeArguments = (node as { typeParameters?: Node | null }).typeParameters;
  const className = ctx.source.slice(node.callee.start!, node.callee.end!);
  const handleType = `${className}${typeArguments ? ctx.source.slice(typeArguments.start!, typeArguments.end!) : ''}`;
  const baseName = `${className[0]!.toLowerCase()}${className.slice(1)}`;
  const capture = planHandleCapture({ place, handle, baseName, handleType, reserved }, ctx);
  if (!capture) return null;
  const call = `${capture.text}${capture.unset === 'never' ? '.' : '?.'}${releaseMethod}()`;
  const releaseEdits = buildReleaseEdits({ place, statements: [call], acquisitionEnd: node.end! }, ctx);
  if (!releaseEdits) return null;
  return { edits: [...capture.edits, ...releaseEdits], line: creation.line };
}

/**
 * For an acquisition in a class with no disposal method: the class's new disposal method as
 * the release place, with the edits that call it where the instance is made — or `null` when
 * no creator can call it (then nothing is proposed).
 */
export function planNewDisposalMethod(owner: OwnerScope, reserved: (scope: Node) => Set<string>, ctx: EditContext, effectHooks: readonly string[]): { place: ReleasePlace; edits: TextEdit[] } | null {
  const classOwner = owner.classOwner;
  if (owner.kind !== 'plain-class' || !classOwner || !classOwner.thisIsInstance || classOwner.memberName === classOwner.releaseMethod) return null;
  const creator = planCreatorDispose({ classPath: classOwner.classPath, releaseMethod: classOwner.releaseMethod, reserved, ownerOptions: { effectHooks: [...effectHooks], sfc: ctx.sfc } }, ctx);
  return creator ? { place: { kind: 'class-method', classOwner }, edits: creator.edits } : null;
}
