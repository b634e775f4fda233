/**
 * Which prototype `this` is at a place outside classes and object literals: the object a
 * function expression is assigned to as a method, in the pre-class style
 * (`ProgressBar.prototype.attachedCallback = function () { this }`,
 * `const proto = Object.create(HTMLDivElement.prototype); proto.detachedCallback = function () {…}`).
 * Every function assigned to a member of the same object (same member chain, same binding at
 * its root) is called with `this` bound to the same instance, so `this.timer` set in one and
 * cleared in another is one handle.
 *
 * A constructor function of that style (`function Ticker() { this.timer = setInterval(…) }`, a
 * function the file names as `Ticker.prototype` or calls with `new Ticker(…)`) builds an instance
 * of `Ticker.prototype`: its `this` is the prototype methods' `this`. So is the `this` of a
 * function the constructor puts on the instance (`this.start = function () {…}`, or through an
 * alias, `var node = this; node.start = function () {…}`) and calls as its method.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getMemberChain } from './expressions';
import { findBinding, type Binding } from './scope';
import { isReassigned } from './binding-writes';
import { findDescendantPath, forEachDescendant } from './descendants';
import { findAncestorPath, findProgramPath } from '../../core/node-helpers';

export interface ThisPrototype {
  /** `ProgressBar.prototype`, `proto` */
  chain: string;
  /** The binding of the chain's first name (`null`: a global). */
  root: Binding | null;
}

/** Nodes that give `this` another meaning inside them. */
const THIS_BOUNDARIES = new Set(['FunctionDeclaration', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod', 'ClassProperty', 'ClassPrivateProperty', 'StaticBlock', 'Program']);

/** The function `this` at `path` belongs to (through arrows): a function expression, or a declaration (`declared`). */
function getThisFunction(path: NodePath, declared = false): NodePath | null {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (node.type === 'ArrowFunctionExpression') continue;
    if (node.type === 'FunctionExpression' || (declared && node.type === 'FunctionDeclaration')) return current;
    if (THIS_BOUNDARIES.has(node.type)) return null;
  }
  return null;
}

/** Per program: each name used as `Name.prototype` or `new Name(…)`, with the places it is used. */
const constructorUses = new WeakMap<Node, Map<string, NodePath[]>>();

function getConstructorUses(program: NodePath): Map<string, NodePath[]> {
  let uses = constructorUses.get(program.node);
  if (uses) return uses;
  const found = new Map<string, NodePath[]>();
  forEachDescendant(program, (path) => {
    const node = path.node;
    // Case: `Ticker.prototype.close = …`, `util.inherits(Ticker, …)` aside: the prototype named
    const named = node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'prototype' ? node.object : node.type === 'NewExpression' ? node.callee : null;
    if (named?.type !== 'Identifier') return;
    const list = found.get(named.name) ?? [];
    list.push(path);
    found.set(named.name, list);
  });
  uses = found;
  constructorUses.set(program.node, uses);
  return uses;
}

/**
 * The binding of a constructor function: `function Ticker() {}` or `const Ticker = function () {}`
 * that the file names as `Ticker.prototype` or calls with `new Ticker(…)`; else `null`.
 */
export function getConstructorBinding(fn: NodePath): Binding | null {
  const node = fn.node;
  const declarator = fn.parentPath?.node.type === 'VariableDeclarator' && fn.key === 'init' ? fn.parentPath : null;
  const id = node.type === 'FunctionDeclaration' ? node.id : node.type === 'FunctionExpression' && declarator && declarator.node.type === 'VariableDeclarator' && declarator.node.id.type === 'Identifier' ? declarator.node.id : null;
  if (!id || (node.type !== 'FunctionDeclaration' && node.type !== 'FunctionExpression') || node.async || node.generator) return null;
  const outside = declarator ?? fn.parentPath;
  const binding = outside ? findBinding(outside, id.name) : null;
  const program = findProgramPath(fn);
  if (!binding || binding.identifier !== id || !program) return null;
  const uses = getConstructorUses(program).get(id.name) ?? [];
  return uses.some((use) => findBinding(use, id.name) === binding) ? binding : null;
}

/** The constructor whose instance `name` (at `at`) holds: `var node = this;` in a constructor. */
function resolveInstanceAlias(at: NodePath, name: string): Binding | null {
  const alias = findBinding(at, name);
  const declaration = alias?.declaration;
  if (!alias || declaration?.type !== 'VariableDeclarator' || declaration.id !== alias.identifier || declaration.init?.type !== 'ThisExpression') return null;
  // Only a name never written again holds the instance everywhere.
  if (alias.kind !== 'const' && isReassigned(alias, at)) return null;
  const scope = findAncestorPath(at, alias.scope);
  return scope ? getConstructorBinding(scope) : null;
}


function prototypeOf(binding: Binding): ThisPrototype {
  return { chain: `${binding.name}.prototype`, root: binding };
}

export function resolveThisPrototype(path: NodePath): ThisPrototype | null {
  const fn = getThisFunction(path, true);
  if (!fn) return null;
  // Case: `function Ticker() { this.timer = … }` with `Ticker.prototype.close = …` or `new Ticker()`
  const constructor = getConstructorBinding(fn);
  if (constructor) return prototypeOf(constructor);
  // Case: `X.name = function () {}`
  const assignment = fn.parent;
  if (fn.node.type !== 'FunctionExpression' || assignment?.type !== 'AssignmentExpression' || assignment.operator !== '=' || fn.key !== 'right') return null;
  const left = assignment.left as Node;
  if (left.type !== 'MemberExpression' || left.computed) return null;
  const chain = getMemberChain(left.object);
  if (!chain) return null;
  // Case: `this.start = function () {}` in a constructor: a method of the instance it builds
  if (chain === 'this') {
    const outer = fn.parentPath ? getThisFunction(fn, true) : null;
    const owner = outer ? getConstructorBinding(outer) : null;
    return owner ? prototypeOf(owner) : null;
  }
  // `this.a.onTick = function () {}` sets a property of something the instance holds, not a prototype's.
  if (chain.startsWith('this.')) return null;
  const rootName = chain.split('.')[0]!;
  // Case: `var node = this; node.start = function () {}` in a constructor
  if (chain === rootName) {
    const owner = resolveInstanceAlias(fn, rootName);
    if (owner) return prototypeOf(owner);
  }
  // Case: `Signaling.Internal = Internal` once in the file, then `Signaling.Internal.prototype.disconnect = function () {}`
  if (chain.endsWith('.prototype')) {
    const owner = resolveConstructorAlias(fn, chain.slice(0, -'.prototype'.length));
    if (owner) return prototypeOf(owner);
  }
  return { chain, root: findBinding(fn, rootName) };
}

/** Per program: each member chain assigned (`Signaling.Internal = …`), with every right-hand side. */
const memberAssignments = new WeakMap<Node, Map<string, NodePath[]>>();

function getMemberAssignments(program: NodePath): Map<string, NodePath[]> {
  let assignments = memberAssignments.get(program.node);
  if (assignments) return assignments;
  const found = new Map<string, NodePath[]>();
  forEachDescendant(program, (path) => {
    const node = path.node;
    if (node.type !== 'AssignmentExpression' || node.left.type !== 'MemberExpression') return;
    const chain = getMemberChain(node.left);
    if (!chain) return;
    const list = found.get(chain) ?? [];
    list.push(path);
    found.set(chain, list);
  });
  assignments = found;
  memberAssignments.set(program.node, assignments);
  return assignments;
}

/**
 * The constructor a member chain names when the file assigns it exactly once, plainly, from the
 * constructor's own name (`Signaling.Internal = Internal`, `module.exports.Ticker = Ticker`): its
 * prototype's methods may be written through either name. The root of the chain must be the
 * same binding where the method is written as where the alias is made.
 */
function resolveConstructorAlias(at: NodePath, chain: string): Binding | null {
  if (!chain.includes('.') || chain.startsWith('this.')) return null;
  const program = findProgramPath(at);
  const assignments = program ? getMemberAssignments(program).get(chain) : undefined;
  if (!program || assignments?.length !== 1) return null;
  const assignment = assignments[0]!;
  const node = assignment.node;
  if (node.type !== 'AssignmentExpression' || node.operator !== '=' || node.right.type !== 'Identifier') return null;
  const rootName = chain.split('.')[0]!;
  if (findBinding(assignment, rootName) !== findBinding(at, rootName)) return null;
  const binding = findBinding(assignment, node.right.name);
  if (!binding || isReassigned(binding, assignment)) return null;
  const declaration = binding.declaration;
  const fnNode = declaration.type === 'FunctionDeclaration' ? declaration : declaration.type === 'VariableDeclarator' ? declaration.init : null;
  const fn = fnNode ? findDescendantPath(program, fnNode) : null;
  return fn && getConstructorBinding(fn) === binding ? binding : null;
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
