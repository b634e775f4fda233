/**
 * Where the signal in scope at a wait comes from, when the code made it itself: a wait tied to a
 * signal the same code aborts on its own schedule may be meant to outlast that abort.
 *
 *   const ac = new AbortController();
 *   setTimeout(() => ac.abort(), 10);                 // the code aborts the request itself…
 *   await agent.request({ signal: ac.signal }).catch(…);
 *   await new Promise((r) => setTimeout(r, 150));     // …then waits on purpose: not a finding
 *
 * - `outside`: not a local controller or deadline (a parameter, an option, a request's signal,
 *   `const signal = options.signal`).
 * - `released`: a local controller aborted only from a returned cleanup (a React effect's
 *   `return () => controller.abort()`) or from an event listener (`res.on('close', …)`,
 *   `process.once('SIGINT', …)`): someone else decides when the work ends.
 * - `self-aborted`: a local controller the code aborts in its own flow, a timer or a promise
 *   callback (tests that abort a request and then wait for its aftermath).
 * - `never-aborted`: a local controller nothing aborts (tying a wait to it changes nothing).
 * - `own-deadline`: a local `AbortSignal.timeout(…)` / `any(…)` (a deadline made for other work).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { SignalInScope } from '../../src/analysis/resources/signal-in-scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode, type Binding } from '../../src/analysis/syntax/scope';
import { LISTENER_REGISTER_METHODS } from '../../src/analysis/resources/catalog';

export type OwnSignal = 'outside' | 'released' | 'self-aborted' | 'never-aborted' | 'own-deadline';

export function classifyOwnSignal(signal: SignalInScope, at: NodePath): OwnSignal {
  const binding = findBinding(at, signal.binding.name);
  if (!binding || binding.declaration.type !== 'VariableDeclarator') return 'outside';
  const declarator = binding.declaration;
  const init = declarator.init ? unwrapExpression(declarator.init) : null;
  if (!init) return 'outside';
  let controller: Binding | null = null;
  // Case: `const { signal } = new AbortController()`: nothing can abort it.
  if (declarator.id.type === 'ObjectPattern' && isNewController(init)) return 'never-aborted';
  if (declarator.id.type === 'Identifier' && isNewController(init)) controller = binding;
  // Case: `const signal = AbortSignal.timeout(…)`
  else if (declarator.id.type === 'Identifier' && isSignalFactory(init)) return 'own-deadline';
  // Case: `const signal = ac.signal`, `const { signal } = ac`
  else {
    const object = declarator.id.type === 'ObjectPattern' ? init : init.type === 'MemberExpression' && getPropertyName(init) === 'signal' ? unwrapExpression(init.object) : null;
    if (object?.type === 'Identifier') {
      const candidate = findBinding(at, object.name);
      const value = candidate?.declaration.type === 'VariableDeclarator' && candidate.declaration.init ? unwrapExpression(candidate.declaration.init) : null;
      if (candidate && value && isNewController(value)) controller = candidate;
    }
  }
  if (!controller) return 'outside';
  const aborts = findBindingReferences(at, controller).filter((reference) => {
    const member = reference.parent;
    const call = reference.parentPath?.parent;
    return member?.type === 'MemberExpression' && member.object === reference.node && getPropertyName(member) === 'abort' && call?.type === 'CallExpression' && call.callee === member;
  });
  if (aborts.length === 0) return 'never-aborted';
  const declared = controller.identifier;
  return aborts.every((abort) => isReleasedElsewhere(abort, declared)) ? 'released' : 'self-aborted';
}

/** The abort call runs in a returned cleanup or in an event listener's callback (one nested in the code that made the controller). */
function isReleasedElsewhere(abort: NodePath, declared: Node): boolean {
  const fn = abort.findParent((path) => isFunctionNode(path.node));
  if (!fn || (fn.node.start! <= declared.start! && declared.end! <= fn.node.end!)) return false;
  const parent = fn.parent;
  if (parent?.type === 'ReturnStatement') return true;
  if (parent?.type === 'CallExpression' && fn.key === 'arguments') {
    const callee = unwrapExpression(parent.callee);
    return callee.type === 'MemberExpression' && LISTENER_REGISTER_METHODS.has(getPropertyName(callee) ?? '');
  }
  return false;
}

function isNewController(node: Node): boolean {
  return node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'AbortController';
}

function isSignalFactory(node: Node): boolean {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  return callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'AbortSignal';
}
