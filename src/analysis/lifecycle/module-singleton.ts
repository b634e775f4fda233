/**
 * The constructor of a class whose one instance its file makes at module level — `const
 * callsWidgetWindow = new CallsWidgetWindow(); export default callsWidgetWindow;`, `export
 * default new Store()` — runs once, while the module initialises: what it acquires lives as long
 * as the process by intent, like module-level code (LEAKS.md, "Process lifetime by intent").
 * Only when the file makes no other instance (none in a function, a loop or a second `new`;
 * instance-creations.ts finds them); the class may be exported too (tests make their own).
 * Real-world: mattermost desktop's calls widget registers thirteen `ipcMain` handlers in the
 * constructor of its module singleton.
 */
import type { OwnerScope } from './owner-scope';
import { findInstanceCreations } from './instance-creations';
import { isLoopType } from '../../core/node-helpers';


export function isModuleSingletonConstructor(owner: OwnerScope): boolean {
  const classOwner = owner.classOwner;
  if (!classOwner || classOwner.memberName !== 'constructor' || owner.nested.length > 0) return false;
  if (owner.kind !== 'plain-class' && owner.kind !== 'disposable-class') return false;
  const creations = findInstanceCreations(classOwner.classPath);
  const [only] = creations;
  return creations.length === 1 && only!.atModuleLevel && only!.path.findParent((parent) => isLoopType(parent.node.type)) === null;
}
