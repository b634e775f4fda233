/**
 * A wait for the `'exit'` of a child process:
 *
 *   const child = spawn(process.execPath, args, { detached: true });
 *   return new Promise((resolve) => child.once('exit', () => resolve(null)));
 *
 *   function onExitOnce(child: ChildProcess): Promise<void> {
 *     return new Promise((resolve) => child.once('exit', () => resolve()));
 *   }
 *
 * A child process has no failure that leaves `'exit'` pending while it runs: it comes when the
 * process ends, by itself or by a signal, and how long that takes is the child's own code, which
 * this file does not show (a CLI that mirrors the app it starts until the app quits: hyper's
 * `--verbose`; a kill with SIGTERM a child may ignore: bullmq). A child that cannot start emits
 * `'error'` instead, which, with no listener, throws rather than leaving the wait pending. A
 * report-only finding is `medium`, as for Electron's IPC. The child is a name bound to a call of
 * `spawn` / `exec` / `execFile` / `fork` of `child_process`, or typed `ChildProcess` (alone or in
 * a union). Its `'close'`, with no signal in scope, is no finding at all (match.ts).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';

const CHILD_PROCESS_FACTORIES = new Set(['spawn', 'exec', 'execFile', 'fork']);

/** `spawn(…)` / `cp.fork(…)`: a call of a `child_process` factory, imported, required or called on the module. */
export function isChildProcessCreation(node: Node, at: NodePath): boolean {
  const value = unwrapExpression(node);
  if (value.type !== 'CallExpression') return false;
  const callee = unwrapExpression(value.callee as Node);
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(at, callee.name);
    return reference !== null && reference.source === 'child_process' && CHILD_PROCESS_FACTORIES.has(reference.imported);
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'Identifier' || callee.property.type !== 'Identifier' || !CHILD_PROCESS_FACTORIES.has(callee.property.name)) return false;
  const reference = resolveModuleReference(at, callee.object.name);
  return reference !== null && reference.source === 'child_process' && (reference.imported === '*' || reference.imported === 'default');
}

/** `child: ChildProcess`, `child: ChildProcess | Worker`. */
function isTypedChildProcess(binding: Binding): boolean {
  const annotation = binding.identifier.typeAnnotation;
  if (annotation?.type !== 'TSTypeAnnotation') return false;
  const type = annotation.typeAnnotation;
  const members = type.type === 'TSUnionType' ? type.types : [type];
  return members.some((member) => member.type === 'TSTypeReference' && member.typeName.type === 'Identifier' && member.typeName.name === 'ChildProcess');
}

export function isChildProcessExit(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api !== 'emitter' || registration.eventName !== 'exit') return false;
  const target = unwrapExpression(registration.target);
  if (target.type !== 'Identifier') return false;
  const at = findRegistrationPath(executor, registration);
  const binding = findBinding(at, target.name);
  if (!binding) return false;
  if (isTypedChildProcess(binding)) return true;
  const declaration = binding.declaration;
  return binding.kind === 'const' && declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier && !!declaration.init && isChildProcessCreation(declaration.init, at);
}
