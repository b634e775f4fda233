/**
 * A wait for a message on Electron's IPC (`ipcRenderer` in a renderer or preload, `ipcMain` in
 * the main process):
 *
 *   return new Promise((resolve) => {
 *     ipcRenderer.once('settings', (_event, settings) => resolve(settings));
 *     ipcRenderer.send('get-settings');
 *   });
 *
 * IPC has no `'error'` event: the message comes when the other process sends it, and whether it
 * always does — on its own failures, on a cancel, for every request — is in that process's code,
 * not in this file (ferdium's settings request, answered by a main-process handler that always
 * replies, and its notification-click channel, sent only when a person clicks, look the same
 * here). A report-only finding is `medium`, and its message names no `'error'` to reject on.
 * The target is `ipcRenderer` / `ipcMain` imported or required from `electron` or one of its
 * process modules (`electron/main`, `electron/renderer`, `electron/common`) under any local name,
 * a member of that name (`electron.ipcRenderer`, `this.electron.ipcRenderer`), or a top-level
 * `const` alias of one (`const ipc = ipcRenderer;`, `const ipc = electron.ipcRenderer;`).
 */
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { NodePath } from '../../src/core/traverse';
import { findBinding } from '../../src/analysis/syntax/scope';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';

const IPC_OBJECTS = new Set(['ipcRenderer', 'ipcMain']);
/** `electron` and its process modules: `require('electron/main')` gives the same objects. */
const ELECTRON_MODULES = new Set(['electron', 'electron/main', 'electron/renderer', 'electron/common']);

/** `name` is Electron's IPC object: imported or required from Electron, or a top-level `const` alias of it. */
function isIpcName(at: NodePath, name: string, aliased: boolean): boolean {
  const reference = resolveModuleReference(at, name);
  if (reference) return ELECTRON_MODULES.has(reference.source) && IPC_OBJECTS.has(reference.imported);
  if (aliased) return false;
  // Case: `const ipc = ipcRenderer;` / `const ipc = electron.ipcRenderer;` at the top of the file
  const binding = findBinding(at, name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || binding.scope.type !== 'Program' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  const init = unwrapExpression(declaration.init);
  if (init.type === 'MemberExpression' && !init.computed) return IPC_OBJECTS.has(getPropertyName(init) ?? '');
  return init.type === 'Identifier' && findBinding(at, init.name)?.scope.type === 'Program' && isIpcName(at, init.name, true);
}

export function isElectronIpcWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api === 'handler-property') return false;
  const target = unwrapExpression(registration.target);
  // Case: `electron.ipcRenderer.once(…)`, `this.electron.ipcRenderer.once(…)`
  if (target.type === 'MemberExpression' || target.type === 'OptionalMemberExpression') {
    const name = getPropertyName(target);
    return name !== null && !target.computed && IPC_OBJECTS.has(name);
  }
  // Case: `import { ipcRenderer } from 'electron'`, `const { ipcMain: ipc } = require('electron/main')`, `const ipc = ipcRenderer`
  if (target.type !== 'Identifier') return false;
  return isIpcName(findRegistrationPath(executor, registration), target.name, false);
}
