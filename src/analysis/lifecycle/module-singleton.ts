/**
 * The constructor of a class whose one instance its file makes at module level — `const
 * callsWidgetWindow = new CallsWidgetWindow(); export default callsWidgetWindow;`, `export
 * default new Store()` — runs once, while the module initialises: what it acquires lives as long
 * as the process by intent, like module-level code (LEAKS.md, "Process lifetime by intent").
 * Only when the file makes no other instance (none in a function, a loop or a second `new`;
 * instance-creations.ts finds them); the class may be exported too (tests make their own).
 * Real-world: mattermost desktop's calls widget registers thirteen `ipcMain` handlers in the
 * constructor of its module singleton.
 *
 * So does the constructor of a lazy singleton (isLazySingletonConstructor): a `private`
 * constructor and one instance its static accessor makes on first use, or a class whose only
 * `new` in its file is stored behind a check of a static member or module-level variable
 * (lazy-singleton.ts).
 *
 * Also what the constructor sets up once (set-up-once.ts: a private method only the constructor
 * calls, directly or through run-once callbacks, a few calls deep — `constructor() {
 * this.setupDetection() }` whose method adds a `DOMContentLoaded` listener): it runs once per
 * instance, and there is one instance. Not a public method: other code may call it again.
 */
import type { OwnerScope } from './owner-scope';
import { findInstanceCreations } from './instance-creations';
import { isLoopType } from '../../core/node-helpers';
import { isSetUpOnce } from './set-up-once';
import { isLazySingletonClass } from './lazy-singleton';
import type { NodePath } from '../../core/traverse';

const CONSTRUCTOR: ReadonlySet<string> = new Set(['constructor']);

/**
 * The class owner when `at` (the acquisition; without it, only the constructor's own code counts)
 * is its constructor's set-up, in a class with no lifecycle of its own; else `null`.
 */
function getConstructorSetUp(owner: OwnerScope, at?: NodePath): NonNullable<OwnerScope['classOwner']> | null {
  const classOwner = owner.classOwner;
  if (!classOwner) return null;
  const inConstructor = classOwner.memberName === 'constructor' && owner.nested.length === 0;
  // Case: `constructor() { this.setupDetection(); }` and `private setupDetection() { window.addEventListener(…) }`
  if (!inConstructor && (at === undefined || !isSetUpOnce(at, classOwner.classPath, CONSTRUCTOR))) return null;
  return owner.kind === 'plain-class' || owner.kind === 'disposable-class' ? classOwner : null;
}

/** `at` runs once, in the set-up of a module singleton. */
export function isModuleSingletonConstructor(owner: OwnerScope, at?: NodePath): boolean {
  const classOwner = getConstructorSetUp(owner, at);
  if (!classOwner) return false;
  const creations = findInstanceCreations(classOwner.classPath);
  const [only] = creations;
  return creations.length === 1 && only!.atModuleLevel && only!.path.findParent((parent) => isLoopType(parent.node.type)) === null;
}

/**
 * `at` runs once, in the set-up of a lazy singleton (lazy-singleton.ts): `private constructor ()
 * { setInterval(…) }` with `static get Instance () { return this.instance || (this.instance = new this()) }`.
 */
export function isLazySingletonConstructor(owner: OwnerScope, at?: NodePath): boolean {
  const classOwner = getConstructorSetUp(owner, at);
  if (!classOwner) return false;
  if (isLazySingletonClass(classOwner.classPath)) return true;
  // Case: `static getInstance() { if (!Store.instance) Store.instance = new Store(); … }`, a public constructor, no other `new` in the file
  const creations = findInstanceCreations(classOwner.classPath);
  return creations.length === 1 && creations[0]!.lazySingleton;
}
