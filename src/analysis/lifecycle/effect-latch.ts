/**
 * A React effect that latches itself: it sets a state it lists among its dependencies, and
 * returns early once that state is set, before its acquisition.
 *
 *   const [checked, setChecked] = useState(false);
 *   useEffect(() => {
 *     if (!element || checked) return;
 *     setChecked(true);
 *     window.addEventListener('beforeunload', save);   // added once per mount, by intent
 *   }, [element, checked]);
 *
 * The `setChecked(true)` re-renders the component and, `checked` being a dependency, re-runs the
 * effect, whose first statement now returns. A cleanup returned from the effect would run right
 * before that re-run — a moment after the listener was added — and the re-run would not add it
 * again: the fix would take the listener away for good (medusa's docs page scroll manager saves
 * the scroll position on `beforeunload` this way). The same holds for a timer the effect starts
 * (`setInterval(poll, 1000)` after `setStarted(true)`): a `clearInterval` in the cleanup would stop
 * it a moment after it started. The acquisition still outlives the component; it needs its own
 * effect, which no rewrite here can decide. Used by listener-cleanup and timer-cleanup (both
 * report such an acquisition without a fix).
 */
import type { Node } from '@babel/types';
import { unwrapExpression } from '../syntax/expressions';
import { findBinding } from '../syntax/scope';
import { someInOwnCode } from '../syntax/own-code';
import type { NodePath } from '../../core/traverse';
import type { OwnerScope } from './owner-scope';

export interface EffectLatch {
  /** The state the effect sets and returns on (`checked`). */
  state: string;
  /** Its setter (`setChecked`). */
  setter: string;
}

/** The latch of the React effect that owns `acquisition`, or `null`. */
export function findEffectLatch(owner: OwnerScope, acquisition: NodePath): EffectLatch | null {
  if (owner.kind !== 'react-effect' || !owner.lifecycle || owner.nested.length > 0) return null;
  const dependencies = owner.lifecycle.call.node.arguments[1];
  const list = dependencies ? unwrapExpression(dependencies as Node) : null;
  if (list?.type !== 'ArrayExpression') return null;
  const listed = new Set(list.elements.flatMap((element) => (element?.type === 'Identifier' ? [element.name] : [])));
  const fn = owner.scope.node;
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return null;
  if (fn.body.type !== 'BlockStatement') return null;
  const statement = findTopStatement(owner.scope, acquisition);
  if (!statement) return null;
  for (const early of fn.body.body) {
    if (early === statement) break;
    if (early.type !== 'IfStatement' || !endsInReturn(early.consequent)) continue;
    for (const state of truthyOperands(early.test)) {
      if (!listed.has(state)) continue;
      const setter = findStateSetter(owner.scope, state);
      if (setter && setsTruthy(fn.body, setter)) return { state, setter };
    }
  }
  return null;
}

/** The statement of the effect's body that holds `at`. */
function findTopStatement(scope: NodePath, at: NodePath): Node | null {
  let child: NodePath = at;
  for (let current = at.parentPath; current; child = current, current = current.parentPath) {
    if (current.parentPath?.node === scope.node && current.node.type === 'BlockStatement') return child.node;
  }
  return null;
}

function endsInReturn(node: Node): boolean {
  if (node.type === 'ReturnStatement') return true;
  return node.type === 'BlockStatement' && node.body.at(-1)?.type === 'ReturnStatement';
}

/** `checked`, `!element || checked`: the identifiers whose truthiness alone makes the test true. */
function truthyOperands(test: Node): string[] {
  const node = unwrapExpression(test);
  if (node.type === 'Identifier') return [node.name];
  if (node.type === 'LogicalExpression' && node.operator === '||') return [...truthyOperands(node.left), ...truthyOperands(node.right)];
  return [];
}

/** `setChecked` of `const [checked, setChecked] = useState(…)` (or `React.useState`). */
function findStateSetter(at: NodePath, state: string): string | null {
  const binding = findBinding(at, state);
  const declarator = binding?.declaration;
  if (declarator?.type !== 'VariableDeclarator' || declarator.id.type !== 'ArrayPattern' || !declarator.init) return null;
  const [value, setter] = declarator.id.elements;
  if (value?.type !== 'Identifier' || value.name !== state || setter?.type !== 'Identifier') return null;
  const init = unwrapExpression(declarator.init);
  if (init.type !== 'CallExpression') return null;
  const callee = unwrapExpression(init.callee as Node);
  const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : null;
  return name === 'useState' ? setter.name : null;
}

/** The body calls `setter(true)` (or another truthy literal) in its own code. */
function setsTruthy(body: Node, setter: string): boolean {
  return someInOwnCode(body, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== setter) return false;
    const [argument] = node.arguments;
    if (!argument) return false;
    const value = unwrapExpression(argument as Node);
    switch (value.type) {
      case 'BooleanLiteral':
        return value.value;
      case 'NumericLiteral':
        return value.value !== 0;
      case 'StringLiteral':
        return value.value !== '';
      case 'ObjectExpression':
      case 'ArrayExpression':
        return true;
      default:
        return false;
    }
  });
}
