/**
 * listener-cleanup: an `AbortController` kept in a variable or a field that nothing reads again —
 * no `controller.signal`, no `controller` handed anywhere, only written (`this.controller = new
 * AbortController()`). Nothing can have been given its signal, so no work is tied to it: never
 * aborting it ends nothing early and keeps nothing alive (Go's lostcancel is about a context some
 * work was given). trigger.dev's `StreamsWriterV1` declares `private controller = new
 * AbortController()` and never uses it.
 */
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import type { NodePath } from '../../src/core/traverse';
import { getMemberHandle } from '../../src/analysis/resources/acquisition-handle';
import type { KeptHandle } from '../../src/analysis/resources/handle-usage';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { isPrivateField } from './outside-release';

/** `handle` (a kept controller; `at` is its acquisition) is never read: every reference writes it. */
export function isControllerNeverRead(handle: KeptHandle, at: NodePath): boolean {
  if (handle.kind === 'variable') return findBindingReferences(at, handle.binding).every(isWrite);
  // Only `this.x` of a class: another root may be read through aliases this walk does not see.
  if (handle.member.root !== 'this' || handle.member.properties.length !== 1) return false;
  const classPath = resolveThisClass(at)?.classPath;
  if (!classPath) return false;
  const [name] = handle.member.properties;
  // Only a private field (`#controller`, TS `private`): a subclass or other code may read any other one.
  if (!isPrivateField(classPath.node, name!)) return false;
  let read = false;
  forEachDescendant(classPath, (path) => {
    if (read) return false;
    const node = path.node;
    // Case: `const { controller } = this`, `this[key]`: a read the member walk does not name
    const destructuresThis = (node.type === 'VariableDeclarator' && node.id.type === 'ObjectPattern' && node.init?.type === 'ThisExpression') || (node.type === 'AssignmentExpression' && node.left.type === 'ObjectPattern' && node.right.type === 'ThisExpression');
    if (destructuresThis || ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.computed && node.object.type === 'ThisExpression')) {
      read = true;
      return false;
    }
    if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return undefined;
    // Case: `other.controller.signal` in the class: another instance's field, read
    if (!node.computed && node.object.type !== 'ThisExpression' && getPropertyName(node) === name && !isWrite(path)) {
      read = true;
      return false;
    }
    const member = getMemberHandle(path, node);
    if (!member || member.root !== 'this' || member.properties.length !== 1 || member.properties[0] !== name) return undefined;
    if (resolveThisClass(path)?.classPath.node !== classPath.node) return undefined;
    if (!isWrite(path)) read = true;
    return undefined;
  });
  return !read;
}

/** The reference is the target of a plain assignment (`controller = new AbortController()`). */
function isWrite(reference: NodePath): boolean {
  const parent = reference.parentPath?.node;
  return parent?.type === 'AssignmentExpression' && parent.operator === '=' && parent.left === reference.node;
}
