/**
 * An array that keeps every handle of an acquisition made many times per run of its owner
 * (docs/catalog.md: "loops keep every handle"), declared where the release place can read it:
 *
 * - an effect's returned cleanup, a teardown hook of setup code: `const intervalIds: T[] = [];`
 *   before the owner's statement that contains the loop; released with
 *   `for (const intervalId of intervalIds) clearInterval(intervalId)`;
 * - a class's release method: a field `private readonly intervalIds: T[] = []` (`#intervalIds = []`
 *   in JavaScript), emptied as it is released: `for (const intervalId of this.intervalIds.splice(0)) ...`.
 *
 * - a Vue Options-API component's release hook: an entry of `data()` (`intervalIds: [] as T[]`
 *   in TypeScript, `intervalIds: []` in JavaScript; vue-options-instance.ts), so the array
 *   exists before any hook runs and the release hook can always read it; emptied as it is
 *   released: `for (const intervalId of this.intervalIds.splice(0)) ...`.
 *
 * Other release places (registered next to each acquisition, or none): `null`.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { TextEdit } from '../../core/finding';
import type { ReleasePlace } from '../lifecycle/release-place';
import { buildClassMemberEdit } from './class-release-edits';
import { insertStatementsBefore, terminate, type EditContext } from './statement-edits';
import { getUniqueIdentifier } from './unique-identifier';
import { getUniqueMemberName } from './unique-member-name';
import { buildDataEntryEdits, getUniqueInstanceName } from '../lifecycle/vue-options-instance';

export interface HandleArrayRequest {
  place: ReleasePlace;
  /** One handle's name (`intervalId`); the array is its plural (`intervalIds`). */
  baseName: string;
  /** TypeScript type of one handle (`ReturnType<typeof setInterval>`, `() => void`). */
  elementType: string;
  reserved: (scope: Node) => Set<string>;
}

export interface HandleArray {
  /** The edit that declares the array. */
  edits: TextEdit[];
  /** How code reads the array: `intervalIds`, `this.intervalIds`. */
  access: string;
  /** `for (const intervalId of intervalIds) <release(intervalId)>`. */
  release: (releaseOne: (item: string) => string) => string;
}

/** `() => void` -> `(() => void)[]`; `number` -> `number[]`. */
function arrayType(elementType: string): string {
  return /^[\w.$<>]+$/.test(elementType) || /^ReturnType<[^>]+>$/.test(elementType) ? `${elementType}[]` : `(${elementType})[]`;
}

export function planHandleArray(request: HandleArrayRequest, ctx: EditContext): HandleArray | null {
  const { place, baseName } = request;
  const typed = ctx.language !== 'js';
  const plural = `${baseName}s`;
  if (place.kind === 'returned-cleanup' || place.kind === 'teardown-hook') {
    const scope: NodePath = place.kind === 'returned-cleanup' ? place.fn : place.scope;
    const name = getUniqueIdentifier({ base: plural, scope, reserved: request.reserved(scope.node) });
    const declaration = insertStatementsBefore(place.anchor.node, [terminate(`const ${name}${typed ? `: ${arrayType(request.elementType)}` : ''} = []`, ctx)], ctx);
    return { edits: [declaration], access: name, release: (releaseOne) => `for (const ${baseName} of ${name}) ${releaseOne(baseName)}` };
  }
  if (place.kind === 'class-method') {
    const owner = place.classOwner;
    const name = getUniqueMemberName({ classNode: owner.classPath.node, base: plural, isPrivate: !typed, reserved: request.reserved(owner.classPath.node) });
    const field = buildClassMemberEdit(owner.member.node, typed ? `private readonly ${name}: ${arrayType(request.elementType)} = []` : `${name} = []`, ctx);
    return { edits: [field], access: `this.${name}`, release: (releaseOne) => `for (const ${baseName} of this.${name}.splice(0)) ${releaseOne(baseName)}` };
  }
  if (place.kind === 'options-hook') {
    const component = place.vue.component;
    const name = getUniqueInstanceName(component, plural, request.reserved(component.object.node));
    const edits = buildDataEntryEdits(component, typed ? `${name}: [] as ${arrayType(request.elementType)}` : `${name}: []`, ctx);
    if (!edits) return null;
    return { edits, access: `this.${name}`, release: (releaseOne) => `for (const ${baseName} of this.${name}.splice(0)) ${releaseOne(baseName)}` };
  }
  return null;
}
