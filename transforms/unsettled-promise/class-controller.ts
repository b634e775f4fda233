/**
 * The AbortController a class owns for the waits its methods start: a field
 * (`private readonly controller = new AbortController()`, `#controller` in JavaScript) aborted
 * in the class's release method (`ngOnDestroy`, `disconnectedCallback`, `componentWillUnmount`,
 * `dispose`/`close`/... of a disposable class: created, or an existing one extended). A field
 * the class already has (`x = new AbortController()`) is reused, and its abort added only when
 * the release method does not call it yet — so several waits of one class share one controller.
 *
 * `certain` (the fix may be `auto`) follows the cleanup rules' owner policy
 * (cleanup-fix-certainty.ts), with any method counting as an acquire place (a class-wide
 * controller ends every wait of the instance at release), and never for custom elements nor for
 * a release method that is a guess. A custom element is connected again after its release, so
 * there the release renews the controller it aborts (unless the class's own field is `readonly`).
 */
import type { Class, ClassBody, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import { buildNewFieldEdit } from '../../src/analysis/edits/class-release-edits';
import { buildReleaseEdits } from '../../src/analysis/edits/release-edits';
import { getUniqueMemberName } from '../../src/analysis/edits/unique-member-name';
import type { EditContext } from '../../src/analysis/edits/statement-edits';
import { isCleanupFixCertain } from '../../src/analysis/lifecycle/cleanup-fix-certainty';
import { getClassMemberName } from '../../src/analysis/lifecycle/class-owner';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isAppLifetimeService } from '../../src/analysis/lifecycle/app-lifetime-service';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';

export interface ClassController {
  /** `this.controller.signal`. */
  signal: string;
  /** The field (when new) and `this.controller.abort()` in the release method (when missing). */
  edits: TextEdit[];
  certain: boolean;
}

export const CLASS_OWNERS: ReadonlySet<string> = new Set(['react-class', 'vue-class', 'angular', 'custom-element', 'disposable-class']);

/** The controller of the class whose method `anchor` runs in, or `null` (no recognised owner, `this` not the instance, in the release method). */
export function buildClassController(anchor: NodePath, ctx: EditContext): ClassController | null {
  const owner = resolveOwnerScope(anchor);
  const classOwner = owner.classOwner;
  if (!CLASS_OWNERS.has(owner.kind) || !classOwner || !classOwner.thisIsInstance) return null;
  // Skip: a root-provided service with no release lives as long as the app: an `ngOnDestroy` added to
  // abort a controller would run only when the app ends (tabby's ConfigSyncService got one).
  if (isAppLifetimeService(owner)) return null;
  if (classOwner.releaseMembers.has(classOwner.memberName ?? '')) return null;
  const classNode = classOwner.classPath.node as Class;
  const existing = findControllerField(classNode);
  const name = existing ?? getUniqueMemberName({ classPath: classOwner.classPath, base: 'controller', isPrivate: ctx.language === 'js' });
  if (!name) return null;
  const edits: TextEdit[] = [];
  // Case: a custom element is connected again after `disconnectedCallback`: the release renews the
  // controller it aborts, so the waits of the next connection are not aborted before they start.
  const renew = owner.kind === 'custom-element' && (!existing || !isReadonlyField(classNode, existing));
  if (!existing) {
    edits.push(buildNewFieldEdit(classNode.body as ClassBody, classOwner.member.node, `${ctx.language === 'js' ? '' : renew ? 'private ' : 'private readonly '}${name} = new AbortController()`, ctx));
  }
  const abort = `this.${name}.abort()`;
  const released = classOwner.existingRelease && ctx.source.slice(classOwner.existingRelease.node.start!, classOwner.existingRelease.node.end!).includes(abort);
  if (!released) {
    const statements = renew ? [abort, `this.${name} = new AbortController()`] : [abort];
    const release = buildReleaseEdits({ place: { kind: 'class-method', classOwner }, statements, acquisitionEnd: anchor.node.end! }, ctx);
    if (!release) return null;
    edits.push(...release);
  }
  const certain =
    owner.kind !== 'custom-element' &&
    !classOwner.releaseUncertain &&
    isCleanupFixCertain({ owner, place: { kind: 'class-method', classOwner }, inAcquirePlace: owner.nested.every((fn) => fn.node.type === 'ArrowFunctionExpression'), processLifetime: false });
  return { signal: `this.${name}.signal`, edits, certain };
}

/** `private readonly controller = …`: a field that cannot be given a new controller. */
function isReadonlyField(classNode: Class, name: string): boolean {
  return classNode.body.body.some((member) => member.type === 'ClassProperty' && getClassMemberName(member) === name && member.readonly === true);
}

/** A field initialised with `new AbortController()` (`controller`, `#controller`). */
function findControllerField(classNode: Class): string | null {
  for (const member of classNode.body.body) {
    if (member.type !== 'ClassProperty' && member.type !== 'ClassPrivateProperty') continue;
    if (member.static || !member.value) continue;
    const value: Node = unwrapExpression(member.value);
    if (value.type === 'NewExpression' && value.callee.type === 'Identifier' && value.callee.name === 'AbortController' && value.arguments.length === 0) {
      return getClassMemberName(member);
    }
  }
  return null;
}
