/**
 * listener-cleanup's project phase, for a listener whose owner is a class (a disposable class, a
 * React class component): the finding says the listener outlives its owner, and that is false
 * when the owner is made once for the life of the process — then it lives as long as the
 * process, which LEAKS.md treats like module-level code. The file of the class cannot tell; the
 * project can: every use of the class outside test files (its `new`s, its JSX elements, anything
 * else) in its file and in the files that import it (project-call-sites.ts, syntactically, through
 * re-exports and tsconfig aliases) is exactly one, and that one runs once:
 *
 *   // app-window.ts                               // main.ts
 *   export class AppWindow {                      function createWindow() {
 *     constructor() {                               const window = new AppWindow();
 *       ipcMain.on('will-quit', onQuit);          }
 *     }                                           app.on('ready', () => { createWindow(); });
 *     destroy() { this.window.destroy(); }
 *   }
 *
 * Runs once: a `new` at a module's top level, in an immediately invoked function there, in a
 * run-once callback (`app.on('ready')`, `DOMContentLoaded`, `whenReady().then`), or in a function
 * its file runs once that way (entry-function.ts `isRunOnceUse`); a JSX element of the class that
 * is what such code renders (`ReactDOM.render(<CrashApp />, container)`, `root.render(…)`,
 * `hydrateRoot(container, …)`, wrapped in other elements or not); or, a few files deep, a `new` in
 * the constructor of another class made once (a tray its app's menus make), or in a function only
 * other files run whose callers run it once (run-once-callers.ts).
 *
 * Asked only for a listener added where the one object runs it once (`isAddedOncePerInstance`):
 * directly in the constructor or a field initialiser, in a mount hook a framework calls once per
 * instance (`componentDidMount`, Vue's `created` / `beforeMount` / `mounted`, `ngOnInit`,
 * `ngAfterViewInit`, `ngAfterContentInit`, NestJS's init hooks — not `connectedCallback`, which
 * runs again when the element is attached again), or in a private method (`private m()`,
 * `#m()`) whose only uses are `this.m()` calls directly in those. A listener added in any other
 * method (`open()` that a click handler calls, `componentDidUpdate`, `show()` on a timer) or in a
 * callback inside those members piles up on the one object, and keeps `high`.
 *
 * Then the finding goes from `high` to `medium` with a note: the owner lives as long as the
 * process, and the code that adds the listener runs once on it. Never dropped.
 *
 * Not asked for a listener whose written removal removes nothing (another function, object or
 * event case: confidence.ts `hasWrittenRemoval`): the author meant to end it, made once or not.
 *
 * Not once: two uses (two windows, a test helper outside a test file), a use in a loop or a
 * handler, a class handed on as a value (`extends`, a registry), callers the lookup cannot all see
 * (an exported class no file of the run imports, a dynamic `import()`), a class in a `.vue` /
 * `.svelte` file, and an exported class the package's entry points export (a library: its users
 * make as many as they like).
 */
import type { Class, Node } from '@babel/types';
import type { ClassOwner } from '../../src/analysis/lifecycle/class-owner';
import { getClassMemberName } from '../../src/analysis/syntax/class-member-name';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { ProjectContext, ProjectFile } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { isRunOnceUse } from '../../src/analysis/syntax/entry-function';
import { findRunFromElsewhere } from '../../src/analysis/syntax/run-from-elsewhere';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import { isTestFilePath } from '../../src/analysis/syntax/test-file-path';
import { isLoopType, isValueWrapper } from '../../src/core/node-helpers';
import type { ListenerCleanupOptions } from './match';

type Context = ProjectContext<ListenerCleanupOptions>;

/** What the per-file phase keeps for the plan: a `high` report-only finding in a method of a top-level class. */
export interface CollectedMadeOnce {
  start: number;
  end: number;
  message: string;
  /** Start offset of the owner class. */
  ownerClass: number;
}

/** How many classes or functions deep the one use is followed. */
const MAX_DEPTH = 3;
/** Script blocks of single-file components: their top level runs per component instance. */
const COMPONENT_FILE = /\.(?:vue|svelte)$/;

/** Where the owner's one making is (`main.ts:730`), or `null` when it is not shown to be made once. */
export type MadeOnceAnswer = string | null;

/** How often a function's callers run it, as run-once-callers.ts asks it (passed in: no import cycle). */
export type AskCallers = (context: Context, file: ProjectFile, fn: NodePath, depth: number) => { kind: string };

export const madeOnceNote = (className: string, where: string): string =>
  `Medium confidence: its owner, \`${className}\`, is made once — the project's one use of it outside tests, at ${where}, runs once (module top level, a start-up callback) — so the owner lives as long as the page or process, and the listener with it by intent; it piles up only if the code that adds it runs again on that one object.`;

/** The top-level class (`class X {}`, `export class X {}`, `export default class X {}`) that starts at `start`, or `null`. */
export function findTopLevelClassAt(program: NodePath, start: number): NodePath<Class> | null {
  let found: NodePath<Class> | null = null;
  forEachDescendant(program, (path) => {
    if (found || path.node.start! > start || path.node.end! <= start) return false;
    if (path.node.start === start && path.node.type === 'ClassDeclaration' && isTopLevelClass(path)) found = path as NodePath<Class>;
    return path.node.type === 'Program' || path.node.type === 'ExportNamedDeclaration' || path.node.type === 'ExportDefaultDeclaration' ? undefined : false;
  });
  return found;
}

/** A named class declaration at a module's top level, exported or not. */
export function isTopLevelClass(classPath: NodePath): boolean {
  const node = classPath.node;
  if (node.type !== 'ClassDeclaration' || !node.id) return false;
  const parent = classPath.parentPath;
  if (parent?.node.type === 'Program') return true;
  return (parent?.node.type === 'ExportNamedDeclaration' || parent?.node.type === 'ExportDefaultDeclaration') && parent.parent?.type === 'Program';
}

/** Whether the class at `classPath` of `file` is made once for the process (see the module comment): where, or `null`. */
export function askMadeOnce(context: Context, file: ProjectFile, classPath: NodePath<Class>, askCallers: AskCallers, depth = 0): MadeOnceAnswer {
  if (COMPONENT_FILE.test(file.file) || !isTopLevelClass(classPath)) return null;
  const name = classPath.node.id!.name;
  const exportName = classPath.parent?.type === 'ExportDefaultDeclaration' ? 'default' : classPath.parent?.type === 'ExportNamedDeclaration' ? name : null;
  // Case: a class the package's entry points export: a library's, its users make as many as they like.
  if (exportName !== null && context.isPublicApi(file, exportName) === true) return null;
  const sites = context.syntacticCallSites(file, classPath);
  if (!sites.complete) return null;
  const uses = [
    ...sites.calls.map(({ file: at, call }) => ({ file: at, call: call as NodePath, value: false })),
    ...sites.values.map(({ file: at, reference }) => ({ file: at, call: reference, value: true })),
  ].filter((use) => !isTestFilePath(use.file.file));
  if (uses.length !== 1) return null;
  const use = uses[0]!;
  if (COMPONENT_FILE.test(use.file.file)) return null;
  // Case: `new AppWindow()`; `ReactDOM.render(<CrashApp />, container)`
  const made = use.value ? findRenderCall(use.call) : use.call.node.type === 'NewExpression' ? use.call : null;
  if (!made) return null;
  const where = `${use.file.file}:${use.file.source.positionAt(made.node.start!).line}`;
  const callee = made.child((made.node as { callee: Node }).callee, 'callee') as NodePath;
  if (isRunOnceUse(callee)) return where;
  if (depth + 1 >= MAX_DEPTH) return null;
  // Case: `constructor() { … this.tray = new Tray(…) }` in a class made once itself
  const outer = findConstructorClass(made);
  if (outer) return askMadeOnce(context, use.file, outer, askCallers, depth + 1) ? where : null;
  // Case: `export async function onAppReady() { menus = new Menus(…) }`, whose callers in other files run it once
  const caller = findRunFromElsewhere(made);
  return caller && askCallers(context, use.file, caller.fn, depth + 1).kind === 'once' ? where : null;
}

/**
 * The render call whose element is the JSX element named by `reference` (directly, or inside
 * other elements): `render(<App />, el)`, `ReactDOM.render(…)`, `root.render(…)`, `hydrate(…)`,
 * `hydrateRoot(el, <App />)`; else `null`.
 */
export function findRenderCall(reference: NodePath): NodePath | null {
  let current: NodePath | null = reference;
  while (current.parentPath && current.parent?.type === 'JSXMemberExpression') current = current.parentPath;
  if (current.parent?.type !== 'JSXOpeningElement' || current.key !== 'name') return null;
  current = current.parentPath!.parentPath;
  if (current?.node.type !== 'JSXElement') return null;
  // Case: `<Provider store={store}><App /></Provider>`
  while (current.parentPath && (current.parent?.type === 'JSXElement' || current.parent?.type === 'JSXFragment' || current.parent?.type === 'JSXExpressionContainer' || isValueWrapper(current.parent!))) {
    if (current.parent?.type === 'JSXExpressionContainer' && current.parentPath.parent?.type === 'JSXAttribute') return null;
    current = current.parentPath;
  }
  const call = current.parentPath;
  if (call?.node.type !== 'CallExpression' || current.key !== 'arguments') return null;
  const callee = call.node.callee;
  const method = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : null;
  if (method === 'render' || method === 'hydrate') return current.index === 0 ? call : null;
  if (method === 'hydrateRoot') return current.index === 1 ? call : null;
  return null;
}

/** The top-level class whose constructor (or field initialiser) `made` is directly in, no loop or other function between; else `null`. */
function findConstructorClass(made: NodePath): NodePath<Class> | null {
  for (let current = made.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (isLoopType(node.type)) return null;
    if (node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') {
      const classPath = current.parentPath?.parentPath;
      return classPath && isTopLevelClass(classPath) ? (classPath as NodePath<Class>) : null;
    }
    if (!isFunctionNode(node)) continue;
    if (node.type !== 'ClassMethod' || node.kind !== 'constructor') return null;
    const classPath = current.parentPath?.parentPath;
    return classPath && isTopLevelClass(classPath) ? (classPath as NodePath<Class>) : null;
  }
  return null;
}

/**
 * Hooks a framework calls once per instance, when they are the owner's acquire members
 * (class-owner.ts): React's `componentDidMount`, a Vue class component's `created` /
 * `beforeMount` / `mounted`, Angular's init hooks, NestJS's. Not a custom element's
 * `connectedCallback`: it runs again at every attach.
 */
const ONCE_PER_INSTANCE_HOOKS: ReadonlySet<string> = new Set(['componentDidMount', 'created', 'beforeMount', 'mounted', 'ngOnInit', 'ngAfterViewInit', 'ngAfterContentInit', 'onModuleInit', 'onApplicationBootstrap', 'afterInit']);

/**
 * Whether `at` (a listener's registration) runs once per instance of its owner class: directly
 * (no function between) in the constructor, a field initialiser, a once-per-instance hook, or a
 * private method whose only uses are `this.m()` calls directly in such members (see the module
 * comment). A made-once owner says nothing of a listener added anywhere else.
 */
export function isAddedOncePerInstance(at: NodePath, owner: ClassOwner): boolean {
  const member = findOwnMember(at, owner.classPath);
  return member !== null && runsOncePerInstance(member, owner, 0);
}

/** The member of `classPath` whose own code holds `at` (a non-static method, or a field's initialiser), no other function between; else `null`. */
function findOwnMember(at: NodePath, classPath: NodePath): NodePath | null {
  for (let current = at.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') return !node.static && current.parentPath?.parentPath?.node === classPath.node ? current : null;
    if (isFunctionNode(node)) return (node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') && !node.static && current.parentPath?.parentPath?.node === classPath.node ? current : null;
    if (node.type === 'StaticBlock' || node.type === 'ClassBody' || node.type === 'Program') return null;
  }
  return null;
}

function runsOncePerInstance(member: NodePath, owner: ClassOwner, depth: number): boolean {
  const node = member.node;
  // Case: `private sub = bus.on(…)`
  if (node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') return true;
  if (node.type !== 'ClassMethod' && node.type !== 'ClassPrivateMethod') return false;
  if (node.kind === 'constructor') return true;
  if (node.kind !== 'method') return false;
  const name = getClassMemberName(node);
  if (name === null) return false;
  // Case: `componentDidMount() { bus.on(…) }` in a React class component
  if (ONCE_PER_INSTANCE_HOOKS.has(name) && owner.acquireMembers?.has(name)) return true;
  // Case: `constructor() { this.#listen(); }`: a private method, only its file's `this.m()` calls run it
  const isPrivate = node.type === 'ClassPrivateMethod' || (node as { accessibility?: string }).accessibility === 'private';
  if (!isPrivate || depth + 1 >= MAX_DEPTH) return false;
  let program: NodePath = member;
  while (program.parentPath) program = program.parentPath;
  let calls = 0;
  let once = true;
  forEachDescendant(program, (path) => {
    if (!once) return false;
    const used = path.node;
    if (used.type === 'ObjectPattern' && used.properties.some((property) => property.type === 'ObjectProperty' && getPropertyKeyName(property.key) === name)) once = false;
    if ((used.type !== 'MemberExpression' && used.type !== 'OptionalMemberExpression') || getPropertyName(used) !== name) return undefined;
    const call = path.parentPath;
    const isThisCall = (call?.node.type === 'CallExpression' || call?.node.type === 'OptionalCallExpression') && path.key === 'callee' && unwrapExpression(used.object).type === 'ThisExpression';
    const caller = isThisCall ? findOwnMember(path, owner.classPath) : null;
    if (!caller || caller.node === node || !runsOncePerInstance(caller, owner, depth + 1)) once = false;
    else calls++;
    return undefined;
  });
  return once && calls > 0;
}

function getPropertyKeyName(key: Node): string | null {
  return key.type === 'Identifier' ? key.name : key.type === 'StringLiteral' ? key.value : null;
}
