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
import { buildNewFieldEdit } from './class-release-edits';
import { insertStatementsBefore, terminate, type EditContext } from './statement-edits';
import { getUniqueIdentifier } from './unique-identifier';
import { getMemberNameStems, getUniqueMemberName } from './unique-member-name';
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
  /**
   * The owner already keeps such an array and releases it (an earlier loop's fix, applied in an
   * earlier pass): the handles go into it, and no new declaration nor release is written.
   */
  existing?: boolean;
}

/** `() => void` -> `(() => void)[]`; `number` -> `number[]`. */
function arrayType(elementType: string): string {
  return /^[\w.$<>]+$/.test(elementType) || /^ReturnType<[^>]+>$/.test(elementType) ? `${elementType}[]` : `(${elementType})[]`;
}

function statementsOf(scope: Node): readonly Node[] {
  if (scope.type === 'Program') return scope.body;
  const body = (scope as { body?: Node }).body;
  return body?.type === 'BlockStatement' ? body.body : [];
}

/** `name` is `intervalIds`, `intervalIds2`, ...: the names this helper gives. */
function isArrayName(name: string, plural: string): boolean {
  return name.startsWith(plural) && /^\d*$/.test(name.slice(plural.length));
}

/**
 * An array an earlier loop's fix declared in the owner (`const intervalIds: T[] = [];` before
 * `anchor`, a class field, a `data()` entry) that the owner releases as this helper writes it:
 * several loops of one effect, hook or class share it.
 */
function findExistingArray(request: HandleArrayRequest, ctx: EditContext): string | null {
  const { place, baseName } = request;
  const plural = `${baseName}s`;
  const typed = ctx.language !== 'js';
  const annotation = typed ? `: ${arrayType(request.elementType)}` : '';
  const textOf = (node: Node): string => ctx.source.slice(node.start!, node.end!);
  if (place.kind === 'returned-cleanup' || place.kind === 'teardown-hook') {
    const scope = place.kind === 'returned-cleanup' ? place.fn.node : place.scope.node;
    const scopeText = textOf(scope);
    for (const statement of statementsOf(scope)) {
      if (statement.start! >= place.anchor.node.start!) break;
      if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const' || statement.declarations.length !== 1) continue;
      const [declarator] = statement.declarations;
      if (declarator!.id.type !== 'Identifier' || !isArrayName(declarator!.id.name, plural)) continue;
      const name = declarator!.id.name;
      if (declarator!.init?.type !== 'ArrayExpression' || declarator!.init.elements.length > 0) continue;
      if (textOf(declarator!.id) !== `${name}${annotation}`) continue;
      if (scopeText.includes(`for (const ${baseName} of ${name}) `)) return name;
    }
    return null;
  }
  if (place.kind === 'class-method' || place.kind === 'options-hook') {
    const holder = place.kind === 'class-method' ? place.classOwner.classPath.node : place.vue.component.object.node;
    const holderText = textOf(holder);
    // Case: a class named after itself (`settingsMenuItemTimeoutIds`: a subclass of another file's class)
    const stems = place.kind === 'class-method' ? getMemberNameStems(place.classOwner.classPath, plural) : [plural];
    const pattern = new RegExp(`for \\(const ${baseName} of this\\.((?:${stems.join('|')})\\d*)\\.splice\\(0\\)\\) `, 'g');
    for (const match of holderText.matchAll(pattern)) {
      const name = match[1]!;
      const declared = place.kind === 'class-method' ? `${name}${annotation} = []` : `${name}: []${typed ? ` as ${arrayType(request.elementType)}` : ''}`;
      if (holderText.includes(declared)) return name;
    }
  }
  return null;
}

export function planHandleArray(request: HandleArrayRequest, ctx: EditContext): HandleArray | null {
  const { place, baseName } = request;
  const typed = ctx.language !== 'js';
  const plural = `${baseName}s`;
  const existing = findExistingArray(request, ctx);
  if (existing !== null) {
    const access = place.kind === 'class-method' || place.kind === 'options-hook' ? `this.${existing}` : existing;
    const emptied = place.kind === 'class-method' || place.kind === 'options-hook' ? `${access}.splice(0)` : access;
    return { edits: [], access, release: (releaseOne) => `for (const ${baseName} of ${emptied}) ${releaseOne(baseName)}`, existing: true };
  }
  if (place.kind === 'returned-cleanup' || place.kind === 'teardown-hook') {
    const scope: NodePath = place.kind === 'returned-cleanup' ? place.fn : place.scope;
    const name = getUniqueIdentifier({ base: plural, scope, reserved: request.reserved(scope.node) });
    const declaration = insertStatementsBefore(place.anchor.node, [terminate(`const ${name}${typed ? `: ${arrayType(request.elementType)}` : ''} = []`, ctx)], ctx);
    return { edits: [declaration], access: name, release: (releaseOne) => `for (const ${baseName} of ${name}) ${releaseOne(baseName)}` };
  }
  if (place.kind === 'class-method') {
    const owner = place.classOwner;
    const name = getUniqueMemberName({ classPath: owner.classPath, base: plural, isPrivate: !typed, reserved: request.reserved });
    if (!name) return null;
    const field = buildNewFieldEdit(owner.classPath.node.body, owner.member.node, typed ? `private readonly ${name}: ${arrayType(request.elementType)} = []` : `${name} = []`, ctx);
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
