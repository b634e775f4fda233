/**
 * Whether an expression is a promise, as far as the file (and the engine's reading of the
 * project modules it imports) shows without a type checker. Used by unconsumed-promise only.
 *
 * `known`: the value is certainly a native promise (an async function's result, a well-known
 * API, `new Promise`); `chain`: it is the result of `.then(ok)` / `.finally(f)` on something
 * that only the method name says is a promise (a thenable may lack `.catch`).
 */
import type { CallExpression, Class, Node, Statement } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveHttpRequestCall, type HttpClient } from '../../src/analysis/resources/http-request-call';
import { getModuleReference, type ModuleReference } from '../../src/analysis/syntax/module-reference';
import { isPromiseFunction, isPromisifyCall } from '../../src/analysis/resources/promise-function';
import { findBinding, isFunctionNode, isGlobalReference } from '../../src/analysis/syntax/scope';
import { isValueReferenceAt } from '../../src/analysis/resources/handle-usage';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import type { ProjectQueries } from '../../src/core/rule';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getHandledReturnCall, isQuietFlagAssignment, isQuietStateSetterCall, isSelfHandledCall, readHandlerOutcome } from './self-handled';
import { isSwrRevalidationCall } from './swr-revalidation';

export type PromiseKind = 'known' | 'chain';

const PROMISE_STATICS = new Set(['resolve', 'reject', 'all', 'allSettled', 'race', 'any', 'try']);

/** Exports of the promise modules that are not promise-returning functions. */
const NOT_PROMISE_EXPORTS: Record<string, ReadonlySet<string>> = {
  'fs/promises': new Set(['constants', 'watch', 'default']),
  'dns/promises': new Set(['Resolver', 'constants', 'getServers', 'setServers', 'setDefaultResultOrder', 'getDefaultResultOrder', 'default']),
  'readline/promises': new Set(['Interface', 'Readline', 'createInterface', 'default']),
};
/** Modules whose listed exports return promises. */
const PROMISE_EXPORTS: Record<string, ReadonlySet<string>> = {
  'timers/promises': new Set(['setTimeout', 'setImmediate']),
  'stream/promises': new Set(['pipeline', 'finished']),
};

function isPromiseModuleExport(source: string, name: string): boolean {
  const listed = PROMISE_EXPORTS[source];
  if (listed) return listed.has(name);
  const excluded = NOT_PROMISE_EXPORTS[source];
  return excluded !== undefined && !excluded.has(name);
}

/** `import { promises as fsp } from 'fs'`, `import * as fsp from 'fs/promises'`, `fs.promises`. */
function isPromiseNamespace(reference: ModuleReference | null, member: string | null): boolean {
  if (!reference) return false;
  if (reference.imported === '*' && member === null) return reference.source in NOT_PROMISE_EXPORTS || reference.source in PROMISE_EXPORTS;
  return reference.source === 'fs' && (reference.imported === 'promises' || ((reference.imported === '*' || reference.imported === 'default') && member === 'promises'));
}

/** The promise-ness of `expression`, evaluated at `path` (a path at or inside the expression's scope). */
export function getPromiseKind(path: NodePath, expression: Node, project: ProjectQueries): PromiseKind | null {
  const node = unwrapExpression(expression);
  // Case: `new Promise((resolve) => …)`
  if (node.type === 'NewExpression') {
    return node.callee.type === 'Identifier' && node.callee.name === 'Promise' && isGlobalReference(path, 'Promise') ? 'known' : null;
  }
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return null;
  const call = node as CallExpression;
  const callee = unwrapExpression(call.callee);
  // Case: `axios.get(url, { signal })`, `api.post(…)` on an axios instance, `got(url)`,
  // `request(url)` from undici: HTTP clients whose calls return promises
  if (isPromiseRequestCall(path, call)) return 'known';
  // Case: `(async () => { … })()`, `(async function load() { … })()`: an async IIFE
  if (callee.type === 'ArrowFunctionExpression' || callee.type === 'FunctionExpression') return isPromiseFunction(callee) ? 'known' : null;
  if (callee.type === 'Identifier') return isPromiseFunctionName(path, callee.name, project) ? 'known' : null;
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return null;
  const method = getPropertyName(callee);
  if (method === null) return null;
  const object = unwrapExpression(callee.object);
  // Case: `p.then(ok)`, `p.finally(done)`: the chain is as much a promise as its start
  if ((method === 'then' && call.arguments.length < 2) || method === 'finally') {
    // Case: `load().catch(report).finally(done)`: the rejection is handled before `finally`
    if (method === 'finally' && isHandledChain(path, object, true)) return null;
    // Case: `main().catch(console.error).then(() => process.exit(0))`: handled before a `then` whose callback cannot reject
    // Case: `save().catch(report).then(() => setLoading(false))`: the same, the callback only resets a busy flag
    if (method === 'then' && call.arguments.length === 1 && isHandledChain(path, object, true) && isQuietThenCallback(path, call.arguments[0]!)) return null;
    // Case: `navigator.serviceWorker.ready.then(() => console.log('ready'))`: a start that never
    // rejects, then a callback that cannot throw (create-react-app's serviceWorkerRegistration.ts)
    if (method === 'then' && call.arguments.length === 1 && isServiceWorkerReady(object) && isGlobalReference(path, 'navigator') && isQuietThenCallback(path, call.arguments[0]!)) return null;
    if (getPromiseKind(path, object, project) === 'known') return 'known';
    // Case: `cy.request(…).then(…)`: Cypress chains are commands, not promises
    // Case: `createQueryAndAddWidget(id).then(…)` in a file that drives `cy`: a helper that returns a Cypress chain (redash's e2e specs)
    // Case: `element(by.id('x')).getText().then(…)`, `init(protractor, config).then(…)` in a
    // Protractor spec on WebDriver's control flow: the flow runs the chain (browser-sync's e2e specs)
    return isCypressChain(path, object) || usesCypress(path) || usesProtractorControlFlow(path) ? null : 'chain';
  }
  // Case: `Promise.all([...])`, `Promise.resolve(x)`
  if (object.type === 'Identifier' && object.name === 'Promise') return PROMISE_STATICS.has(method) && isGlobalReference(path, 'Promise') ? 'known' : null;
  // Case: `this.save()` where `save` is an async method (or async arrow field) of this class
  if (object.type === 'ThisExpression') {
    const owner = resolveThisClass(path);
    return owner && isPromiseMethod(owner.classPath.node, method) ? 'known' : null;
  }
  // Case: `fsp.readFile()`, `fs.promises.readFile()`, `api.save()` (import * as api from './api')
  if (object.type === 'Identifier') {
    const binding = findBinding(path, object.name);
    const reference = binding ? getModuleReference(binding) : null;
    if (isPromiseNamespace(reference, null)) return isPromiseModuleExport(reference!.source === 'fs' ? 'fs/promises' : reference!.source, method) ? 'known' : null;
    if (reference?.imported === 'promises' && reference.source === 'fs') return isPromiseModuleExport('fs/promises', method) ? 'known' : null;
    if (reference && reference.imported === '*' && reference.via === 'import') return project.isPromiseFunctionExport(reference.source, method) ? 'known' : null;
    return null;
  }
  if ((object.type === 'MemberExpression' || object.type === 'OptionalMemberExpression') && object.object.type === 'Identifier') {
    const binding = findBinding(path, object.object.name);
    const reference = binding ? getModuleReference(binding) : null;
    if (isPromiseNamespace(reference, getPropertyName(object))) return isPromiseModuleExport('fs/promises', method) ? 'known' : null;
  }
  return null;
}

/** HTTP clients (src/analysis/resources/http-request-call.ts) whose calls return a native promise (got: a subclass). */
const PROMISE_CLIENTS = new Set<HttpClient>(['fetch', 'node-fetch', 'undici-fetch', 'axios', 'axios-instance', 'got', 'undici']);

/**
 * The error names a cancelled run of the promise rejects with, when the code can cancel it:
 * `['AbortError']` for an HTTP request (fetch, got, undici: a signal given to it, now or by
 * another rule's fix, aborts it) and for any call given an abort signal (a `signal` argument,
 * a `signal` property of an object argument, `x.signal`), anywhere in the expression
 * (`load().then(() => get(url, { signal }))`, an async IIFE that passes one); axios adds its
 * `CanceledError`. Looks through `.then` / `.finally` to the chain's start. `null` for a promise
 * nobody can cancel: an `AbortError` from it is an error like any other.
 */
export function getCancellationErrorNames(path: NodePath, expression: Node): string[] | null {
  let node = unwrapExpression(expression);
  for (;;) {
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') break;
    const callee = unwrapExpression(node.callee);
    const method = callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression' ? getPropertyName(callee) : null;
    if (method !== 'then' && method !== 'finally') break;
    node = unwrapExpression((callee as { object: Node }).object);
  }
  const request = node.type === 'CallExpression' ? resolveHttpRequestCall(path.child(node, 'expression')) : null;
  if (request && PROMISE_CLIENTS.has(request.client)) return request.client === 'axios' || request.client === 'axios-instance' ? ['AbortError', 'CanceledError'] : ['AbortError'];
  return passesAbortSignal(expression) ? ['AbortError'] : null;
}

const SIGNAL_NAME = /^signal$|Signal$/;

/** Some call in `root` is given an abort signal: `f(signal)`, `f(c.signal)`, `f(url, { signal })`. */
function passesAbortSignal(root: Node): boolean {
  const isSignal = (node: Node): boolean => {
    const value = unwrapExpression(node);
    if (value.type === 'Identifier') return SIGNAL_NAME.test(value.name);
    if (value.type === 'MemberExpression' || value.type === 'OptionalMemberExpression') return getPropertyName(value) === 'signal';
    return value.type === 'ObjectExpression' && value.properties.some((property) => property.type === 'ObjectProperty' && !property.computed && getKeyName(property.key) === 'signal');
  };
  let found = false;
  forEachNode(root, (node) => {
    if (found) return false;
    if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression' || node.type === 'NewExpression') && node.arguments.some(isSignal)) found = true;
    return found ? false : undefined;
  });
  return found;
}

function getKeyName(key: Node): string | null {
  return key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : null;
}

function isPromiseRequestCall(path: NodePath, call: CallExpression): boolean {
  const request = resolveHttpRequestCall(path.child(call, 'expression'));
  if (!request || !PROMISE_CLIENTS.has(request.client)) return false;
  // Case: `got.stream(…)` returns a stream (and `http.get(…)` a ClientRequest: not listed)
  if (request.client === 'got') return request.method !== 'stream';
  // Case: `request(url, opts, callback)` / `stream(url, opts, factory, callback)` from undici take
  // a callback and return nothing
  if (request.client === 'undici') return call.arguments.length <= (request.method === 'stream' ? 3 : 2);
  return true;
}

/** A name that calls a promise-returning function: same-file declaration, import, or `fetch`. */
function isPromiseFunctionName(path: NodePath, name: string, project: ProjectQueries): boolean {
  const binding = findBinding(path, name);
  // Case: the global `fetch` (not a project's own `fetch`)
  if (!binding || (binding.ambient && binding.scope.type === 'Program')) return name === 'fetch';
  const declaration = binding.declaration;
  // Case: `async function save() {}`, `function load(): Promise<T> {}`
  if (binding.kind === 'function') return isPromiseFunction(declaration);
  // Case: `const save = async () => {}`, `const run = promisify(exec)`
  if (binding.kind === 'const' && declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier) {
    return isPromiseFunction(declaration.init) || isPromisifyCall(declaration.init);
  }
  const reference = getModuleReference(binding);
  if (!reference) return false;
  // Case: `import { readFile } from 'node:fs/promises'`, `import { setTimeout as sleep } from 'timers/promises'`
  if (isPromiseModuleExport(reference.source, reference.imported)) return true;
  // Case: `import { notify } from './notifier'` where notifier.ts declares `export async function notify`
  return reference.via === 'import' && project.isPromiseFunctionExport(reference.source, reference.imported) === true;
}

function isPromiseMethod(classNode: Class, name: string): boolean {
  return classNode.body.body.some((member) => {
    if (member.type === 'ClassMethod' && member.kind === 'method' && !member.static && !member.computed) {
      return member.key.type === 'Identifier' && member.key.name === name && isPromiseFunction(member);
    }
    if (member.type === 'ClassProperty' && !member.static && !member.computed) {
      return member.key.type === 'Identifier' && member.key.name === name && isPromiseFunction(member.value);
    }
    // Case: `this.#save()` where `#save` is an async private method (or async arrow private field)
    if (member.type === 'ClassPrivateMethod' && member.kind === 'method' && !member.static) return `#${member.key.id.name}` === name && isPromiseFunction(member);
    if (member.type === 'ClassPrivateProperty' && !member.static) return `#${member.key.id.name}` === name && isPromiseFunction(member.value);
    if (member.type === 'TSDeclareMethod' && !member.static && !member.computed) {
      return member.key.type === 'Identifier' && member.key.name === name && isPromiseFunction(member);
    }
    return false;
  });
}

/** A function value that returns a promise: an inline async function, or a name for one. */
export function isPromiseFunctionValue(path: NodePath, node: Node, project: ProjectQueries): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return isPromiseFunctionName(path, value.name, project);
  return isPromiseFunction(value);
}

/**
 * The callback of a `.then(f)` after a handled chain that cannot make the chain reject: a
 * function written in place, not `async`, that only ends the process or logs — `() =>
 * process.exit(0)`, `() => { console.log('done'); process.exit(0); }` (the global `process` and
 * `console`; arguments are names, literals, or literals joined with `+`) — or resets a busy
 * flag: a React state setter given a literal or a name (`() => setLoading(false)`), a literal or
 * a name put in a `let` / `var` (`() => { updating = false; }`), as self-handled.ts counts them.
 * Any other code in it may throw, or return a promise that rejects.
 */
function isQuietThenCallback(path: NodePath, node: Node): boolean {
  if ((node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') || node.async || node.generator) return false;
  const isQuietCall = (expression: Node): boolean => {
    const value = unwrapExpression(expression);
    if (value.type !== 'CallExpression' || value.callee.type !== 'MemberExpression') return false;
    const target = unwrapExpression(value.callee.object);
    const method = getPropertyName(value.callee);
    if (target.type !== 'Identifier' || !value.arguments.every((argument) => argument.type === 'Identifier' || isLiteralText(argument))) return false;
    if (target.name === 'process') return method === 'exit' && isGlobalReference(path, 'process');
    return target.name === 'console' && isGlobalReference(path, 'console');
  };
  const callback = node;
  const isQuietStatement = (statement: Statement): boolean =>
    (statement.type === 'ExpressionStatement' && isQuietCall(statement.expression)) || isQuietStateSetterCall(statement, callback, path) || isQuietFlagAssignment(statement, path);
  const body = node.body;
  // An expression body is read as the one statement it would be (`() => setLoading(false)`)
  if (body.type !== 'BlockStatement') return isQuietStatement({ type: 'ExpressionStatement', expression: body } as Statement);
  return body.body.length > 0 && body.body.every(isQuietStatement);
}

/**
 * `navigator.serviceWorker.ready` (or `window.navigator.…`): the Service Workers spec's promise
 * that never rejects — it waits for an active worker for as long as that takes. A chain on it
 * rejects only when one of its callbacks throws.
 */
export function isServiceWorkerReady(node: Node): boolean {
  const ready = unwrapExpression(node);
  if (ready.type !== 'MemberExpression' || getPropertyName(ready) !== 'ready') return false;
  const container = unwrapExpression(ready.object);
  if (container.type !== 'MemberExpression' || getPropertyName(container) !== 'serviceWorker') return false;
  const navigator = unwrapExpression(container.object);
  if (navigator.type === 'Identifier') return navigator.name === 'navigator';
  if (navigator.type !== 'MemberExpression' || getPropertyName(navigator) !== 'navigator') return false;
  const global = unwrapExpression(navigator.object);
  return global.type === 'Identifier' && GLOBAL_OBJECTS.has(global.name);
}

const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['window', 'self', 'globalThis']);

/** A literal or literals joined with `+` (`'This app is cached. ' + 'See …'`): evaluating it cannot throw. */
function isLiteralText(node: Node): boolean {
  if (node.type === 'StringLiteral' || node.type === 'NumericLiteral') return true;
  if (node.type === 'TemplateLiteral') return node.expressions.length === 0;
  return node.type === 'BinaryExpression' && node.operator === '+' && isLiteralText(node.left) && isLiteralText(node.right);
}

/**
 * `p.catch(h)`, `p.then(ok, h)` (and a `.finally(f)` or a quiet `.then(f)` after one), or a call
 * of this file's function that cannot reject (self-handled.ts: an async function that catches
 * every error itself, a plain one whose every return ends in its own rejection handler): the
 * rejection has a handler. `continued`: the chain goes on after `node` (a `.then` / `.finally`
 * follows), where a handler that passes the rejection on (readHandlerOutcome: it throws, awaits,
 * returns `Promise.reject(…)`), or a `.then(ok, h)` whose `ok` throws, does not end it.
 */
export function isHandledChain(path: NodePath, node: Node, continued = false): boolean {
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return false;
  // Case: `refresh(id)` where `refresh` is this file's `() => load(id).catch(log)` or an async function that catches every error itself: it cannot reject
  if (getHandledReturnCall(path, call) === 'certain' || isSelfHandledCall(path, call)) return true;
  // Case: `mutate('/groups')` with SWR's `mutate` (swr-revalidation.ts): a revalidation keeps its failure as the hook's `error`
  if (isSwrRevalidationCall(path, call)) return true;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  const method = getPropertyName(callee);
  // Case: `.catch((e) => { report(e); throw e; }).then(…)`: a handler that passes the rejection on does not end it (self-handled.ts: readHandlerOutcome)
  if (method === 'catch') return call.arguments.length > 0 && !(continued && readHandlerOutcome(call.arguments[0], path) === 'passes');
  // Case: `.then(ok, report).then(…)` where `ok` throws: `report` does not see that throw, the next promise rejects
  if (method === 'then' && call.arguments.length >= 2) return !(continued && (readHandlerOutcome(call.arguments[1], path) === 'passes' || readHandlerOutcome(call.arguments[0], path) === 'passes'));
  // Case: `.catch(report).then(() => setLoading(false)).then(() => setModal(''))`: a quiet `then` keeps the chain handled
  // (not after `.catch((e) => { …; throw e; })`: the rejection goes on down the chain)
  // Case: `mutate('/groups').then()`: a `then` with no callback passes the settlement on unchanged
  if (method === 'then' && call.arguments.length === 0) return isHandledChain(path, callee.object, true);
  if (method === 'then') return call.arguments.length === 1 && isHandledChain(path, callee.object, true) && isQuietThenCallback(path, call.arguments[0]!);
  return method === 'finally' && isHandledChain(path, callee.object, true);
}

const cypressFiles = new WeakMap<Node, boolean>();

/**
 * The file drives Cypress: it reads the global `cy` (a spec or a support file). There an
 * unknown `x().then(…)` is a Cypress chain a helper returned, queued as a command: a failure in
 * it fails the test, as any command's does. A start known to be a promise stays a finding.
 */
function usesCypress(path: NodePath): boolean {
  const program = path.findParent((p) => p.node.type === 'Program');
  if (!program) return false;
  let answer = cypressFiles.get(program.node);
  if (answer === undefined) {
    answer = false;
    forEachNode(program.node, (node: Node) => {
      if (answer) return false;
      if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type === 'Identifier' && node.object.name === 'cy') answer = true;
      return answer ? false : undefined;
    });
    // `cy` declared in the file is not Cypress's global.
    if (answer && !isGlobalReference(program, 'cy')) answer = false;
    cypressFiles.set(program.node, answer);
  }
  return answer;
}

const protractorFiles = new WeakMap<Node, boolean>();

/** Programs of test files (`isTestFilePath`), noted by the rule: only there can a file be a Protractor spec. */
const testPrograms = new WeakSet<Node>();

/** Notes that `program` is a test file's (`isTestFilePath` of its path; the rule calls this per file). */
export function noteTestFileProgram(program: Node): void {
  testPrograms.add(program);
}

/**
 * The file is a Protractor spec on WebDriver's control flow: a test file (`isTestFilePath`) that
 * reads Protractor's global `protractor` (a reference: not an object key or a member's property
 * such as a Gruntfile's `initConfig({ protractor: {…} })` or `config.protractor`, and not a name
 * the file declares), or its globals `element` and `by` (`element(by.css('a'))`), and awaits nothing.
 * There every WebDriver call is a task the flow queues: a callback of an unknown
 * `x().then(…)` runs as a task too, its failure fails the spec, and the spec ends only once the
 * flow is idle. A file that awaits runs without the control flow (`SELENIUM_PROMISE_MANAGER:
 * false`, Protractor 6+): its chains stay findings, as does a start known to be a promise.
 */
function usesProtractorControlFlow(path: NodePath): boolean {
  const program = path.findParent((p) => p.node.type === 'Program');
  if (!program) return false;
  if (!testPrograms.has(program.node)) return false;
  let answer = protractorFiles.get(program.node);
  if (answer === undefined) {
    let protractor = false;
    let element = false;
    let by = false;
    let awaits = false;
    forEachNode(program.node, (node: Node, parent: Node | null, key: string | null) => {
      if (awaits) return false;
      if (node.type === 'AwaitExpression' || ((node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'ObjectMethod' || node.type === 'ClassMethod') && node.async)) awaits = true;
      else if (node.type === 'Identifier' && node.name === 'protractor' && isReadReference(parent, key)) protractor = true;
      else if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && node.callee.type === 'Identifier' && node.callee.name === 'element') element = true;
      else if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type === 'Identifier' && node.object.name === 'by') by = true;
      return awaits ? false : undefined;
    });
    answer = !awaits && ((protractor && isGlobalReference(program, 'protractor')) || (element && by && isGlobalReference(program, 'element') && isGlobalReference(program, 'by')));
    protractorFiles.set(program.node, answer);
  }
  return answer;
}

/**
 * An identifier at `key` of `parent` that reads a variable: a value reference
 * (handle-usage.ts `isValueReferenceAt`: not an object's or a class's key such as
 * `{ protractor: {…} }`, not a member's property such as `config.protractor`), and not a name
 * being declared (a variable's, a function's or a class's name, a parameter).
 */
function isReadReference(parent: Node | null, key: string | null): boolean {
  if (parent?.type === 'VariableDeclarator' && key === 'id') return false;
  if (parent && (isFunctionNode(parent) || parent.type === 'ClassDeclaration' || parent.type === 'ClassExpression') && (key === 'id' || key === 'params')) return false;
  return isValueReferenceAt(parent, key);
}

/** A chain that starts at Cypress's global `cy` (or `Cypress`): its `.then` is a command. */
function isCypressChain(path: NodePath, node: Node): boolean {
  let current = unwrapExpression(node);
  for (;;) {
    if (current.type === 'CallExpression' || current.type === 'OptionalCallExpression') current = unwrapExpression(current.callee);
    else if (current.type === 'MemberExpression' || current.type === 'OptionalMemberExpression') current = unwrapExpression(current.object);
    else break;
  }
  return current.type === 'Identifier' && (current.name === 'cy' || current.name === 'Cypress') && isGlobalReference(path, current.name);
}
