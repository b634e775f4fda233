/**
 * listener-cleanup: in a Svelte component, a listener on an object the component makes and keeps
 * only in its own instance state — the single-file component's counterpart of a class's
 * self-owned object (self-owned-object.ts; docs/catalog.md: "An object the owner creates and
 * keeps only on itself ... dies with the owner"):
 *
 *   let chart = $state();
 *   const onReady = () => {
 *     const made = new Chart(canvas);
 *     made.on('select', pick);
 *     chart = made;
 *   };
 *
 * The local is made with `new`, and used only as a member's object (`made.on(…)`) or stored in a
 * top-level `let` of the instance script (not `<script module>`, shared by every instance). That
 * `let` is only a member's object, tested for presence, `void`-read, or assigned the local, a
 * `new` object, `null` or `undefined` — never passed to a call, returned, copied, or named in the
 * markup (`<Legend {chart} />` hands it to a child). Then nothing outside the component instance
 * reaches the object, and its listeners go with both.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { SingleFileComponent } from '../../src/core/rule';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { unwrapPath } from '../../src/core/node-helpers';
import { isMemberObject, isPresenceTest } from './self-owned-object';

const escapeName = (name: string): string => name.replace(/\$/g, '\\$');

/** `{chart}`, `{#if chart}`, `chart={chart}` in the markup (HTML comments left out). */
function isNamedInMarkup(markup: string, name: string): boolean {
  const text = markup.replace(/<!--[\s\S]*?-->/g, '');
  return new RegExp(`\\{[^{}]*(?<![\\w$.])${escapeName(name)}(?![\\w$])[^{}]*\\}`).test(text);
}

function isInInstanceScript(sfc: SingleFileComponent, offset: number): boolean {
  const block = sfc.blocks.find((candidate) => candidate.start <= offset && offset < candidate.end);
  return !!block && !block.module;
}

/** `null`, `undefined`, nothing, or Svelte's `$state()` / `$state(null)` / `$state(undefined)`. */
function isEmptyValue(node: Node | null | undefined): boolean {
  if (!node) return true;
  const value = unwrapExpression(node);
  if (value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined')) return true;
  if (value.type !== 'CallExpression' || value.callee.type !== 'Identifier' || value.callee.name !== '$state') return false;
  return value.arguments.length === 0 || (value.arguments.length === 1 && isEmptyValue(value.arguments[0] as Node));
}

/** Every use of the component's `let kept` hands nothing out (see the module comment). */
function isKeptOnlyInComponent(at: NodePath, kept: Binding, local: Binding, markup: string): boolean {
  const declaration = kept.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id !== kept.identifier || !isEmptyValue(declaration.init)) return false;
  if (isNamedInMarkup(markup, kept.name)) return false;
  return findBindingReferences(at, kept).every((reference) => {
    if (isMemberObject(reference) || isPresenceTest(reference)) return true;
    const parent = reference.parent;
    if (parent?.type === 'UnaryExpression' && parent.operator === 'void') return true;
    if (parent?.type !== 'AssignmentExpression' || parent.operator !== '=' || reference.key !== 'left') return false;
    const value = unwrapExpression(parent.right);
    return value.type === 'NewExpression' || isEmptyValue(value) || (value.type === 'Identifier' && findBinding(reference, value.name) === local);
  });
}

export function isComponentOwnedObject(target: NodePath | null, sfc: SingleFileComponent | null | undefined): boolean {
  if (!target || sfc?.kind !== 'svelte' || sfc.markup === undefined) return false;
  const path = unwrapPath(target);
  if (path.node.type !== 'Identifier') return false;
  const local = findBinding(path, path.node.name);
  const declaration = local?.declaration;
  if (!local || local.kind !== 'const' || local.scope.type === 'Program' || declaration?.type !== 'VariableDeclarator' || declaration.id !== local.identifier || declaration.init?.type !== 'NewExpression') return false;
  const stores = new Set<Binding>();
  for (const reference of findBindingReferences(path, local)) {
    if (isMemberObject(reference)) continue;
    const parent = reference.parent;
    if (parent?.type !== 'AssignmentExpression' || parent.operator !== '=' || reference.key !== 'right' || parent.left.type !== 'Identifier') return false;
    const kept = findBinding(reference, parent.left.name);
    if (!kept || kept.kind !== 'let' || kept.scope.type !== 'Program' || !isInInstanceScript(sfc, kept.identifier.start!)) return false;
    stores.add(kept);
  }
  const markup = sfc.markup;
  return stores.size > 0 && [...stores].every((kept) => isKeptOnlyInComponent(path, kept, local, markup));
}
