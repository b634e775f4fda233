/**
 * Whether what an owner acquires lives as long as the process by intent (docs/catalog.md, "Lifetime
 * by intent" and "Process lifetime by intent"): module top-level code; code directly in the
 * module initialisation inside immediately invoked functions (module-init-code.ts); code directly in the
 * program's entry function (`main();`, and the functions it calls once; for listeners any
 * function called once from module top level, `renderHeader();`; see entry-function.ts);
 * the constructor of a root-provided Angular service that has no teardown of its own (no
 * `ngOnDestroy`, no `destroyRef.onDestroy(…)` callback: app-lifetime-service.ts), and what it sets up once from
 * there (run-once callbacks, local functions, private methods: set-up-once.ts); the constructor of a class whose
 * one instance its module makes at module level (module-singleton.ts), or that its static accessor
 * makes on first use behind a private constructor (lazy-singleton.ts); the branch a command-line
 * flag opens (`if (args.includes('--watch')) setInterval(redraw, 900)`: the command's own work,
 * command-line-flag.ts). Such
 * acquisitions are not findings unless a rule's `reportProcessLifetime` option asks for them.
 * (`.unref()` is decided by each rule, on the handle.)
 */
import { isAppLifetimeService } from './app-lifetime-service';
import { findCommandLineFlag } from './command-line-flag';
import { isSetUpOnce } from './set-up-once';
import { isRunOnceEntryFunction } from '../syntax/entry-function';
import { isModuleInitCode } from './module-init-code';
import { getOnceGuardFlag } from './once-guard';
import { isLazySingletonConstructor, isModuleSingletonConstructor } from './module-singleton';
import type { NodePath } from '../../core/traverse';
import type { OwnerScope } from './owner-scope';

export type ProcessLifetimeReason = 'module' | 'module-init' | 'entry-function' | 'root-service' | 'once-guard' | 'module-singleton' | 'lazy-singleton' | 'command-line-flag';

/**
 * `at` is the acquisition; without it, only the owner decides. `anyEntryName`: a function of any
 * name called once from module top level counts as an entry function (listener-cleanup: the
 * `bindMenuEvents()` of a page script's `renderHeader();`); without it only the entry-point names
 * do (timer-cleanup keeps `poll();` a finding, LEAKS.md names `main()`/`bootstrap()`/`start()`).
 */
export function resolveProcessLifetime(owner: OwnerScope, at?: NodePath, { anyEntryName = false }: { anyEntryName?: boolean } = {}): ProcessLifetimeReason | null {
  if (owner.kind === 'module') return 'module';
  // Case: `if (!Tracer.installed) { emitter.on(…); Tracer.installed = true }`: once per process, whoever calls it
  if (at && getOnceGuardFlag(at, 0, null, anyEntryName) !== null) return 'once-guard';
  // Case: `(function () { window.addEventListener('unhandledrejection', report); })();` (a polyfill's one global listener)
  if (owner.kind === 'none' && at && isModuleInitCode(at)) return 'module-init';
  // Case: `function main() { setInterval(report, 60_000); } main();`, `function renderHeader() { bindMenuEvents(); } renderHeader();`
  // (with `anyEntryName` also `for (const file of files) watchFile(file);` at top level: once per item, at load)
  if (owner.kind === 'none' && isRunOnceEntryFunction(owner.scope, { anyName: anyEntryName, listLoops: anyEntryName, ...(at ? { at } : {}) })) return 'entry-function';
  // Case: `@Injectable({ providedIn: 'root' }) class Clock { constructor() { setInterval(...) } }`, also in
  // what the constructor sets up once: `config.ready$.toPromise().then(() => { … })`, a local function it calls,
  // `setTimeout(() => this.init())` (set-up-once.ts)
  const classOwner = owner.classOwner;
  if (classOwner && isAppLifetimeService(owner)) {
    const setUpOnce = owner.inAcquirePlace || (at !== undefined && classOwner.acquireMembers !== null && isSetUpOnce(at, classOwner.classPath, classOwner.acquireMembers));
    if (setUpOnce) return 'root-service';
  }
  // Case: `class CallsWidget { constructor() { ipcMain.on(…) } }` made once: `export default new CallsWidget()`
  // (also in a private method only the constructor runs: `constructor() { this.setupDetection() }`)
  // (with `anyEntryName`, also the one a factory makes that the module calls once: `export const cache = cacheFactory();`)
  if (isModuleSingletonConstructor(owner, at, { anyEntryName })) return 'module-singleton';
  // Case: `private constructor () { setInterval(…) }` of a class whose static `Instance` makes its one instance on first use
  if (isLazySingletonConstructor(owner, at)) return 'lazy-singleton';
  // Case: `if (opts.rawArgs.indexOf('--watch') > -1) { setInterval(show, 900); }`: pm2's `pm2 list --watch`,
  // which redraws until the user ends the CLI
  if (at && findCommandLineFlag(at) !== null) return 'command-line-flag';
  return null;
}

/** A few words for messages: why the acquisition lives as long as the process. */
export function describeProcessLifetime(reason: ProcessLifetimeReason, owner: OwnerScope): string {
  switch (reason) {
    case 'module':
      return 'module level';
    case 'module-init':
      return 'module initialisation';
    case 'entry-function': {
      const fn = owner.scope.node;
      const name = fn.type === 'FunctionDeclaration' && fn.id ? fn.id.name : ((owner.scope.parent as { id?: { name?: string } } | null)?.id?.name ?? 'the entry function');
      return `in ${name}(), which runs once, when the module loads`;
    }
    case 'root-service':
      return 'a root-provided Angular service';
    case 'once-guard':
      return 'behind a module-wide flag that lets it run once';
    case 'module-singleton':
      return 'set up by the constructor of the one instance its module makes while it loads';
    case 'lazy-singleton':
      return 'set up by the constructor of the one instance its class makes on first use and keeps';
    case 'command-line-flag':
      return 'started only when the command line asks for it with a flag: the command runs it until the user ends the process';
  }
}
