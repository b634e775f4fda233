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
 * With `anyEntryName` (listener-cleanup, as for entry functions: any name), the one `new` may
 * also be in a factory function that runs once — the file calls it once, from module level
 * (entry-function.ts `isRunOnceEntryFunction`), and the `new` is directly in its code, no loop or
 * callback between: `const cacheFactory = () => url ? new RedisCache(url) : new MemoryCache();
 * export const cache = cacheFactory();` (logto's Redis cache, whose constructor listens on the
 * client it makes). The factory may be exported too, like the class (tests make their own): its
 * one use in the file must still be that run-once call.
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
import { findBinding, isFunctionNode } from '../syntax/scope';
import { isRunOnceEntryFunction, isRunOnceUse } from '../syntax/entry-function';
import { getDefinedName } from '../syntax/function-name';
import { findBindingReferences } from '../syntax/binding-references';

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

/** `at` runs once, in the set-up of a module singleton (with `anyEntryName`, also one a run-once factory makes). */
export function isModuleSingletonConstructor(owner: OwnerScope, at?: NodePath, { anyEntryName = false }: { anyEntryName?: boolean } = {}): boolean {
  const classOwner = getConstructorSetUp(owner, at);
  if (!classOwner) return false;
  const creations = findInstanceCreations(classOwner.classPath);
  const [only] = creations;
  if (creations.length !== 1) return false;
  if (only!.atModuleLevel) return only!.path.findParent((parent) => isLoopType(parent.node.type)) === null;
  // Case: `const redisCacheFactory = () => new RedisCache(url); export const redisCache = redisCacheFactory();`
  return anyEntryName && isMadeByRunOnceFactory(only!.path);
}

/** `creation` is directly in the code of a function the file runs once from module level (no loop or callback between). */
function isMadeByRunOnceFactory(creation: NodePath): boolean {
  let fn: NodePath | null = creation.parentPath;
  while (fn && !isFunctionNode(fn.node)) {
    if (isLoopType(fn.node.type) || fn.node.type === 'ClassBody') return false;
    fn = fn.parentPath;
  }
  return fn !== null && (isRunOnceEntryFunction(fn, { anyName: true, at: creation }) || isExportedFactoryRunOnce(fn));
}

/**
 * `export const cacheFactory = () => …` / `export function cacheFactory() {…}` whose one use in
 * its file (an `export { … }` list aside) runs it once: `export const cache = cacheFactory();`.
 */
function isExportedFactoryRunOnce(fn: NodePath): boolean {
  const named = getDefinedName(fn);
  if (named?.kind !== 'binding') return false;
  const statement = fn.node.type === 'FunctionDeclaration' ? fn : named.at.parentPath;
  if (!statement || (statement.node.type === 'VariableDeclaration' && statement.node.kind !== 'const')) return false;
  if (statement.parent?.type !== 'ExportNamedDeclaration' || statement.parentPath?.parent?.type !== 'Program') return false;
  const binding = findBinding(named.at, named.name);
  if (!binding) return false;
  const uses = findBindingReferences(named.at, binding).filter((reference) => reference.parent?.type !== 'ExportSpecifier');
  return uses.length === 1 && isRunOnceUse(uses[0]!);
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
