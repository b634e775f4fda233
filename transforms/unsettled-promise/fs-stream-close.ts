/**
 * A wait for the `'close'` of a file stream (`fs.createWriteStream` / `fs.createReadStream`):
 *
 *   output = createWriteStream(path);
 *   const done = new Promise((resolve) => output.on('close', resolve));
 *
 * File streams are made with `autoDestroy` and `emitClose`: after `'finish'` (or `'end'`) and
 * after an `'error'` alike the stream is destroyed and `'close'` comes — the wait ends on both
 * paths, unlike a wait for `'finish'` or `'end'`, which an error skips. It stays pending only
 * while the code neither ends nor destroys the stream, which is not a wait that fails (PeerTube's
 * user export, doubtful at `high`). A report-only finding is `low`, as for a `'close'` whose
 * `'error'` the code handles apart (error-handled-apart.ts).
 * The stream is the last value given to the name before the wait, in source order: a `const`'s
 * initialiser or the latest `x = …`, a call of `createWriteStream` / `createReadStream` from
 * `fs` (also `fs-extra`, `graceful-fs`), imported, required or called on the module.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';

const FS_MODULES = new Set(['fs', 'fs-extra', 'graceful-fs']);
const STREAM_FACTORIES = new Set(['createWriteStream', 'createReadStream']);

export function isFileStreamClose(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api !== 'emitter' || registration.eventName !== 'close') return false;
  const target = unwrapExpression(registration.target);
  if (target.type !== 'Identifier') return false;
  const at = findRegistrationPath(executor, registration);
  const binding = findBinding(at, target.name);
  const declaration = binding?.declaration;
  if (!binding || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return false;
  let last: Node | null = declaration.init ?? null;
  if (binding.kind !== 'const') {
    for (const reference of findBindingReferences(at, binding)) {
      if (reference.node.start! > registration.call.start!) break;
      const assignment = reference.parent;
      if (assignment?.type === 'AssignmentExpression' && assignment.left === reference.node && reference.key === 'left') last = assignment.operator === '=' ? assignment.right : null;
    }
  }
  return last !== null && isFileStreamCreation(last, at);
}

/** `fs.createReadStream(…)` / `createWriteStream(…)` of `fs`, `fs-extra` or `graceful-fs` (also used by unheard-error.ts). */
export function isFileStreamCreation(node: Node, at: NodePath): boolean {
  const value = unwrapExpression(node);
  if (value.type !== 'CallExpression') return false;
  const callee = unwrapExpression(value.callee as Node);
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(at, callee.name);
    return reference !== null && FS_MODULES.has(reference.source) && STREAM_FACTORIES.has(reference.imported);
  }
  if (callee.type !== 'MemberExpression' || callee.computed || !STREAM_FACTORIES.has(getPropertyName(callee) ?? '')) return false;
  const object = unwrapExpression(callee.object);
  if (object.type !== 'Identifier') return false;
  const reference = resolveModuleReference(at, object.name);
  return reference !== null && FS_MODULES.has(reference.source) && (reference.imported === '*' || reference.imported === 'default');
}
