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
 * The target is `ipcRenderer` / `ipcMain` imported or required from `electron` (under any local
 * name), or a member of that name (`electron.ipcRenderer`, `this.electron.ipcRenderer`).
 */
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';

const IPC_OBJECTS = new Set(['ipcRenderer', 'ipcMain']);

export function isElectronIpcWait(registration: EventRegistration, executor: PromiseExecutor): boolean {
  if (registration.api === 'handler-property') return false;
  const target = unwrapExpression(registration.target);
  // Case: `electron.ipcRenderer.once(…)`, `this.electron.ipcRenderer.once(…)`
  if (target.type === 'MemberExpression' || target.type === 'OptionalMemberExpression') {
    const name = getPropertyName(target);
    return name !== null && !target.computed && IPC_OBJECTS.has(name);
  }
  // Case: `import { ipcRenderer } from 'electron'`, `const { ipcMain: ipc } = require('electron')`
  if (target.type !== 'Identifier') return false;
  const at = findRegistrationPath(executor, registration);
  const reference = resolveModuleReference(at, target.name);
  return reference !== null && reference.source === 'electron' && IPC_OBJECTS.has(reference.imported);
}
