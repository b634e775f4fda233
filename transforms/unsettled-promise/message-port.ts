/**
 * A wait for a `'message'` on a `MessagePort`:
 *
 *   const { port } = await portProviderFunc();
 *   const reply = await new Promise((resolve) => {
 *     port.addEventListener('message', (event) => resolve(event.ports[0]), { once: true });
 *     port.postMessage(clientId);
 *   });
 *
 * A port has no `'error'` event ('messageerror' is a message that cannot be read): the reply comes
 * when the other end posts it, and whether it always does is in the other end's code, not here
 * (notesnook's shared-service provider port, which answers every request: false at `high`). A
 * report-only finding is `medium`, as for a worker scope's `'message'` (context-message.ts). The
 * port is a `MessageChannel`'s (`channel.port1`, `channel.port2`), a name typed `MessagePort`, or a
 * name destructured from a `port`, `port1` or `port2` property of something other than
 * `new SharedWorker(…)` (whose script can fail: that fires `'error'` on the worker, and a
 * `Worker` the code makes stays `high`).
 */
import type { Node } from '@babel/types';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';

const PORT_PROPERTIES = new Set(['port', 'port1', 'port2']);

export function isMessagePortWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.eventName !== 'message') return false;
  const target = unwrapExpression(registration.target);
  // Case: `channel.port1.onmessage = …`
  if (target.type === 'MemberExpression' && !target.computed) {
    const name = getPropertyName(target);
    return name === 'port1' || name === 'port2';
  }
  if (target.type !== 'Identifier') return false;
  const binding = findBinding(findRegistrationPath(executor, registration), target.name);
  if (!binding) return false;
  // Case: `(port: MessagePort) => …`, `let port: MessagePort`
  const annotation = binding.identifier.typeAnnotation;
  if (annotation?.type === 'TSTypeAnnotation' && annotation.typeAnnotation.type === 'TSTypeReference' && annotation.typeAnnotation.typeName.type === 'Identifier' && annotation.typeAnnotation.typeName.name === 'MessagePort') return true;
  // Case: `const { port } = await getPort()`, `const { port1: local } = new MessageChannel()`
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id.type !== 'ObjectPattern') return false;
  const property = declaration.id.properties.find((candidate) => candidate.type === 'ObjectProperty' && candidate.value === binding.identifier);
  if (!property || property.type !== 'ObjectProperty' || property.computed || property.key.type !== 'Identifier' || !PORT_PROPERTIES.has(property.key.name)) return false;
  return !isSharedWorkerCreation(declaration.init ?? null);
}

function isSharedWorkerCreation(node: Node | null): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  return value.type === 'NewExpression' && value.callee.type === 'Identifier' && value.callee.name === 'SharedWorker';
}
