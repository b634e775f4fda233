/**
 * A listener a web component adds, once per instance, to a part of its own shadow DOM: the part
 * lives and dies with the element (nothing outside the element holds it), and a member that runs
 * once per instance cannot add the listener twice — not a finding.
 *
 *   ready() {                                       // Polymer: once per instance
 *     super.ready();
 *     this.$.table.addEventListener('scroll', () => this._afterScroll());
 *   }
 *   firstUpdated() {                                // Lit: once per instance
 *     const button = this.renderRoot.querySelector('button');
 *     button.addEventListener('click', () => this.toggle());
 *   }
 *
 * The part: `this.$.<id>` (Polymer's map of the ids in the element's own shadow root, also a part
 * of such a part, `this.$.overlay.$.content`), `this.shadowRoot.querySelector(…)` /
 * `getElementById(…)` (also on `renderRoot`), or a `const` of one of these. Once per instance:
 * the listener is added directly (not in a nested callback) in the constructor, `ready()`,
 * `firstUpdated()` or `createRenderRoot()`, or in a `connectedCallback` behind a per-instance
 * "done once" flag (once-guard.ts `getInstanceOnceFlag`). Removing such a listener in
 * `disconnectedCallback` would be wrong: a moved element would not add it again (a date picker's
 * scroller lost its scroll listener that way; a grid its drag-and-drop listeners).
 *
 * Still a finding: the same part in `connectedCallback` without the flag (each connect adds
 * another listener), or in any other method (it may run again).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { getClassMemberName } from '../../src/analysis/syntax/class-member-name';
import { getInstanceOnceFlag } from '../../src/analysis/lifecycle/once-guard';
import { unwrapPath } from '../../src/core/node-helpers';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';

/** Members a web component's framework runs once per instance. */
const ONCE_PER_INSTANCE = new Set(['constructor', 'ready', 'firstUpdated', 'createRenderRoot']);
const QUERY_METHODS = new Set(['querySelector', 'getElementById']);

function isMember(node: Node): node is Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }> {
  return node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
}

/** `this.$.x`, `this.$.x.$.y`: a part of the element's own shadow root (Polymer's id map). */
function isIdMapPart(node: Node): boolean {
  if (!isMember(node) || node.computed) return false;
  const map = node.object;
  if (!isMember(map) || map.computed || getPropertyName(map) !== '$') return false;
  return map.object.type === 'ThisExpression' || isIdMapPart(map.object);
}

/** `this.shadowRoot.querySelector(…)`, `this.renderRoot.getElementById(…)` (also with `?.`). */
function isRootQuery(node: Node): boolean {
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return false;
  const callee = node.callee;
  if (!isMember(callee) || !QUERY_METHODS.has(getPropertyName(callee) ?? '')) return false;
  const root = callee.object;
  return isMember(root) && root.object.type === 'ThisExpression' && ['shadowRoot', 'renderRoot'].includes(getPropertyName(root) ?? '');
}

function isOwnPartExpression(path: NodePath): boolean {
  const node = unwrapPath(path).node;
  if (isIdMapPart(node) || isRootQuery(node)) return true;
  // Case: `const toggle = this.shadowRoot.querySelector('[part~="toggle"]')`, `const scroller = this.$.scroller`
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(path, node.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  return isIdMapPart(declaration.init) || isRootQuery(declaration.init);
}

/** `this` (in a class), or a part of the element's own shadow root: what an observer of the element's own nodes observes. */
export function isOwnNode(path: NodePath): boolean {
  const node = unwrapPath(path).node;
  return (node.type === 'ThisExpression' && resolveThisClass(path) !== null) || isOwnPartExpression(path);
}

/** The listener on `target`, added at `call`, is on the element's own shadow part, once per instance. */
export function isOwnShadowPartAddedOnce(target: NodePath | null, call: NodePath): boolean {
  return target !== null && isOwnPartExpression(target) && isOncePerInstance(call);
}

/**
 * `call` runs once per instance of its class: directly (not in a nested callback) in the
 * constructor, `ready()`, `firstUpdated()` or `createRenderRoot()`, or in a `connectedCallback`
 * behind a per-instance "done once" flag.
 */
export function isOncePerInstance(call: NodePath, depth = 0): boolean {
  const thisClass = resolveThisClass(call);
  if (!thisClass) return false;
  // Directly in the member: no function between the call and the member (an arrow keeps `this`
  // but may run many times: an event handler, a timer).
  for (let current = call.parentPath; current && current !== thisClass.member; current = current.parentPath) {
    if (isFunctionNode(current.node) && current.parentPath !== thisClass.member) return false;
  }
  const name = getClassMemberName(thisClass.member.node);
  if (name !== null && ONCE_PER_INSTANCE.has(name)) return true;
  if (name === 'connectedCallback') return getInstanceOnceFlag(call, thisClass.member) !== null;
  // Case: `_initOverlay()`, a private helper (`_` / `#` name) that the class calls only from a
  // once-per-instance member (`ready() { super.ready(); this._initOverlay(); }`)
  if (name === null || !/^[_#]/.test(name) || depth > 0 || (thisClass.member.node.type !== 'ClassMethod' && thisClass.member.node.type !== 'ClassPrivateMethod')) return false;
  const calls: NodePath[] = [];
  let other = false;
  forEachDescendant(thisClass.classPath, (path) => {
    const node = path.node;
    if (!isMember(node) || node.object.type !== 'ThisExpression' || getThisMemberText(node) !== name) return undefined;
    const parent = path.parent;
    if ((parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression') && path.key === 'callee') calls.push(path.parentPath!);
    else other = true;
    return undefined;
  });
  return !other && calls.length > 0 && calls.every((site) => isOncePerInstance(site, depth + 1));
}

/** `this.name` / `this.#name` as the class member's name. */
function getThisMemberText(node: Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }>): string | null {
  if (node.computed) return null;
  if (node.property.type === 'PrivateName') return `#${node.property.id.name}`;
  return getPropertyName(node);
}
