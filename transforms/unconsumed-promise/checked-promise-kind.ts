/**
 * The type checker's word on a dropped value, where the syntactic reading
 * (promise-expression.ts) does not know it or knows it only as a `.then` chain: a method of an
 * imported class, a function declared in another file or a package, a path alias. Without a
 * type layer (`--no-types`, `.vue`/`.svelte`, no program) the syntactic answer stands.
 *
 * Only calls and `new` expressions (or the start of a `.then`/`.finally` chain) are asked
 * about: a dropped identifier or member read is not work started by the statement.
 */
import type { Class, Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { ProjectQueries } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { findBinding } from '../../src/analysis/syntax/scope';
import { someInOwnCode } from '../../src/analysis/syntax/own-code';
import { isServiceWorkerReady, type PromiseKind } from './promise-expression';
import { isPromiseTypeAnnotation } from '../../src/analysis/resources/promise-function';

/** `maybe`: a union of a promise and a non-promise (`Promise<void> | undefined`): no fix. */
export type CheckedPromiseKind = PromiseKind | 'maybe';

const CALLS = new Set(['CallExpression', 'OptionalCallExpression', 'NewExpression']);

export function withCheckedPromiseKind(syntactic: PromiseKind | null, expression: Node, project: ProjectQueries): CheckedPromiseKind | null {
  if (syntactic === 'known' || !project.types) return syntactic;
  const whole = unwrapExpression(expression);
  const node = chainStart(whole);
  // Case: `ready.then(run)` where `ready` is a `Promise` variable: a chain's start may be any value
  if (!node || (node === whole && !CALLS.has(node.type))) return syntactic;
  switch (project.types.promiseLike(node)) {
    case 'promise':
      return 'known';
    case 'thenable':
      // Case: `when(input, test).then(() => { step() })` (a workflow composer's builder): its
      // `then` returns no thenable, so it is no promise's `then` — nothing settles, nothing rejects
      if (node !== whole && project.types.promiseLike(whole) === 'none') return null;
      return 'chain';
    case 'maybe':
      return syntactic ?? 'maybe';
    case 'none':
      // Case: `cy.get(…).then(…)`-like chains the checker knows are not thenables
      return syntactic === 'chain' ? null : syntactic;
    default:
      return syntactic;
  }
}

/**
 * The value a `.then(ok)` / `.finally(f)` chain starts from (the expression itself when it is no
 * such chain); `null` where `stop` says a call of the chain ends the question. Shared with
 * rejection-method.ts, which asks where the chain's handler goes.
 */
export function findChainStart(node: Node, stop?: (call: Node & { type: 'CallExpression' | 'OptionalCallExpression' }, method: string | null) => boolean): Node | null {
  let current = node;
  for (;;) {
    if (current.type !== 'CallExpression' && current.type !== 'OptionalCallExpression') return current;
    const callee = unwrapExpression(current.callee);
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return current;
    const method = getPropertyName(callee);
    if (stop?.(current, method)) return null;
    if (method !== 'then' && method !== 'finally') return current;
    current = unwrapExpression(callee.object);
  }
}

/**
 * What the checker is asked about: the call itself, or for a `.then(ok)` / `.finally(f)`
 * chain the value the chain starts from (the chain is as much a promise as its start). `null`
 * where the rejection is handled (`.catch(h)`, `.then(ok, err)` at the end): the checker's
 * `Promise` there is not a finding.
 */
function chainStart(node: Node): Node | null {
  return findChainStart(node, (call, method) => {
    if (method === 'catch' || (method === 'then' && call.arguments.length >= 2)) return true;
    // Case: `navigator.serviceWorker.ready.then(…)`: the checker's `Promise` start never rejects;
    // the syntactic answer (a quiet callback: none; else a `.then` chain) stands
    return (method === 'then' || method === 'finally') && isServiceWorkerReady(unwrapExpression((call.callee as { object: Node }).object));
  });
}

const WRAPPER_NAME = /debounce|throttle/i;

/**
 * Why the checker's `Promise` for a call may be wrong at run time, when the code shows it: the
 * callee is a function of this file that is not `async` and returns nothing on some path (`if
 * (!session?.cache) return;` … `return fetch(…)`: with `strictNullChecks` off the checker drops
 * the `undefined` — umami's recorder, whose `.catch` would then throw on every flush), or a
 * debounced or throttled wrapper (`const refresh = debounce(load)`: typed as its callback, it
 * returns `undefined` — insomnia's `misc.debounce`). `.catch` on `undefined` throws, so the call
 * is a maybe-promise. `null` when nothing says so.
 */
export function getUndefinedReturnReason(path: NodePath, expression: Node): string | null {
  const call = unwrapExpression(expression);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'Identifier') return null;
  const binding = findBinding(path, callee.name);
  // Case: a parameter (`function skip({ sendMessage }: Props) { sendMessage(…); }`): its binding's
  // declaration is the function that takes it, whose own returns say nothing of the callee's
  if (!binding || binding.kind === 'param') return null;
  const declaration = binding.declaration;
  let fn: Node | null = null;
  if (declaration.type === 'FunctionDeclaration') fn = declaration;
  else if (declaration.type === 'VariableDeclarator' && declaration.init && binding.kind === 'const') {
    const init = unwrapExpression(declaration.init);
    if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') fn = init;
    // Case: `const refresh = debounce(load, 300)`, `misc.throttle(…)`
    else if (init.type === 'CallExpression') {
      const wrapper = unwrapExpression(init.callee);
      const name = wrapper.type === 'Identifier' ? wrapper.name : wrapper.type === 'MemberExpression' ? getPropertyName(wrapper) : null;
      if (name && WRAPPER_NAME.test(name)) return `\`${callee.name}\` is a ${/throttle/i.test(name) ? 'throttled' : 'debounced'} wrapper, which may return nothing when called`;
    }
  }
  if (!fn || !('body' in fn) || (fn as { async?: boolean }).async || (fn as { generator?: boolean }).generator) return null;
  const body = (fn as { body: Node }).body;
  if (body.type !== 'BlockStatement') return null;
  const bareReturn = someInOwnCode(body, (node) => node.type === 'ReturnStatement' && (!node.argument || (node.argument.type === 'Identifier' && node.argument.name === 'undefined')));
  const last = body.body[body.body.length - 1];
  const fallsOff = !last || (last.type !== 'ReturnStatement' && last.type !== 'ThrowStatement');
  return bareReturn || fallsOff ? `\`${callee.name}\` returns nothing on some path` : null;
}

/**
 * Why `.catch` on the result may not type-check although the code shows an async function: the
 * callee is a `const` (or a class field called on `this`) written with a type annotation that
 * callers see instead of the async value (`const onUpdate: UpdateFunction = async (name, value)
 * => {…}` where `UpdateFunction` returns `void`): the call's static type is the annotation's, so
 * `onUpdate(…).catch(…)` would not compile. Only an annotation that is a function type returning
 * `Promise<…>` (or one the checker says returns a native promise) keeps the fix. `null` when
 * nothing says so.
 */
export function getDeclaredTypeReason(path: NodePath, expression: Node, project: ProjectQueries): string | null {
  const call = unwrapExpression(expression);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(call.callee);
  let name: string | null = null;
  let annotation: Node | null = null;
  if (callee.type === 'Identifier') {
    const binding = findBinding(path, callee.name);
    const declaration = binding?.declaration;
    if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return null;
    name = callee.name;
    annotation = (binding.identifier.typeAnnotation as Node | null | undefined) ?? null;
  } else if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && unwrapExpression(callee.object).type === 'ThisExpression') {
    const field = getPropertyName(callee);
    const classNode = field === null ? null : findEnclosingClass(path);
    const member = classNode?.body.body.find((m) => m.type === 'ClassProperty' && !m.static && !m.computed && m.key.type === 'Identifier' && m.key.name === field);
    if (!member || member.type !== 'ClassProperty') return null;
    name = `this.${field}`;
    annotation = (member.typeAnnotation as Node | null | undefined) ?? null;
  }
  if (!name || annotation?.type !== 'TSTypeAnnotation') return null;
  const type = annotation.typeAnnotation;
  // Case: `const save: (id: string) => Promise<void> = async (id) => {…}`: callers see the promise
  if (type.type === 'TSFunctionType' && isPromiseTypeAnnotation(type.typeAnnotation ?? null)) return null;
  // Case: `const save: SaveHandler = async …` where the checker reads `SaveHandler` as returning a promise
  if (project.types?.promiseLike(call) === 'promise') return null;
  return `\`${name}\` is declared with a type that does not say it returns a promise, though its value is an async function: \`.catch\` on its result may not type-check`;
}

function findEnclosingClass(path: NodePath): Class | null {
  for (let current: NodePath | null = path; current; current = current.parentPath) {
    if (current.node.type === 'ClassDeclaration' || current.node.type === 'ClassExpression') return current.node as Class;
  }
  return null;
}
