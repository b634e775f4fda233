/**
 * Whether a handle kept in a public field of a class is released by code outside the class:
 * `worker.instance.terminate()` in the pool that owns the `IdleWorker`s, `conn.socket.close()`
 * in a manager. Such a class only holds the handle; whoever releases it from outside owns it.
 * Only the same file is searched, and only a release of a field of the same name on another
 * object counts (`other.instance.terminate()`, not `this.instance.terminate()` of another class).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getClassMemberName } from '../../src/analysis/lifecycle/class-owner';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import type { ReleaseSpec } from '../../src/analysis/resources/catalog';
import { unwrapPath } from '../../src/core/node-helpers';

/** The field is private (`#x`, TypeScript `private x`): nothing outside the class can reach it. */
export function isPrivateField(classNode: Node, name: string): boolean {
  if (name.startsWith('#')) return true;
  const body = (classNode as { body: { body: Node[] } }).body.body;
  const field = body.find((member) => (member.type === 'ClassProperty' || member.type === 'ClassMethod') && getClassMemberName(member) === name);
  return (field as { accessibility?: string } | undefined)?.accessibility === 'private';
}

export function isReleasedOutsideClass(field: string, classPath: NodePath, program: NodePath, release: ReleaseSpec): boolean {
  if (release.type !== 'handle-method' && release.type !== 'handle-method-or-call') return false;
  if (isPrivateField(classPath.node, field)) return false;
  const names = new Set(release.names);
  let released = false;
  forEachDescendant(program, (path) => {
    if (released) return false;
    const node = path.node;
    if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return undefined;
    const callee = unwrapPath(path.child(node.callee as Node, 'callee'));
    if (callee.node.type !== 'MemberExpression' && callee.node.type !== 'OptionalMemberExpression') return undefined;
    if (!names.has(getPropertyName(callee.node) ?? '')) return undefined;
    // Case: `worker.instance.terminate()`: the field of another object, not `this.instance`.
    const object = unwrapPath(callee.child(callee.node.object, 'object')).node;
    if ((object.type === 'MemberExpression' || object.type === 'OptionalMemberExpression') && getPropertyName(object) === field && object.object.type !== 'ThisExpression') released = true;
    return undefined;
  });
  return released;
}
