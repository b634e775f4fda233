/**
 * The controller an owner has for a wait with no signal in scope: a React effect's (made in
 * the effect, aborted by its cleanup: src/analysis/lifecycle/effect-controller.ts) or a class's
 * (a field aborted in the release method: class-controller.ts). Its abort ends the wait when
 * the owner goes away; the rule decides the fix level from `certain` and the wait's shape.
 */
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import type { EditContext } from '../../src/analysis/edits/statement-edits';
import { buildEffectController } from '../../src/analysis/lifecycle/effect-controller';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { buildClassController, CLASS_OWNERS } from './class-controller';
import { isAppLifetimeService } from '../../src/analysis/lifecycle/app-lifetime-service';

export interface OwnerController {
  owner: 'react-effect' | 'class';
  signal: string;
  edits: TextEdit[];
  /** The cleanup rules' owner policy says the abort ends exactly the owner's work. */
  certain: boolean;
}

/** Whether `path` runs in an owner that can have a controller (a React effect, a class with a recognised release). */
export function hasControllerOwner(path: NodePath): boolean {
  const owner = resolveOwnerScope(path);
  return owner.kind === 'react-effect' || (CLASS_OWNERS.has(owner.kind) && owner.classOwner?.thisIsInstance === true && !isAppLifetimeService(owner));
}

/**
 * `path` runs in one of its class's release methods (`async onApplicationShutdown() { while
 * (this.running > 0) await sleep(100); }`, `dispose()`, `ngOnDestroy()`): the owner's end itself,
 * which nothing after it can outlive; its controller would be aborted there, by the same method.
 */
export function isInOwnersRelease(path: NodePath): boolean {
  const owner = resolveOwnerScope(path);
  const classOwner = CLASS_OWNERS.has(owner.kind) ? owner.classOwner : null;
  return !!classOwner && classOwner.thisIsInstance && classOwner.memberName !== null && classOwner.releaseMembers.has(classOwner.memberName);
}

export function buildOwnerController(path: NodePath, ctx: EditContext): OwnerController | null {
  const effect = buildEffectController(path, ctx);
  if (effect) return { owner: 'react-effect', signal: effect.signal, edits: effect.edits, certain: effect.certain };
  const controller = buildClassController(path, ctx);
  return controller && { owner: 'class', ...controller };
}
