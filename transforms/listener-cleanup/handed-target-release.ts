/**
 * listener-cleanup: a listener on a parameter, removed by the function the parameter is handed
 * to. `handleUpgrade(req, socket) { socket.on('error', onSocketError); … this.completeUpgrade(req,
 * socket); }` with `completeUpgrade(req, socket) { socket.removeListener('error', onSocketError);
 * … }` (ws's server: the error listener guards the socket until the upgrade takes it over): the
 * removal is written for this very listener, on the object the function hands on — the same
 * event, the same function (and capture flag), on the parameter at the position the call passes
 * it. Paths that never reach the callee (a rejected handshake) end the object instead, which
 * this check does not prove; the release is written, as for any other removal the owner can reach.
 *
 * Only calls this file shows and can follow: a function declared with a name (`f(socket)`) or
 * `this.m(socket)` of a method of the same class, passing the parameter itself (not a part of
 * it, not a spread). The removal must name the same event and the same function as the add.
 */
import { getAnnotationType, getTypeReferenceName } from '../../src/analysis/syntax/type-annotation';
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { ListenerCall } from './listener-call';
import { isSameListenerOnTarget } from './listener-release-match';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';
import { resolveFunctionReference } from '../../src/analysis/syntax/named-function';

type FunctionNode = Node & { params: Node[] };

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassMethod', 'ClassPrivateMethod', 'ObjectMethod']);

/** The parameter binding an identifier target is, with its function and index; `null` otherwise. */
function resolveParameter(target: NodePath | null): { binding: Binding; fn: FunctionNode; index: number } | null {
  if (!target) return null;
  const path = unwrapPath(target);
  if (path.node.type !== 'Identifier') return null;
  const binding = findBinding(path, path.node.name);
  if (!binding || binding.kind !== 'param' || !FUNCTION_TYPES.has(binding.declaration.type)) return null;
  const fn = binding.declaration as FunctionNode;
  const index = fn.params.findIndex((param) => (param.type === 'AssignmentPattern' ? param.left : param) === binding.identifier);
  return index < 0 ? null : { binding, fn, index };
}

/** `add` is on a parameter that its function hands, as itself, to a function whose same parameter the file removes it from. */
export function isRemovedWhereHanded(add: ListenerCall, removes: readonly ListenerCall[]): boolean {
  const parameter = resolveParameter(add.target);
  if (!parameter) return false;
  // The removals on a parameter, same event and function: where each is, and at which position.
  const candidates = removes.flatMap((remove) => {
    if (!isSameListenerOnTarget(add, remove) || remove.handler === null) return [];
    const removed = resolveParameter(remove.target);
    return removed && removed.fn !== parameter.fn ? [removed] : [];
  });
  if (candidates.length === 0) return false;
  const fnPath = findAncestorPath(add.call, parameter.fn);
  if (!fnPath) return false;
  let handed = false;
  forEachDescendant(fnPath, (path) => {
    if (handed) return false;
    const node = path.node;
    if (node.type !== 'CallExpression') return undefined;
    const callee = resolveFunctionReference(path, (path.node as Node & { callee: Node }).callee, 'methods');
    if (!callee) return undefined;
    for (const candidate of candidates) {
      if (candidate.fn !== callee) continue;
      const argument = node.arguments[candidate.index];
      // Case: `this.completeUpgrade(extensions, key, protocols, req, socket, head, cb)`: the parameter itself, at the removal's position.
      if (argument?.type !== 'Identifier' || node.arguments.slice(0, candidate.index).some((a) => a.type === 'SpreadElement')) continue;
      if (findBinding(path, argument.name) === parameter.binding) {
        handed = true;
        return false;
      }
    }
    return undefined;
  });
  return handed;
}

/** The declared type of a parameter as one name (`node: ZWaveNode` gives `ZWaveNode`); `null` when it has none or a compound one. */
function getParameterTypeName(fn: FunctionNode, index: number): string | null | undefined {
  const param = fn.params[index];
  const id = (param?.type === 'AssignmentPattern' ? param.left : param) as Node & { typeAnnotation?: Node | null };
  const annotation = id?.typeAnnotation;
  if (!annotation) return undefined;
  const type = getAnnotationType(annotation);
  return type?.type === 'TSTypeReference' && type.typeParameters ? null : getTypeReferenceName(type);
}

/** The name of a function's parameter when it is a plain identifier. */
function getParameterName(fn: FunctionNode, index: number): string | null {
  const param = fn.params[index];
  const id = param?.type === 'AssignmentPattern' ? param.left : param;
  return id?.type === 'Identifier' ? id.name : null;
}

/**
 * `add` is on a parameter of a class method whose twin method of the same class removes every
 * listener of the event (or of every event) from its own parameter of the same declared type,
 * and the class calls that twin: `addNodeEventHandlers(node: ZWaveNode) { node.on(…) }` beside
 * `removeNodeEventHandlers(node: ZWaveNode) { node.removeAllListeners(); }`, called when a node
 * is removed (zwave-js's Driver). The object is the one the pair is written for: both parameters
 * name the same type (or, untyped, have the same name). A twin that removes another event, one
 * on a parameter of another type, or one nothing in the class calls, releases nothing here.
 */
export function isRemovedByTwinMethod(add: ListenerCall, removes: readonly ListenerCall[]): boolean {
  const parameter = resolveParameter(add.target);
  if (!parameter || (parameter.fn.type !== 'ClassMethod' && parameter.fn.type !== 'ClassPrivateMethod')) return false;
  const fnPath = findAncestorPath(add.call, parameter.fn);
  const classBody = fnPath?.parentPath;
  if (!fnPath || !classBody || classBody.node.type !== 'ClassBody') return false;
  const addType = getParameterTypeName(parameter.fn, parameter.index);
  const addName = getParameterName(parameter.fn, parameter.index);
  const twins: Node[] = removes.flatMap((remove) => {
    // Case: `node.removeAllListeners()`, `node.off('wake up')`: every listener of the event, whatever the handler.
    if (remove.handler !== null || !isSameListenerOnTarget(add, remove)) return [];
    const removed = resolveParameter(remove.target);
    if (!removed || removed.fn === parameter.fn || (removed.fn.type !== 'ClassMethod' && removed.fn.type !== 'ClassPrivateMethod')) return [];
    if (!(classBody.node as Node & { body: Node[] }).body.includes(removed.fn)) return [];
    const removedType = getParameterTypeName(removed.fn, removed.index);
    const sameType = addType === undefined && removedType === undefined ? addName !== null && addName === getParameterName(removed.fn, removed.index) : addType != null && addType === removedType;
    return sameType ? [removed.fn as Node] : [];
  });
  if (twins.length === 0) return false;
  // The twin must be called somewhere in the class (`this.removeNodeEventHandlers(node)`).
  let called = false;
  forEachDescendant(classBody, (path) => {
    if (called) return false;
    if (path.node.type !== 'CallExpression') return undefined;
    const callee = resolveFunctionReference(path, (path.node as Node & { callee: Node }).callee, 'methods');
    if (callee && twins.includes(callee)) {
      called = true;
      return false;
    }
    return undefined;
  });
  return called;
}
