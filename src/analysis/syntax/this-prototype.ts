/**
 * Which prototype `this` is at a place outside classes and object literals: the object a
 * function expression is assigned to as a method, in the pre-class style
 * (`ProgressBar.prototype.attachedCallback = function () { this }`,
 * `const proto = Object.create(HTMLDivElement.prototype); proto.detachedCallback = function () {…}`).
 * Every function assigned to a member of the same object (same member chain, same binding at
 * its root) is called with `this` bound to the same instance, so `this.timer` set in one and
 * cleared in another is one handle.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getMemberChain } from './expressions';
import { findBinding, type Binding } from './scope';

export interface ThisPrototype {
  /** `ProgressBar.prototype`, `proto` */
  chain: string;
  /** The binding of the chain's first name (`null`: a global). */
  root: Binding | null;
}

/** Nodes that give `this` another meaning inside them. */
const THIS_BOUNDARIES = new Set(['FunctionDeclaration', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod', 'ClassProperty', 'ClassPrivateProperty', 'StaticBlock', 'Program']);

/** The function `this` at `path` belongs to (through arrows), when it is a function expression. */
function getThisFunction(path: NodePath): NodePath | null {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (node.type === 'ArrowFunctionExpression') continue;
    if (node.type === 'FunctionExpression') return current;
    if (THIS_BOUNDARIES.has(node.type)) return null;
  }
  return null;
}

export function resolveThisPrototype(path: NodePath): ThisPrototype | null {
  const fn = getThisFunction(path);
  // Case: `X.name = function () {}`
  const assignment = fn?.parent;
  if (!fn || assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || fn.key !== 'right') return null;
  const left = assignment.left as Node;
  if (left.type !== 'MemberExpression' || left.computed) return null;
  const chain = getMemberChain(left.object);
  // `this.onTick = function () {}` sets an instance's own property, not a prototype's.
  if (!chain || chain === 'this' || chain.startsWith('this.')) return null;
  const rootName = chain.split('.')[0]!;
  return { chain, root: findBinding(fn, rootName) };
}

export function isSamePrototype(a: ThisPrototype, b: ThisPrototype): boolean {
  return a.chain === b.chain && a.root === b.root;
}

const BLAZE_HOOKS = new Set(['onCreated', 'onRendered', 'onDestroyed']);

/**
 * The Blaze template whose instance `this` is in a Meteor template hook
 * (`Template.dependencyOverlay.onRendered(function () { this.onScroll = … })`,
 * `Template['card-date'].onDestroyed(function () { … })`): the template's name, else `null`.
 * The hooks of one template are called on the same template instance.
 */
export function resolveThisBlazeTemplate(path: NodePath): string | null {
  const fn = getThisFunction(path);
  const call = fn?.parent;
  if (!fn || call?.type !== 'CallExpression' || fn.key !== 'arguments' || fn.index !== 0) return null;
  const callee = call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !BLAZE_HOOKS.has(callee.property.name)) return null;
  const template = callee.object;
  if (template.type !== 'MemberExpression' || template.object.type !== 'Identifier' || template.object.name !== 'Template') return null;
  if (!template.computed && template.property.type === 'Identifier') return template.property.name;
  return template.computed && template.property.type === 'StringLiteral' ? template.property.value : null;
}
