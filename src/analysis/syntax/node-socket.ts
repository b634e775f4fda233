/**
 * Node's socket factories: the functions of `net`, `tls` and `dgram` whose every call makes a
 * new socket (`net.connect(…)`, `tls.connect(…)`, `dgram.createSocket(…)`), the same as `new
 * net.Socket()`. Read for the socket a function makes (listener-cleanup's made-here target) and
 * for the connect listener such a call runs once (run-once-callback.ts).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getPropertyName, unwrapExpression } from './expressions';
import { resolveModuleReference } from './module-reference';

const NODE_SOCKET_FACTORIES: Readonly<Record<string, ReadonlySet<string>>> = {
  dgram: new Set(['createSocket']),
  net: new Set(['connect', 'createConnection']),
  tls: new Set(['connect']),
};

/**
 * The module (`net`, `tls`, `dgram`) whose socket factory `value` calls: on the module
 * (`dgram.createSocket(…)` with `dgram` imported or required under any name) or imported by name
 * (`createSocket(…)` from `'node:dgram'`); `null` for anything else — a method of another object
 * (`this.pool.createSocket(…)` may hand back one shared socket) included.
 */
export function getNodeSocketFactoryModule(value: Node | null | undefined, at: NodePath): string | null {
  const node = value ? unwrapExpression(value) : null;
  if (node?.type !== 'CallExpression') return null;
  const callee = unwrapExpression(node.callee);
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(at, callee.name);
    return reference !== null && NODE_SOCKET_FACTORIES[reference.source]?.has(reference.imported) === true ? reference.source : null;
  }
  if (callee.type !== 'MemberExpression' || callee.computed) return null;
  const object = unwrapExpression(callee.object);
  const name = getPropertyName(callee);
  if (object.type !== 'Identifier' || name === null) return null;
  const reference = resolveModuleReference(at, object.name);
  return reference !== null && (reference.imported === '*' || reference.imported === 'default') && NODE_SOCKET_FACTORIES[reference.source]?.has(name) === true ? reference.source : null;
}
