/**
 * A wait on a Node emitter the code makes right there, that nothing in the file listens to for
 * `'error'`:
 *
 *   const server = new WebSocketServer({ port: 9000 });      // or net.createServer(…)
 *   server.on('listening', () => resolve(server));
 *
 *   const reader = readline.createInterface({ input: fs.createReadStream(file) });
 *   reader.on('close', () => resolve(lines));
 *
 * "If the event never comes (the emitter fails with 'error', or closes first)" is not what
 * happens here: an `'error'` emitted with no listener throws from `emit` (Node's EventEmitter),
 * an uncaught exception that ends the process, and nothing but the code shown here could close
 * the emitter first. The wait stays pending only if something else keeps the process alive
 * after an uncaught exception (a `process.on('uncaughtException', …)` elsewhere — code-server's
 * proxy server, real at `high` for that reason), or if the event neither comes nor fails. Which
 * of the two a program does is not in this file: a report-only finding is `medium` (darkreader's
 * dev servers on a fixed port, false at `high`: a port in use ends the script).
 *
 * Only emitters whose event comes or fails by their own progress, with no peer to wait for:
 * - `'listening'` of a server made here (`new X(…)` of a class imported from a package — not a
 *   relative or aliased project import, whose constructor may listen for `'error'`, not a global,
 *   not of `child_process` / `cluster` / `worker_threads` —, or a factory of `net`, `tls`, `http`,
 *   `https`, `http2`, `dgram`) that the code binds: it calls `listen(…)` on it, or passes a
 *   `port` option (`new WebSocketServer({ port })`); binding a port succeeds or fails, there is
 *   no third way. A server nothing binds (`net.createServer()` alone, `{ noServer: true }`)
 *   never emits `'listening'`, error or not — a leak the code shows;
 * - `'open'`, `'ready'`, `'end'`, `'finish'` of a file stream made here (`fs.createReadStream` /
 *   `createWriteStream`; its `'close'` is `low`, fs-stream-close.ts);
 * - `'close'` of a `readline` interface made here over a file stream (`input: fs.createReadStream(…)`):
 *   readline re-emits its input's `'error'`, and closes at the file's end.
 * A write stream's `'finish'` only where the code calls its `end()`, a read stream's `'end'` only
 * where something reads it (a `'data'` / `'readable'` listener, `resume()`, `pipe(…)`): else the
 * event never comes, error or not — a leak the code shows.
 * The emitter must be a `const` declared in the promise's executor or the function around the
 * `new Promise` (not at a module's top level, where an export or another function may listen for
 * its `'error'`), whose every use is a member of it (`server.on(…)`,
 * `stream.write(…)`) other than `destroy()`, or the argument of the promise's `resolve`: handed to
 * any other call (a `pipe` into it — a failing source leaves it open —, `once(…)`, `finished(…)`,
 * a helper) or stored, other code may listen for its `'error'` or end it. Not in a file that
 * handles `'uncaughtException'` itself, nor in one that imports `electron`: Electron's main
 * process shows an uncaught exception in a dialog and keeps running, and the wait stays pending.
 */
import type { Node, Program } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachNode } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getEventRegistration, type EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';
import { isFileStreamCreation } from './fs-stream-close';
import { isFunctionNode } from '../../src/analysis/syntax/scope';

const SERVER_MODULES = new Set(['net', 'tls', 'http', 'https', 'http2', 'dgram']);
/** Modules whose emitters end by themselves, without an error (a child exits, a worker returns): not this shape. */
const SELF_ENDING_MODULES = new Set(['child_process', 'cluster', 'worker_threads']);
const FILE_STREAM_EVENTS = new Set(['open', 'ready', 'end', 'finish']);

export function isUnheardErrorWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api !== 'emitter' || registration.eventName === null) return false;
  const target = unwrapExpression(registration.target);
  if (target.type !== 'Identifier') return false;
  const at = findRegistrationPath(executor, registration);
  const binding = findBinding(at, target.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  // Case: `export const server = http.createServer(…)`: another file may listen for its 'error'; only a const of the executor or the function around it
  const holder = executor.promise.findParent((parent) => isFunctionNode(parent.node))?.node ?? executor.fn;
  if (declaration.start! < holder.start! || declaration.end! > holder.end!) return false;
  if (!isMadeForEvent(declaration.init, registration.eventName, at)) return false;
  const uses = findUses(at, binding, executor.resolve);
  if (!uses) return false;
  // Case: a write stream's 'finish' comes after the code's `end()`, a read stream's 'end' once something reads it: else it waits for ever, error or not
  if (registration.eventName === 'finish' && !uses.members.has('end')) return false;
  // Case: a server nothing binds (`net.createServer()` alone, `new WebSocketServer({ noServer: true })`): 'listening' never comes
  if (registration.eventName === 'listening' && !uses.members.has('listen') && !hasPortOption(declaration.init)) return false;
  if (registration.eventName === 'end' && !uses.events.has('data') && !uses.events.has('readable') && !uses.members.has('resume') && !uses.members.has('pipe')) return false;
  const program = at.node.type === 'Program' ? at : at.findParent((parent) => parent.node.type === 'Program');
  return program !== null && !keepsRunningAfterThrow(program.node as Program);
}

/** What the emitter is made by fits the event waited for (see the file comment). */
function isMadeForEvent(init: Node, eventName: string, at: NodePath): boolean {
  const value = unwrapExpression(init);
  if (eventName === 'listening') {
    if (value.type === 'NewExpression') return isForeignClass(value.callee as Node, at);
    return value.type === 'CallExpression' && factoryModule(value.callee as Node, at, null) !== null && SERVER_MODULES.has(factoryModule(value.callee as Node, at, null)!);
  }
  if (value.type !== 'CallExpression') return false;
  if (FILE_STREAM_EVENTS.has(eventName)) return isFileStreamCreation(value, at);
  if (eventName !== 'close' || factoryModule(value.callee as Node, at, 'createInterface') !== 'readline') return false;
  // Case: `readline.createInterface({ input: fs.createReadStream(file) })`
  const [options] = value.arguments;
  if (options?.type !== 'ObjectExpression') return false;
  return options.properties.some((property) => property.type === 'ObjectProperty' && !property.computed && property.key.type === 'Identifier' && property.key.name === 'input' && isFileStreamCreation(property.value as Node, at));
}

/** `new X({ port: … })`: the options bind a port. */
function hasPortOption(init: Node): boolean {
  const value = unwrapExpression(init);
  const options = value.type === 'NewExpression' || value.type === 'CallExpression' ? value.arguments[0] : undefined;
  return options?.type === 'ObjectExpression' && options.properties.some((property) => property.type === 'ObjectProperty' && !property.computed && ((property.key.type === 'Identifier' && property.key.name === 'port') || (property.key.type === 'StringLiteral' && property.key.value === 'port')));
}

/** A package's specifier (`ws`, `@scope/name`, `node:net`), not a relative path or a project alias (`@/`, `~/`, `#`). */
const PACKAGE_SPECIFIER = /^(?:node:|@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/|$)/i;

/**
 * The Node module a factory call's callee comes from: `createServer` imported from it, or
 * `net.createServer` on the module itself; `null` otherwise. `method`/`methods` narrow the name.
 */
function factoryModule(calleeNode: Node, at: NodePath, method: string | null, methods?: ReadonlySet<string>): string | null {
  const callee = unwrapExpression(calleeNode);
  const fits = (name: string) => (method === null || name === method) && (!methods || methods.has(name));
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(at, callee.name);
    return reference !== null && fits(reference.imported) ? reference.source : null;
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !fits(callee.property.name)) return null;
  const object = unwrapExpression(callee.object);
  if (object.type !== 'Identifier') return null;
  const reference = resolveModuleReference(at, object.name);
  return reference !== null && (reference.imported === '*' || reference.imported === 'default') ? reference.source : null;
}

/** `new X(…)` of a class imported from a package (not the project's, whose constructor could listen), nor one of a module whose emitters end by themselves. */
function isForeignClass(calleeNode: Node, at: NodePath): boolean {
  const callee = unwrapExpression(calleeNode);
  const root = callee.type === 'MemberExpression' ? unwrapExpression(callee.object) : callee;
  if (root.type !== 'Identifier') return false;
  const reference = resolveModuleReference(at, root.name);
  // A class of the project (`./my-server`, an alias), of this file, a global or a name of unknown origin: its constructor may add an 'error' listener
  return reference !== null && PACKAGE_SPECIFIER.test(reference.source) && !SELF_ENDING_MODULES.has(reference.source.replace(/^node:/, ''));
}

/**
 * Every use of the emitter is a member of it other than `destroy`, with no `'error'` listener
 * (`server.on('error', …)`, also further down a chain: `s.on('data', f).on('error', g)`), or the
 * argument of `resolve`: the members used and the events registered; `null` for any other use.
 */
function findUses(at: NodePath, binding: NonNullable<ReturnType<typeof findBinding>>, resolve: string): { members: Set<string>; events: Set<string> } | null {
  const members = new Set<string>();
  const events = new Set<string>();
  for (const reference of findBindingReferences(at, binding)) {
    const parent = reference.parent;
    if (!parent) return null;
    if (parent.type === 'CallExpression' && reference.key === 'arguments') {
      if (parent.callee.type === 'Identifier' && parent.callee.name === resolve && parent.arguments.length === 1) continue;
      return null;
    }
    if ((parent.type !== 'MemberExpression' && parent.type !== 'OptionalMemberExpression') || reference.key !== 'object') return null;
    const member = getPropertyName(parent);
    if (member === null || member === 'destroy') return null;
    members.add(member);
    const registered = findRegisteredEvents(reference);
    if (registered === null || registered.includes('error')) return null;
    for (const event of registered) events.add(event);
  }
  return { members, events };
}

/**
 * The events registered on `x` from this use: `x.on('data', f)`, also down a chain of
 * registrations (`x.on('data', f).on('error', g)`: registrations return the emitter); `null`
 * when one is not written as a string.
 */
function findRegisteredEvents(reference: NodePath): string[] | null {
  const events: string[] = [];
  let member = reference.parentPath;
  while (member && (member.node.type === 'MemberExpression' || member.node.type === 'OptionalMemberExpression')) {
    const call = member.parentPath;
    if (!call || (call.node.type !== 'CallExpression' && call.node.type !== 'OptionalCallExpression') || member.key !== 'callee') break;
    const registration = getEventRegistration(call.node);
    if (!registration) break;
    if (registration.eventName === null) return null;
    events.push(registration.eventName);
    member = call.parentPath;
  }
  return events;
}

/** The file keeps its process running after an uncaught exception: it handles `'uncaughtException'`, or it is Electron code. */
function keepsRunningAfterThrow(program: Program): boolean {
  let found = false;
  forEachNode(program, (node: Node) => {
    if (found) return false;
    if (node.type === 'ImportDeclaration' && (node.source.value === 'electron' || node.source.value.startsWith('electron/'))) found = true;
    else if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'StringLiteral' && (node.arguments[0].value === 'electron' || node.arguments[0].value.startsWith('electron/'))) found = true;
    else if (node.type === 'StringLiteral' && (node.value === 'uncaughtException' || node.value === 'uncaughtExceptionMonitor')) found = true;
    return found ? false : undefined;
  });
  return found;
}
