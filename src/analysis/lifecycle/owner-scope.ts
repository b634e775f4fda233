/**
 * The owner scope of a node: the place that decides when what the node acquires may be
 * released (docs/catalog.md, "Owner scope"). Every cleanup rule asks this first, then writes the
 * release in the owner's release place (see owner-release.ts).
 *
 * Owners, in docs/catalog.md's order of preference: a React effect; Vue composition code (`setup()`,
 * `<script setup>`, `onMounted`, composables) and a Svelte instance script; Vue Options-API
 * components (`mounted()` and the other acquire hooks, see vue-options-owner.ts); Angular classes;
 * custom elements and Lit; Svelte / Solid mount and effect callbacks; React class components;
 * disposable classes; a function with an `AbortSignal` in scope. Code in a function with none
 * of these has no owner (`none`: the rule can only suggest); module top-level code lives as
 * long as the module (`module`: not a finding).
 */
import type { ProjectQueries, SingleFileComponent } from '../../core/rule';
import type { NodePath } from '../../core/traverse';
import { getClassMemberName, resolveClassOwner, type ClassOwner, type ClassOwnerKind } from './class-owner';
import { resolveComponentSetupScope, type ComponentSetupScope } from './component-setup-scope';
import { resolveLifecycleCallback, type LifecycleCallback, type LifecycleCallbackOptions } from './lifecycle-callback';
import { isFunctionNode } from '../syntax/scope';
import { findSignalInScope, type SignalInScope } from '../resources/signal-in-scope';
import { resolveVueOptionsOwner, type VueOptionsOwner } from './vue-options-owner';
import { getInstanceOnceFlag } from './once-guard';
import { isLoopType } from '../../core/node-helpers';

export type OwnerKind =
  | 'react-effect'
  | 'svelte-effect'
  | 'solid-effect'
  | 'component-setup'
  | 'vue-options'
  | ClassOwnerKind
  | 'cancellable-function'
  | 'none'
  | 'module';

export type { SignalInScope };

/** Finds the `AbortSignal` in scope at a place (`findSignalInScope` unless a caller says otherwise). */
export type FindSignalInScope = (path: NodePath) => SignalInScope | null;

export interface OwnerScopeOptions extends LifecycleCallbackOptions {
  /** Looks for an `AbortSignal` in scope (default: `findSignalInScope`). */
  findSignal?: FindSignalInScope;
  /** The file's single-file-component blocks (`context.sfc`). */
  sfc?: SingleFileComponent | null;
  /** The project's Vue major (`context.settings.target.vueMajor`), for components whose file does not show it. */
  vueMajor?: 2 | 3 | undefined;
  /** The rule's `context.project`: an Angular class's imported base is read for its `ngOnDestroy` (class-owner.ts). */
  project?: Pick<ProjectQueries, 'getClassMethodDeclared'>;
}

export interface ClassOwnerScope extends ClassOwner {
  /** The class member the acquisition is in (a method, or a field whose initialiser acquires). */
  member: NodePath;
  /** Its name (`componentDidMount`, `#start`, `[Symbol.dispose]`); field initialisers count as `constructor`. */
  memberName: string | null;
  /** `this` at the acquisition is the instance (only arrow functions lie in between). */
  thisIsInstance: boolean;
}

export interface OwnerScope {
  kind: OwnerKind;
  /**
   * The function the acquisition belongs to: the effect or mount callback, `setup()`, the class
   * member's function, or the innermost function (`none`, `cancellable-function`); the Program
   * for `<script setup>` and module code.
   */
  scope: NodePath;
  /**
   * Functions between the acquisition and `scope`, innermost first: callbacks that may run
   * later than the owner's own code, or many times.
   */
  nested: NodePath[];
  /** The effect or mount hook whose callback `scope` is. */
  lifecycle: LifecycleCallback | null;
  /** Component setup code where a teardown hook is registered (Vue, Svelte instance script). */
  setup: (ComponentSetupScope & { scope: NodePath }) | null;
  /**
   * For a mount hook's callback (Vue's `onMounted`, Svelte's and Solid's `onMount`), which runs
   * once per component: the component code that registered it — the component function,
   * `setup()`, a composable, the `<script setup>` or Svelte instance script's Program — whose
   * own cleanup (`onUnmounted`, `onDestroy`, `onCleanup`) ends the same component.
   */
  component: NodePath | null;
  classOwner: ClassOwnerScope | null;
  /** Options-API component (`kind: 'vue-options'`): its hooks, and whether `this` at the acquisition is the instance. */
  vueOptions: (VueOptionsOwner & { thisIsInstance: boolean }) | null;
  signal: SignalInScope | null;
  /**
   * The acquisition runs where the owner's release undoes it one-to-one: directly in the effect
   * or `setup()` body, in `componentDidMount`, `ngOnInit`, `connectedCallback`, any method of a
   * disposable class, a Vue `mounted()` whose release hook the file shows. Elsewhere (a nested
   * callback, another method, a loop, a Vue major the file does not show) the fix is a suggestion.
   */
  inAcquirePlace: boolean;
  /** A loop lies between the acquisition and `scope`: one run of the owner may acquire many times. */
  inLoop: boolean;
}


/** A loop body (not its head) between `path` and `scope` holds the acquisition. */
function isInLoop(path: NodePath, scope: NodePath): boolean {
  let previous = path;
  for (let current = path.parentPath; current && current.node !== scope.node; previous = current, current = current.parentPath) {
    if (isLoopType(current.node.type) && previous.key === 'body') return true;
  }
  return false;
}

const VUE_SETUP_FOR_HOOK: ComponentSetupScope = { framework: 'vue', teardownHook: 'onBeforeUnmount', hookModule: 'vue', kind: 'setup' };

function base(kind: OwnerKind, scope: NodePath, nested: NodePath[]): OwnerScope {
  return { kind, scope, nested, lifecycle: null, setup: null, component: null, classOwner: null, vueOptions: null, signal: null, inAcquirePlace: nested.length === 0, inLoop: false };
}

/** Marks acquisitions inside a loop of the owner's code: they are not one-to-one with the release. */
function withLoopCheck(owner: OwnerScope, path: NodePath): OwnerScope {
  owner.inLoop = isInLoop(path, owner.scope);
  if (owner.inLoop) owner.inAcquirePlace = false;
  return owner;
}

/** The nearest function or Program that encloses `path` (not `path` itself). */
function getEnclosingScope(path: NodePath): NodePath {
  for (let current = path.parentPath; current; current = current.parentPath) {
    if (isFunctionNode(current.node) || current.node.type === 'Program') return current;
  }
  return path;
}

const MOUNT_HOOKS: ReadonlySet<string> = new Set(['onMount', 'onMounted']);

/**
 * The component code that registered a mount hook (`onMounted(…)` in `setup()` or `<script
 * setup>`, `onMount(…)` in a Solid component function or a Svelte instance script); `null` for
 * effects, which may run many times (React's `useEffect`, Solid's `createEffect`, Svelte's
 * `$effect`), and for a hook called at the top level of anything else.
 */
function resolveMountHookComponent(lifecycle: LifecycleCallback, options: OwnerScopeOptions): NodePath | null {
  if (lifecycle.framework === 'react' || !MOUNT_HOOKS.has(lifecycle.hook)) return null;
  const scope = getEnclosingScope(lifecycle.call);
  if (isFunctionNode(scope.node)) return scope;
  return scope.node.type === 'Program' && resolveComponentSetupScope(scope, lifecycle.call.node.start ?? 0, options.sfc ?? null) ? scope : null;
}

/** Case: the class member a function (or field initialiser) belongs to, when `current` is one. */
function getClassMember(current: NodePath, from: NodePath): { member: NodePath; classPath: NodePath } | null {
  const node = current.node;
  // Case: `componentDidMount() {}`, `#tick() {}`, `constructor() {}`
  if ((node.type === 'ClassMethod' || node.type === 'ClassPrivateMethod') && !node.static && (node.kind === 'method' || node.kind === 'constructor')) {
    const classPath = current.parentPath?.parentPath;
    return classPath ? { member: current, classPath } : null;
  }
  // Case: `start = () => {}` (the arrow is the member's function), `timer = setInterval(...)` (a field initialiser)
  if ((node.type === 'ClassProperty' || node.type === 'ClassPrivateProperty') && !node.static && from.key === 'value') {
    const classPath = current.parentPath?.parentPath;
    return classPath ? { member: current, classPath } : null;
  }
  return null;
}

function resolveFrameworkOwner(path: NodePath, options: OwnerScopeOptions): OwnerScope | null {
  const nested: NodePath[] = [];
  let previous = path;
  for (let current = path.parentPath; current; previous = current, current = current.parentPath) {
    const node = current.node;
    const classMember = getClassMember(current, previous);
    if (classMember) {
      const isField = classMember.member.node.type === 'ClassProperty' || classMember.member.node.type === 'ClassPrivateProperty';
      const memberName = isField ? 'constructor' : getClassMemberName(classMember.member.node);
      const toggleOwner = resolveClassOwner(classMember.classPath as never, options.project);
      // Case: a toggle class's `close()`/`stop()` releases only what `open()`/`start()` acquired
      const classOwner =
        toggleOwner.outsideAcquireMembers && !(memberName !== null && toggleOwner.acquireMembers?.has(memberName)) ? toggleOwner.outsideAcquireMembers : toggleOwner;
      // The arrow held by a field is the member's own function, not a nested callback.
      const inner = isField && nested[nested.length - 1] === previous ? nested.slice(0, -1) : nested;
      const owner = base(classOwner.kind, isField && inner !== nested ? previous : current, inner);
      const thisIsInstance = inner.every((fn) => fn.node.type === 'ArrowFunctionExpression');
      owner.classOwner = { ...classOwner, member: classMember.member, memberName, thisIsInstance };
      const isAcquireMember = classOwner.acquireMembers === null || (memberName !== null && classOwner.acquireMembers.has(memberName));
      // Case: `dispose() { setTimeout(...) }`: acquired by the release method itself, after teardown began.
      const isReleaseMember = memberName === classOwner.releaseMethod;
      // A release method that is a guess (a Vue class component of an unknown major): for a person to review.
      owner.inAcquirePlace = inner.length === 0 && isAcquireMember && !isReleaseMember && !classOwner.releaseUncertain;
      // Case: `connectedCallback() { if (this.__initialized) return; this.__initialized = true; … }`:
      // a reconnected element would not acquire again what its disconnect released.
      if (owner.inAcquirePlace && classOwner.kind === 'custom-element' && getInstanceOnceFlag(path, classMember.member)) owner.inAcquirePlace = false;
      return owner;
    }
    if (isFunctionNode(node)) {
      const lifecycle = resolveLifecycleCallback(current, options);
      if (lifecycle) {
        const kind: OwnerKind =
          lifecycle.framework === 'react'
            ? 'react-effect'
            : lifecycle.framework === 'svelte'
              ? 'svelte-effect'
              : lifecycle.framework === 'solid'
                ? 'solid-effect'
                : 'component-setup';
        const owner = base(kind, current, nested);
        owner.lifecycle = lifecycle;
        owner.component = resolveMountHookComponent(lifecycle, options);
        if (lifecycle.framework === 'vue') {
          // `onMounted` is registered from setup code: the teardown hook goes next to it.
          const setupScope = getEnclosingScope(lifecycle.call);
          const setup = resolveComponentSetupScope(setupScope, lifecycle.call.node.start ?? 0, options.sfc ?? null) ?? VUE_SETUP_FOR_HOOK;
          owner.setup = { ...setup, scope: setupScope };
        }
        return owner;
      }
      const setup = resolveComponentSetupScope(current, path.node.start ?? 0, options.sfc ?? null);
      if (setup) {
        const owner = base('component-setup', current, nested);
        owner.setup = { ...setup, scope: current };
        owner.inAcquirePlace = nested.length === 0 && setup.kind === 'setup';
        return owner;
      }
      const vueOptions = resolveVueOptionsOwner(current, options.sfc ?? null, options.vueMajor ?? null);
      if (vueOptions) {
        const owner = base('vue-options', current, nested);
        const thisIsInstance = vueOptions.memberThisIsInstance && nested.every((fn) => fn.node.type === 'ArrowFunctionExpression');
        owner.vueOptions = { ...vueOptions, thisIsInstance };
        // A method the hook calls, or a hook of an unknown Vue major: the fix is for a person to review.
        owner.inAcquirePlace = nested.length === 0 && !vueOptions.viaMethod && vueOptions.release.certain;
        return owner;
      }
      nested.push(current);
      continue;
    }
    if (node.type === 'Program') {
      const setup = resolveComponentSetupScope(current, path.node.start ?? 0, options.sfc ?? null);
      if (!setup) return null;
      const owner = base('component-setup', current, nested);
      owner.setup = { ...setup, scope: current };
      return owner;
    }
  }
  return null;
}

/** The innermost function around `path`, or `null` at module level (static blocks count as module level). */
function getInnermostFunction(path: NodePath): NodePath | null {
  for (let current = path.parentPath; current; current = current.parentPath) {
    if (isFunctionNode(current.node)) return current;
    if (current.node.type === 'StaticBlock' || current.node.type === 'Program') return null;
    // Case: a static field initialiser runs once, when the class is defined.
    if ((current.node.type === 'ClassProperty' || current.node.type === 'ClassPrivateProperty') && current.node.static) return null;
  }
  return null;
}

export function resolveOwnerScope(path: NodePath, options: OwnerScopeOptions = {}): OwnerScope {
  return withLoopCheck(resolveOwner(path, options), path);
}

function resolveOwner(path: NodePath, options: OwnerScopeOptions): OwnerScope {
  const framework = resolveFrameworkOwner(path, options);
  if (framework && framework.nested.length === 0) return framework;
  // A signal in scope releases exactly what this run acquired, even in a nested callback.
  const signal = (options.findSignal ?? findSignalInScope)(path);
  const innermost = getInnermostFunction(path);
  if (signal && (innermost || framework)) {
    const owner = base('cancellable-function', innermost ?? framework!.scope, []);
    owner.signal = signal;
    return owner;
  }
  if (framework) return framework;
  if (!innermost) {
    let program = path;
    while (program.parentPath && program.node.type !== 'Program') program = program.parentPath;
    return base('module', program, []);
  }
  const owner = base('none', innermost, []);
  owner.inAcquirePlace = false;
  return owner;
}

/**
 * The acquisition runs per request or event in a NestJS singleton (class-owner.ts
 * `nestSingleton`): in a member other than the constructor and the start-up hooks, or in a
 * callback nested in one. The instance lives as long as the application and its teardown hook
 * runs only when the app closes, so whatever a fix keeps per call for that hook (an array of
 * handles or removals) grows until then.
 */
export function isNestSingletonPerCall(owner: OwnerScope): boolean {
  const classOwner = owner.classOwner;
  if (!classOwner?.nestSingleton) return false;
  if (owner.nested.length > 0) return true;
  // Case: `onMessage = () => { … }`: a handler field (its arrow is the owner scope), called any number of times
  const member = classOwner.member.node;
  if ((member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && member.value === owner.scope.node) return true;
  return classOwner.memberName === null || classOwner.acquireMembers === null || !classOwner.acquireMembers.has(classOwner.memberName);
}
