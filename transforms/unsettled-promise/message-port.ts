/**
 * A wait for a `'message'` on a `MessagePort`:
 *
 *   const { port } = await portProviderFunc();   // typed `() => Promise<{ port: MessagePort }>`
 *   const reply = await new Promise((resolve) => {
 *     port.addEventListener('message', (event) => resolve(event.ports[0]), { once: true });
 *     port.postMessage(clientId);
 *   });
 *
 * A port has no `'error'` event ('messageerror' is a message that cannot be read): the reply comes
 * when the other end posts it, and whether it always does is in the other end's code, not here
 * (notesnook's shared-service provider port, which answers every request: false at `high`). A
 * report-only finding is `medium`, as for a worker scope's `'message'` (context-message.ts).
 *
 * The code must show the port is one — never a name alone (`x.port1`, `{ port }` of anything):
 * - a `port1` / `port2` of a `new MessageChannel()` (`channel.port1` with `const channel = new
 *   MessageChannel()`, `const { port1 } = new MessageChannel()`, `const p = channel.port2`);
 * - a port a message hands over: `event.ports[…]` (or `const [port] = event.ports`) where `event`
 *   is the parameter of a `'message'` handler;
 * - a name typed `MessagePort`, or destructured from what a call returns whose declared type
 *   gives that property as `MessagePort` (`getPort: () => Promise<{ port: MessagePort }>`).
 * Not the `port` of `new SharedWorker(…)` (its script can fail: that fires `'error'` on the
 * worker, and a `Worker` the code makes stays `high`).
 */
import type { Node, TSType } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import type { NodePath } from '../../src/core/traverse';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath, getEventRegistration } from './event-registration';

const CHANNEL_PORTS = new Set(['port1', 'port2']);

export function isMessagePortWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.eventName !== 'message') return false;
  return isMessagePortExpression(registration.target, findRegistrationPath(executor, registration));
}

/** `node`, read at `path`, is a port the code shows to be a `MessagePort` (see above). */
export function isMessagePortExpression(node: Node, path: NodePath, depth = 0): boolean {
  if (depth > 3) return false;
  const value = unwrapExpression(node);
  // Case: `channel.port1.onmessage = …`
  if (value.type === 'MemberExpression' && !value.computed) {
    const name = getPropertyName(value);
    return name !== null && CHANNEL_PORTS.has(name) && isMessageChannel(value.object, path, depth + 1);
  }
  // Case: `event.ports[0]` of a 'message' handler's event
  if (value.type === 'MemberExpression' && value.computed) return isHandedPorts(value.object, path);
  if (value.type !== 'Identifier') return false;
  const binding = findBinding(path, value.name);
  if (!binding) return false;
  // Case: `(port: MessagePort) => …`, `let port: MessagePort`
  const annotation = binding.identifier.typeAnnotation;
  if (annotation?.type === 'TSTypeAnnotation' && isMessagePortType(annotation.typeAnnotation)) return true;
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || !declaration.init) return false;
  const init = declaration.init;
  // Case: `const port = channel.port2`, `const port = event.ports[0]`
  if (declaration.id === binding.identifier) return binding.kind === 'const' && isMessagePortExpression(init, path, depth + 1);
  // Case: `const [port] = event.ports`
  if (declaration.id.type === 'ArrayPattern') return declaration.id.elements[0] === binding.identifier && isHandedPorts(init, path);
  if (declaration.id.type !== 'ObjectPattern') return false;
  const property = declaration.id.properties.find((candidate) => candidate.type === 'ObjectProperty' && candidate.value === binding.identifier);
  if (!property || property.type !== 'ObjectProperty' || property.computed || property.key.type !== 'Identifier') return false;
  const key = property.key.name;
  // Case: `const { port1: local } = new MessageChannel()`
  if (CHANNEL_PORTS.has(key) && isMessageChannel(init, path, depth + 1)) return true;
  // Case: `const { port } = await getPort()`, `getPort: () => Promise<{ port: MessagePort }>`
  return isTypedResultPort(init, key, path);
}

/** `new MessageChannel()`, or a `const` holding one. */
function isMessageChannel(node: Node, path: NodePath, depth: number): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'NewExpression') return value.callee.type === 'Identifier' && value.callee.name === 'MessageChannel' && findBinding(path, 'MessageChannel') === null;
  if (value.type !== 'Identifier' || depth > 3) return false;
  const binding = findBinding(path, value.name);
  return binding?.kind === 'const' && binding.declaration.type === 'VariableDeclarator' && binding.declaration.id === binding.identifier && binding.declaration.init != null && isMessageChannel(binding.declaration.init, path, depth + 1);
}

/** `event.ports`, where `event` is the first parameter of a function registered for `'message'`. */
function isHandedPorts(node: Node, path: NodePath): boolean {
  const value = unwrapExpression(node);
  if (value.type !== 'MemberExpression' || value.computed || getPropertyName(value) !== 'ports' || value.object.type !== 'Identifier') return false;
  const binding = findBinding(path, value.object.name);
  if (binding?.kind !== 'param') return false;
  const fn = binding.declaration as Node & { params?: Node[] };
  if (fn.params?.[0] !== binding.identifier) return false;
  const fnPath = path.findParent((candidate) => candidate.node === fn);
  const registration = fnPath?.parent ? getEventRegistration(fnPath.parent) : null;
  return registration !== null && registration.eventName === 'message' && unwrapExpression(registration.handler) === fn;
}

/** `await f()` (or `f()`) where `f`'s declared type returns (a promise of) an object whose `key` is typed `MessagePort`. */
function isTypedResultPort(node: Node, key: string, path: NodePath): boolean {
  let value = unwrapExpression(node);
  if (value.type === 'AwaitExpression') value = unwrapExpression(value.argument);
  if (value.type !== 'CallExpression' || value.callee.type !== 'Identifier') return false;
  const binding = findBinding(path, value.callee.name);
  if (!binding) return false;
  const declaration = binding.declaration as Node & { returnType?: Node | null };
  let returned: Node | null | undefined = null;
  const annotation = binding.identifier.typeAnnotation;
  if (annotation?.type === 'TSTypeAnnotation' && annotation.typeAnnotation.type === 'TSFunctionType') returned = annotation.typeAnnotation.typeAnnotation?.typeAnnotation;
  else if (binding.kind === 'function') returned = declaration.returnType?.type === 'TSTypeAnnotation' ? declaration.returnType.typeAnnotation : null;
  if (!returned) return false;
  // `Promise<{ … }>`
  if (returned.type === 'TSTypeReference' && returned.typeName.type === 'Identifier' && returned.typeName.name === 'Promise' && returned.typeParameters?.params.length === 1) returned = returned.typeParameters.params[0];
  if (returned?.type !== 'TSTypeLiteral') return false;
  return returned.members.some(
    (member) => member.type === 'TSPropertySignature' && !member.computed && member.key.type === 'Identifier' && member.key.name === key && member.typeAnnotation != null && isMessagePortType(member.typeAnnotation.typeAnnotation),
  );
}

function isMessagePortType(type: TSType): boolean {
  return type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'MessagePort';
}
