/**
 * The contract between the engine and a rule. A rule reads the AST through visitors and
 * reports findings with text edits; it never touches the file system, the process or the CLI.
 */
import type { CallExpression, File, NewExpression, Node } from '@babel/types';
import type { Confidence, FixLevel, RulePrecision, TextEdit } from './finding';
import type { CodeStyle } from './code-style';
import type { Language } from './language';
import type { ScriptBlock } from './script-blocks';
import type { SourceText } from './source-text';
import type { NodePath, Visitors } from './traverse';

export type OptionType = 'number' | 'string' | 'boolean' | 'string[]' | 'object';

export interface OptionSpec<T = unknown> {
  type: OptionType;
  default: T;
  description: string;
  /** Checks a given value beyond its type: returns what is wrong with it, or `null`. */
  validate?(value: T): string | null;
}

export type OptionSpecs<O> = { [K in keyof O]-?: OptionSpec<O[K]> };

export interface RuleMeta<O = Record<string, unknown>> {
  /** Stable id from docs/catalog.md, e.g. `fetch-timeout`. */
  id: string;
  /** One line: what the rule finds. */
  description: string;
  /** The Go leak this rule mirrors. */
  goAnalogue: string;
  /** The best fix level the rule can produce. */
  fixLevel: FixLevel;
  /**
   * Raw-text prefilter: the rule runs only on files whose text matches. Keep it a cheap,
   * literal-heavy pattern; most files of a real repository never get parsed because of it.
   */
  prefilter: RegExp;
  /**
   * A second prefilter built from the rule's options (e.g. the names of configured project
   * wrappers); the rule runs on files that match either. Called once per options object.
   */
  optionPrefilter?(options: O): RegExp | null;
  options: OptionSpecs<O>;
  /**
   * The rule asks the type layer (`context.project.types`). The engine builds it only when a
   * selected rule says so and its prefilter matches a file, and loads TypeScript only when the
   * rule first asks; a run of rules without it never loads TypeScript.
   */
  needsTypes?: boolean;
  /** Relative path of the rule's documentation page. */
  docs: string;
  /**
   * How often a finding of this rule is a real leak, as measured (the rule page's "Precision"
   * section), in SARIF's terms: code scanning and other SARIF viewers filter and sort by it.
   * Default `high`.
   */
  precision?: RulePrecision;
  /**
   * What a report-only finding's confidence is worth where the labelled real code says it is less
   * than the rule says: `{ medium: 'low' }` when the rule's `medium` report-only findings were
   * leaks no more often than its `low` ones (the rule page's "Precision" section). Applied to every
   * report-only finding of the rule, in the file phase and the project phase
   * (`calibrateConfidence` in fix-level.ts); a fix is `high` whatever it says.
   */
  calibratedConfidence?: Partial<Record<Confidence, Confidence>>;
}


/**
 * Where a file's code runs, as its text tells: a Node process (it imports a Node built-in) or a
 * browser page (a component, DOM globals). See src/analysis/syntax/code-environment.ts.
 */
export type CodeEnvironment = 'node' | 'browser';

/** An error-tracker SDK the project depends on, and the code it watches: a Node process's, a page's, or both. */
export interface ErrorTracker {
  name: string;
  runs: CodeEnvironment | 'both';
}

/** What the runtime the fixed code runs on can do (see `target` in the rule docs). */
export interface RuntimeTarget {
  /** `AbortSignal.timeout(ms)` exists (Node 17.3, Chrome 103, Safari 16; not Hermes). */
  abortSignalTimeout: boolean;
  /** `AbortSignal.any([...])` exists (Node 20.3, Chrome 116, Safari 17.4). */
  abortSignalAny: boolean;
  /** Where the answer came from, for messages ("engines.node >=18", "default"). */
  source: string;
  /**
   * Set when only the project's TypeScript declarations took an API away (a lock file pinning
   * TypeScript 4.7, whose `lib.dom.d.ts` has no `AbortSignal.timeout`): what the runtime itself
   * has. A JavaScript file the checker does not check (no `checkJs`, no `// @ts-check`) is not
   * held to the declarations: the engine gives it this target (lint-source.ts).
   */
  uncheckedJavaScript?: { abortSignalTimeout: boolean; abortSignalAny: boolean; source: string };
  /**
   * Set when the browsers the package supports (its browserslist) took an API away: the target of
   * a file that imports a Node built-in, which no browser runs (a build script, a CI action, the
   * server half of a package) — `engines.node`, else the default — within the same declarations
   * and workspace consumers. The engine gives it to such files (file-settings.ts).
   */
  nodeCode?: { abortSignalTimeout: boolean; abortSignalAny: boolean; source: string; uncheckedJavaScript?: { abortSignalTimeout: boolean; abortSignalAny: boolean; source: string } };
  /**
   * Set for a React Native package (Hermes has neither API): the target of a `.web.` platform file
   * (`api.web.ts`), which Metro never bundles for the app — only a web build (react-native-web,
   * Expo web, webpack with `.web` extensions) does: the package's browserslist, else current
   * browsers, within the same declarations and workspace consumers (file-settings.ts).
   */
  webCode?: { abortSignalTimeout: boolean; abortSignalAny: boolean; source: string; uncheckedJavaScript?: { abortSignalTimeout: boolean; abortSignalAny: boolean; source: string } };
  /**
   * The project's `@types/node` is older than 16, whose `setTimeout(callback, ms)` requires `ms`:
   * next to the DOM lib, `setTimeout(fn)` then returns the DOM's `number` while
   * `ReturnType<typeof setTimeout>` names Node's `Timeout` (timer-cleanup writes the delay then).
   */
  timerDelayRequired?: boolean;
  /**
   * The project's `@angular/core` major version (installed, else the lowest its package.json
   * range admits; src/engine/package-version.ts); unset when unknown. `takeUntilDestroyed` and
   * `DestroyRef` need 16 or later.
   */
  angularMajor?: number;
  /**
   * The project's `vue` major (installed, else the lowest its package.json range admits), 2 or 3;
   * unset when unknown. The Options API releases in `beforeDestroy` (2) or `beforeUnmount` (3).
   */
  vueMajor?: 2 | 3;
  /**
   * The project's `axios` is older than 0.22 (installed, else locked, else the lowest its
   * package.json range admits), which ignores a request config's `signal`: a deadline is
   * written as axios's own `timeout`.
   */
  axiosWithoutSignal?: boolean;
  /**
   * The project's `node-fetch` is v2 and can be no other (installed, else locked, else a declared
   * range of v2 only: `^2.6.7`, `~2`, `2.x`; not `>=2` or `^2 || ^3`; src/engine/package-version.ts):
   * its own `timeout` init option is a deadline (v3 removed it). On a target without
   * `AbortSignal.timeout`, fetch-timeout suggests it.
   */
  nodeFetchV2?: boolean;
  /**
   * The error-tracker SDKs the project's package.json depends on (`@sentry/react`, `@bugsnag/js`,
   * `rollbar`, …; src/engine/target.ts), with where each runs: one reports unhandled rejections
   * of code of its own environment, so a fix that handles one with `console.error` would hide it
   * from the tracker (unconsumed-promise: a suggestion unless `onError` names the project's
   * reporter). Unset when there is none.
   */
  errorTrackers?: readonly ErrorTracker[];
}

/** Settings shared by every rule of a run. */
export interface Settings {
  target: RuntimeTarget;
  /**
   * The longest line generated code should make, from the project's formatter config or
   * `.editorconfig` (see src/engine/formatting.ts); unset: no limit (lines are never broken).
   */
  printWidth?: number;
  /**
   * How generated one-parameter arrows are written, from the project's formatter config
   * (prettier's `arrowParens`, Biome's `arrowParentheses`): `avoid` gives `error => …`; unset
   * or `always`: `(error) => …`.
   */
  arrowParens?: 'always' | 'avoid';
  /**
   * Trailing commas as the project's formatter config sets them (prettier `trailingComma`):
   * `es5` keeps them out of call arguments, `none` out of everything; unset: the file decides.
   */
  trailingCommas?: 'all' | 'es5' | 'none';
  /**
   * The project's lint forbids the `void` operator even as a statement (`eslint-config-standard`,
   * airbnb, xo, neostandard, or its own `no-void` rule; src/engine/lint-style.ts): fixes mark a
   * fire-and-forget with its `.catch(…)` alone, not `void …`. Says where (for messages).
   */
  noVoid?: string;
  /** The project's lint has `curly` on for every `if` (src/engine/lint-style.ts): generated `if` bodies get braces. */
  curly?: boolean;
  /** The project's lint forbids `console.error` (`no-console`; src/engine/lint-style.ts): says where. */
  noConsole?: string;
  /**
   * The project's lint turns typescript-eslint's `no-floating-promises` off
   * (src/engine/lint-style.ts): promises are dropped there by choice, so unconsumed-promise's
   * fixes are suggestions. Says where (for messages).
   */
  floatingPromisesOff?: string;
  /**
   * Project hooks that run like `useEffect` (config `settings.effectHooks`); every rule that
   * finds owner scopes reads them. Also accepted per rule (deprecated).
   */
  effectHooks?: readonly string[];
  /**
   * Also report what lives as long as the process by intent (module level, `.unref()`, `main()`),
   * as suggestions (config `settings.reportProcessLifetime`). Also accepted per rule (deprecated).
   */
  reportProcessLifetime?: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  target: { abortSignalTimeout: true, abortSignalAny: true, source: 'default (Node >= 20.3 and current browsers)' },
};

export interface FixProposal {
  edits: TextEdit[];
  /**
   * `true` when the rewrite provably keeps the code's meaning apart from the leak (an `auto`
   * fix); `false` when a person should review it (a `suggestion`).
   */
  safe: boolean;
  /** What the fix does, in a few words. */
  description: string;
}

export interface ReportDescriptor {
  /** The node the finding points at (its full range). */
  node?: Node;
  /** Or an explicit range of offsets into the text. */
  range?: { start: number; end: number };
  message: string;
  fix?: FixProposal | null;
  /**
   * For a finding without a fix: how sure the rule is that it is a real leak (default `high`).
   * Say `medium` or `low` when its truth depends on what the code does not show (the lifetime
   * of a target passed in, ...). A finding with a fix is always `high`.
   */
  confidence?: Confidence;
}

/** A `.vue` / `.svelte` file: where its `<script>` blocks are and what they are. */
export interface SingleFileComponent {
  kind: 'vue' | 'svelte';
  blocks: readonly ScriptBlock[];
  /**
   * The file's text outside its `<script>` blocks (the blocks blanked): the template or markup,
   * which reads the top-level bindings of the component's script (`{#await promise}`, `{{ x }}`).
   */
  markup?: string;
}

/**
 * What the TypeScript checker says about a value: `promise` (every member of its type is the
 * native `Promise`, so it has `.catch`), `thenable` (every member has a callable `then`, not
 * all of them native promises), `maybe` (a union where some members are thenables and others
 * are not, e.g. `Promise<void> | undefined`), `none` (no member is a thenable). `any` and
 * `unknown` (what an unresolved import gives) get no kind: the checker cannot tell.
 */
export type PromiseLikeKind = 'promise' | 'thenable' | 'maybe' | 'none';

/** A call of a function, somewhere in the program (for the rule's own file too). */
/** A published package for others to import, or an application (see src/engine/package-kind.ts). */
export type PackageKind = 'library' | 'application';

export interface CheckedCallSite {
  /** Absolute path of the file with the call. */
  file: string;
  /** Offsets of the whole call expression in that file's text as the checker read it. */
  start: number;
  end: number;
  /** 1-based line, 0-based column of `start`. */
  line: number;
  column: number;
  /**
   * Not a call: a value use of the function (passed on, stored, returned); the offsets are the
   * reference's. Imports, exports, its declaration and type positions are not listed.
   */
  value?: true;
  /**
   * A method's reference through another declaration of the same member: a base class's or an
   * interface's that it overrides or implements, or a subclass's override (the call may not reach
   * this method, and its declaration there takes no signal).
   */
  related?: true;
}

/**
 * Questions for the type checker (src/types/), asked of nodes of the current file. Every
 * answer may be `null`: unknown (no program could be built, the node is not found in it, the
 * checker could not tell). A rule then keeps its syntactic answer.
 */
export interface TypeQueries {
  /** What kind of promise the value of `expression` is (see `PromiseLikeKind`). */
  promiseLike(expression: Node): PromiseLikeKind | null;
  /** `promiseLike` answered as yes/no: `promise`, `thenable` and `maybe` are promise-like. */
  isPromiseLike(expression: Node): boolean | null;
  /**
   * Whether every member of the type of `expression` has a callable property `name` (a thenable
   * with a `catch`), with a signature that takes `argumentCount` arguments when given (a `then`
   * that takes a rejection callback: 2); `null` for `any`/`unknown`.
   */
  hasMethod(expression: Node, name: string, argumentCount?: number): boolean | null;
  /**
   * Every call of the function `fn` (a declaration, a method, or a function expression or
   * arrow assigned to a name) in every file of the program, including this one, and its value
   * uses (`value: true`).
   */
  callSites(fn: Node): CheckedCallSite[] | null;
  /** The checker's type of parameter `index` of the function `fn`, as TypeScript prints it. */
  parameterType(fn: Node, index: number): string | null;
}

/**
 * What the engine can tell a rule about other files of the project (rules never read files).
 * `isPromiseFunctionExport` is syntactic (the engine parses the imported module and reads its
 * declarations); `types` asks the type layer, and is `null` when the run has none (no rule
 * of the run needs types, `--no-types`, a `.vue`/`.svelte` file). In a later pass of the fix
 * loop (a text changed by a fix) it answers through the first pass's text, for code no fix
 * touched (src/engine/text-origin.ts).
 */
export interface ProjectQueries {
  /**
   * Whether the export `exportName` (or `default`) of the project module `specifier`, imported
   * by the current file, is a function that returns a promise (declared `async`, or written with
   * a `Promise<…>` return type); `null` when the module cannot be found or read, or the export
   * is not a function declaration the engine can see.
   */
  isPromiseFunctionExport(specifier: string, exportName: string): boolean | null;
  /** The type checker's answers for this file, or `null` (see above). */
  types: TypeQueries | null;
  /**
   * Whether the file belongs to a package published for others to import (`library`: the
   * nearest package.json is not private and names an entry point, or the file is below
   * `node_modules`) or to an `application`; `null` when no package.json is found or readable.
   * See src/engine/package-kind.ts.
   */
  getPackageKind(): PackageKind | null;
  /**
   * Where the file's package (below its nearest package.json) registers its own handler for
   * unhandled promise rejections that does more than log, for code of `environment` (the
   * file's, src/analysis/syntax/code-environment.ts): a `process.on('unhandledRejection', …)`
   * for Node code, a `window.addEventListener('unhandledrejection', …)` for browser code, the
   * first of either for code of no known environment (`null`). The file, relative to the
   * package folder, and the line; `null` when it has none or there is no package.json.
   * See src/engine/rejection-handler.ts.
   */
  getRejectionHandler(environment: CodeEnvironment | null): { file: string; line: number } | null;
  /**
   * The test files of this module, parsed: test files named for it (`x.test.ts`, `x.spec.tsx`,
   * `__tests__/x.ts`) beside it or in its `__tests__`/`test`/`tests` folder, and test files
   * there or in the `__tests__` beside its folder that import it by a relative specifier
   * (src/engine/module-tests.ts). Reads files: ask only when the answer can change a fix.
   * `null` when unknown (a lone text, a jscodeshift run).
   */
  getModuleTests(): readonly ModuleTest[] | null;
  /**
   * The methods of the class `exportName` (or `default`) of the project module `specifier`,
   * imported by the current file, that return an Angular `HttpClient` request from every
   * `return` (src/analysis/lifecycle/angular-http-request.ts): a subscription to one completes.
   * `null` when the module cannot be found or read, or the class is not declared there.
   * Relative specifiers, and those the nearest tsconfig's `paths` / `baseUrl` map to a project
   * file, like `isPromiseFunctionExport`.
   */
  getAngularHttpMethods(specifier: string, exportName: string): ReadonlySet<string> | null;
  /**
   * The keys every object returned by the function export `exportName` (or `default`) of the
   * project module `specifier`, imported by the current file, writes out
   * (src/analysis/syntax/returned-object-keys.ts): an options factory's `timeout`. `null` when
   * the module cannot be found or read, the export is not a function declared there, or a
   * return gives something other than an object literal. Specifiers as `isPromiseFunctionExport`.
   */
  getReturnedObjectKeys(specifier: string, exportName: string): ReadonlySet<string> | null;
  /**
   * Whether the class `exportName` (or `default`) of the project module `specifier`, imported by
   * the current file, or one of its base classes (a few deep, in its file or imported), declares
   * the instance method `method` with a body (`ngOnDestroy() {…}`, or a field holding a function).
   * `null` when a class of the chain cannot be read: the module is a package or cannot be found,
   * the class is not declared there (a re-export), a base is not a plain name, or the method is
   * only declared (`abstract ngOnDestroy(): void`). Specifiers as `isPromiseFunctionExport`.
   */
  getClassMethodDeclared(specifier: string, exportName: string, method: string): boolean | null;
  /**
   * What the function `exportName` of the project module `specifier` (or, with `member`, the
   * static method `member` of the class `exportName`) does with its parameter at `index`: the
   * members it reads on it (`arrayBuffer`, `body`, …; parameter-member-uses.ts), or `null` when it
   * also hands the parameter on, or the function cannot be read (a package, a re-export).
   */
  getParameterMemberUses(specifier: string, exportName: string, member: string | null, index: number): readonly string[] | null;
  /**
   * The member names the type `exportName` (an interface or a type alias, declared in the project
   * module `specifier` the current file imports) lists after following the property names of
   * `path` through type literals, interfaces and aliases of that module
   * (src/analysis/syntax/declared-type-members.ts): `RendererContext` + `['ipc']` -> `on`,
   * `removeAllListeners`. `null` when unknown: a package, a re-export, a type imported further,
   * an interface that extends another, an index signature. Specifiers as `isPromiseFunctionExport`.
   */
  getTypeMembers(specifier: string, exportName: string, path: readonly string[]): ReadonlySet<string> | null;
}

/** A test file of the current module (`ProjectQueries.getModuleTests`). */
export interface ModuleTest {
  /** Its path relative to the module's folder, `/`-separated (`x.test.ts`, `__tests__/x.test.ts`). */
  file: string;
  ast: File;
  source: SourceText;
}

/** For contexts without a project (a lone text, a jscodeshift run): every answer is unknown. */
export const NO_PROJECT: ProjectQueries = { isPromiseFunctionExport: () => null, types: null, getPackageKind: () => null, getRejectionHandler: () => null, getModuleTests: () => null, getAngularHttpMethods: () => null, getReturnedObjectKeys: () => null, getClassMethodDeclared: () => null, getParameterMemberUses: () => null, getTypeMembers: () => null };

export interface RuleContext<O = Record<string, unknown>> {
  readonly ruleId: string;
  /** Path as shown to the user (relative to the working directory). */
  readonly filename: string;
  readonly language: Language;
  /**
   * Set for `.vue` / `.svelte` files: the AST covers only their `<script>` blocks (the rest of
   * the file is blank in `source`). Top-level code of Vue `<script setup>` and of a Svelte
   * instance script runs once per component instance, not once per module.
   */
  readonly sfc: SingleFileComponent | null;
  readonly ast: File;
  readonly source: SourceText;
  /** The rule's options with defaults filled in. */
  readonly options: O;
  readonly settings: Settings;
  /** Questions about other files of the project, answered by the engine. */
  readonly project: ProjectQueries;
  /** Quotes, semicolons, indentation and line terminator of this file (computed on first use). */
  readonly style: CodeStyle;
  getText(node: Node): string;
  /**
   * The specifier this file imports a module by, when the configuration names it relative to
   * the working directory (`./src/lib/abort` → `../lib/abort`); packages and aliases as written.
   * Rules never resolve paths themselves.
   */
  importSpecifier(module: string): string;
  report(descriptor: ReportDescriptor): void;
  /**
   * For a rule with a project phase (`Rule.project`): keep plain, serializable data about this
   * file (offsets, names) for the plan. It reaches `project.plan` with the file's path.
   */
  collect(data: unknown): void;
}

/** One file of the project as the project phase sees it: parsed from its original text. */
export interface ProjectFile {
  /** Path relative to the working directory, `/`-separated (as in findings). */
  file: string;
  language: Language;
  ast: File;
  /** The program's path: walk down from it (`forEachDescendant`) for paths whose scopes resolve. */
  program: NodePath;
  source: SourceText;
  style: CodeStyle;
}

/** A call of a function, found by the project's call-site lookup. */
export interface CallSite {
  file: ProjectFile;
  call: NodePath<CallExpression | NewExpression>;
}

/**
 * Every place a function is used, as far as the engine can see: `calls` are the calls,
 * `complete` is false when the function is also used in ways that are not calls here (passed as
 * a value, called from files outside the run, exported beyond the files the engine can see).
 */
export interface CallSites {
  calls: CallSite[];
  /** References that are not calls (`setTimeout(poll, ms)`, `export { poll }` excluded): the rule decides what they mean. */
  values: { file: ProjectFile; reference: NodePath }[];
  /** `false` when some callers cannot be seen (see `incompleteBecause`); value uses do not count here. */
  complete: boolean;
  /** Why `complete` is false, in a few words for a message. */
  incompleteBecause?: string;
}

/** Where a finding of the project phase points, and its fix, possibly in several files. */
export interface ProjectReportDescriptor {
  file: string;
  node?: Node;
  range?: { start: number; end: number };
  message: string;
  fix?: {
    safe: boolean;
    description: string;
    /** Edits per file, each against that file's original text (the file of the finding included). */
    files: { file: string; edits: TextEdit[] }[];
  } | null;
  confidence?: Confidence;
}

/**
 * What a rule's plan may ask and do: read the files the run parsed (never others), ask for the
 * call sites of a function and whether it is the package's public API, and report findings
 * whose fix spans files. It may not read files itself or keep state between runs.
 */
export interface ProjectContext<O = Record<string, unknown>> {
  readonly ruleId: string;
  readonly options: O;
  /** The run's settings (its root project's runtime target). */
  readonly settings: Settings;
  /**
   * The settings `file` (a file of the run) is linted with: its own project's runtime target (the
   * nearest package.json), JavaScript the checker does not check included. Ask it for every
   * file a fix writes a runtime API into (`AbortSignal.timeout`, `AbortSignal.any`, …).
   */
  settingsOf(file: string): Settings;
  /** The data each file collected (`context.collect`), in path order. */
  readonly collected: readonly { file: string; data: readonly unknown[] }[];
  /** A file of the run, parsed from its original text (cached); `null` if it cannot be. */
  open(file: string): ProjectFile | null;
  /**
   * Runs `fn`; the files first opened inside it are released when it returns, so a plan that
   * works file by file holds one file's ASTs at a time. A later `open` of such a file parses it
   * again: its nodes are new objects, so keep no node, path or `ProjectFile` from inside `fn`
   * past it (findings, edits and strings are fine).
   */
  scoped<T>(fn: () => T): T;
  /** The file of the run a relative import specifier in `from` names (`./types` -> types.ts), or `null`. */
  resolveImport(from: ProjectFile, specifier: string): ProjectFile | null;
  /** The calls of the function at `fn` (a declaration, or a function a `const` holds). */
  callSites(file: ProjectFile, fn: NodePath): CallSites;
  /**
   * The files of the run that import `file` (display paths, sorted): by a relative specifier or
   * a tsconfig `paths` / `baseUrl` alias, in a static or dynamic `import`, an `export … from` or
   * a `require` (project-importers.ts). One scan of the run's texts, on the first question; no
   * type information.
   */
  importersOf(file: string): readonly string[];
  /**
   * The files of the run that may import `file` by a package name and a subpath its path ends
   * with (`@acme/client/src/api`), which `importersOf` and the call-site walks do not follow
   * (project-importers.ts `createSubpathImporterIndex`); display paths.
   */
  subpathImportersOf?(file: string): readonly string[];
  /**
   * The calls of the function at `fn` as `callSites` finds them without type information (never
   * builds a program): its file and the files that import it by a relative specifier or a
   * tsconfig `paths` / `baseUrl` alias, through re-exports (project-call-sites.ts `findCallSites`).
   */
  syntacticCallSites(file: ProjectFile, fn: NodePath): CallSites;
  /**
   * Whether `file`'s export `exportName` is the public API of its nearest package.json (its
   * `exports`, `main`, `module` or `bin`, or re-exported from them); `null` when unknown.
   */
  isPublicApi(file: ProjectFile, exportName: string): boolean | null;
  report(descriptor: ProjectReportDescriptor): void;
}

/**
 * A project phase: the rule collects per file (`context.collect`), and `plan` runs once for
 * the whole run (or once per text for a lone file), with fixes that may span files. The
 * engine applies such a fix all or nothing: every file it touches re-parses, or none is written.
 */
export interface ProjectPhase<O = Record<string, unknown>> {
  plan(context: ProjectContext<O>): void;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta<O>;
  create(context: RuleContext<O>): Visitors;
  project?: ProjectPhase<O>;
}

/** Erases a rule's option type so rules of different options live in one list. */
export type AnyRule = Rule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Defines a rule with its option types inferred from `meta.options`. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}
