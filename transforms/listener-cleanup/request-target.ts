/**
 * listener-cleanup: a listener on the request object the same code just made — `http.get(url,
 * …).on('error', …)`, `const req = got.stream(url, …); req.on('response', …)`. A client request
 * (or got's request stream or promise) is one transfer: it ends, fails or is destroyed, and its
 * listeners go with it. Whether the transfer itself can hang is fetch-timeout's finding, not a
 * listener that outlives anything: the listener never outlives the request. Idiomatic Node
 * (`https.get(url, onResponse).on('error', onError)`), and it was reported in any class with a
 * lifecycle (misskey's download service, a NestJS provider: a high report-only finding nothing
 * could fix, since the request is a local).
 *
 * Only requests that hand back an emitter (`http`/`https` `get`/`request`, `got`), made in place
 * or kept in a `const` of a function that does not store or hand it out (a request kept in a
 * field, a module variable or returned may be listened to by others for longer).
 */
import type { CallExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getEmitterChainObject, type ListenerCall } from './listener-call';
import { resolveHttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { resolveHandleUsage } from '../../src/analysis/resources/handle-usage';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findAncestorPath } from '../../src/core/node-helpers';

const EMITTING_CLIENTS = new Set(['http', 'got']);

function isRequestCall(path: NodePath): boolean {
  if (path.node.type !== 'CallExpression') return false;
  const request = resolveHttpRequestCall(path as NodePath<CallExpression>);
  return request !== null && EMITTING_CLIENTS.has(request.client);
}

/** `add` listens to a request made right here (in place, or through a local `const` that stays in its function). */
export function isMadeHereRequestListener(add: ListenerCall): boolean {
  if (add.family !== 'emitter-listener' || !add.target) return false;
  const object = getEmitterChainObject(add.target);
  if (isRequestCall(object)) return true;
  if (object.node.type !== 'Identifier') return false;
  const binding = findBinding(object, object.node.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || binding.scope.type === 'Program' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  const scope = findAncestorPath(object, binding.scope);
  const init = scope ? findDescendantPath(scope, unwrapExpression(declaration.init)) : null;
  if (!init || !isRequestCall(init)) return false;
  return !resolveHandleUsage({ kind: 'variable', binding }, object, { type: 'handle-method', names: [] }).escapes;
}
