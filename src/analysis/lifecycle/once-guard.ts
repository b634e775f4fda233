/**
 * An acquisition behind a module-wide "done once" flag runs once per process, however often its
 * function is called: lifetime by intent, like module-level code.
 *
 *   static init = () => {
 *     if (!Tracer.installed) {
 *       Settings.callbackManager.on('llm-start', onStart);   // once: not a finding
 *       Tracer.installed = true;
 *     }
 *   };
 *
 *   function bind() {
 *     if (bound) return;                                       // (or `throw new Error(…)`)
 *     bound = true;
 *     window.addEventListener('resize', onResize);             // once: not a finding
 *   }
 *
 * Also once: a registration guarded by its own listener count (`if (bus.listeners('x').length
 * === 0) bus.on('x', …)`), and a module-level function (not exported) that is only called behind
 * such a guard.
 *
 * The flag must be module-wide: a variable declared at module level, a property of a module-level
 * class or object (`Tracer.installed`), of `window`/`globalThis`, or of a Vue 2 app's root
 * instance (`if (this.$root.socket) { …; return } … this.$root.socket = this.socket`:
 * audiobookshelf's layout connects its socket once per app), or of `this` in a method of the one
 * instance its file makes at module level, of a class the file does not export
 * (isModuleSingletonMethod). Both forms also take the object
 * the guard tests for, set to anything but a falsy literal (grist's lazy singletons
 * `if (!_obs) { …; window.addEventListener('resize', …); _obs = obs }`), and the early-return
 * form a block that ends in the `return`, also with the flag as one operand of an `||` the return
 * stops on (`if (!enabled || socket) return`). A flag on `this` is per
 * instance, so each instance still acquires once: that is not this case. Set to `true` in the
 * guarded block or by a plain statement right after it in the same block (`if (!window.__ncvue) {
 * … } window.__ncvue = true`), or anywhere in the function's own code for the early-return form. Removing such
 * a listener in an owner's cleanup would be wrong: the guard would never add it again.
 *
 * Real-world: an LLM evaluation tracer registered seven callbacks on a library's global callback
 * manager from its constructor, behind a static `cbInit` flag.
 *
 * Also a flag declared in a function that itself runs once (entry-function.ts: `const start = ()
 * => { const setupFlags = { badge: false }; const setUp = () => { if (!setupFlags.badge) { …;
 * setupFlags.badge = true } }; setUp(); setInterval(setUp, 1000) }; start();`): the guarded block
 * runs once per run of that function, and it runs once (RocketChat's injected page script polls
 * for the page's modules and sets each feature up once).
 */
import type { BlockStatement, Class, ClassDeclaration, Expression, Node, Statement } from '@babel/types';
import { unwrapExpression } from '../syntax/expressions';
import { findBinding, isFunctionNode, type Binding } from '../syntax/scope';
import { findDescendantPath, forEachDescendant } from '../syntax/descendants';
import { isRunOnceEntryFunction } from '../syntax/entry-function';
import { findBindingReferences } from '../syntax/binding-references';
import { isExportedBySpecifier } from '../syntax/export-names';
import { getTopLevelBindingName } from '../syntax/function-name';
import { someInOwnCode } from '../syntax/own-code';
import { getModuleObjectOfThis } from '../syntax/module-object';
import { findProgramPath } from '../../core/node-helpers';
import { findInstanceCreations } from './instance-creations';
import { forEachNode, type NodePath } from '../../core/traverse';

/** The flag's text (`Tracer.installed`) when `at` runs behind a module-wide once flag, else `null`. */
export function getOnceGuardFlag(at: NodePath, depth = 0, calledFunction: Node | null = null, anyEntryName = false): string | null {
  let child: NodePath = at;
  // Each block between `at` and its function, with the statement of that block `at` is in.
  const blocks: Array<{ block: BlockStatement; statement: Node }> = [];
  for (let current = at.parentPath; current; child = current, current = current.parentPath) {
    const node = current.node;
    if (isFunctionNode(node)) {
      for (const { block, statement } of blocks) {
        const flag = getEarlyReturnFlag(current, block, statement);
        if (flag !== null) return flag;
      }
      return depth < 2 ? (getGuardedCallersFlag(current, depth) ?? getGuardedStaticCallersFlag(current, depth)) : null;
    }
    if (node.type === 'BlockStatement') blocks.push({ block: node, statement: child.node });
    if (node.type === 'IfStatement' && child.node === node.consequent) {
      // Case: `if (!flag) { …; flag = true }`
      const flag = getNegatedFlag(node.test);
      // (also the lazy singleton `if (!_obs) { …; _obs = obs }`: set to what it guards)
      // (or set by the function the guarded block calls: hyper's `if (!isInit) { void init(); }`,
      // whose `init` ends with `isInit = true`)
      // (or set right after the `if`, in the same block: nocodb's app.vue `if (!window.__ncvue) {
      // window.addEventListener('error', …) }` followed by `window.__ncvue = true`)
      if (flag && isModuleWideFlag(current, flag, anyEntryName) && (setsFlag(node.consequent, flag, true) || setsFlagRightAfter(current, flag) || (calledFunction !== null && setsFlag(calledFunction, flag, true)))) return flagKey(flag);
      // Case: `if (bus.listeners('saved').length === 0) bus.on('saved', …)`: the registration is the flag
      const counted = depth === 0 ? getListenerCountGuard(node.test, at) : null;
      if (counted) return counted;
    }
  }
  return null;
}

/**
 * Case: a module-level function every call of which, in its file, sits behind a once flag
 * (`const setupListener = () => { sw.addEventListener(…) }` called only inside `if
 * (!listenerSetup) { listenerSetup = true; setupListener() }`, or `if (!isInit) { void init(); }`
 * where `init` itself sets `isInit = true`). Not exported: other files could call it again.
 */
function getGuardedCallersFlag(fn: NodePath, depth: number): string | null {
  const name = getTopLevelBindingName(fn)?.name ?? null;
  if (name === null) return null;
  const binding = findBinding(fn, name);
  if (!binding || binding.scope.type !== 'Program') return null;
  const references = findBindingReferences(fn, binding);
  const program = findProgramPath(fn)?.node;
  if (references.length === 0 || !program || program.type !== 'Program' || isExportedBySpecifier(program, name)) return null;
  let flag: string | null = null;
  for (const reference of references) {
    const call = reference.parentPath;
    if (!call || call.node.type !== 'CallExpression' || call.node.callee !== reference.node) return null;
    const guard = getOnceGuardFlag(call, depth + 1, (fn.node as { body: Node }).body);
    if (guard === null) return null;
    flag ??= guard;
  }
  return flag;
}

/**
 * Case: a static method of a module-level class every call of which, in its file, sits behind a
 * once flag the method itself sets (`if (!Capturer.isInitialized) { Capturer.initialize(); }`
 * in the constructor, `private static initialize() { Capturer.isInitialized = true;
 * ipcRenderer.on(…) }`). The method must be private (`private static`, `static #init`) or its
 * class not exported: other files could call it again.
 */
function getGuardedStaticCallersFlag(fn: NodePath, depth: number): string | null {
  const method = fn.node;
  if ((method.type !== 'ClassMethod' && method.type !== 'ClassPrivateMethod') || !method.static || method.computed || method.kind !== 'method') return null;
  const key = method.key.type === 'Identifier' ? method.key.name : method.key.type === 'PrivateName' ? method.key.id.name : null;
  const classPath = fn.parentPath?.parentPath ?? null;
  const declaration = classPath?.node;
  if (key === null || !classPath || declaration?.type !== 'ClassDeclaration' || !declaration.id) return null;
  const className = declaration.id.name;
  const binding = findBinding(classPath, className);
  const program = findProgramPath(fn);
  if (!binding || binding.scope.type !== 'Program' || binding.declaration !== declaration || !program || program.node.type !== 'Program') return null;
  const isPrivate = method.type === 'ClassPrivateMethod' || method.accessibility === 'private';
  const exported = classPath.parentPath?.node.type === 'ExportNamedDeclaration' || classPath.parentPath?.node.type === 'ExportDefaultDeclaration' || isExportedBySpecifier(program.node, className);
  if (!isPrivate && exported) return null;
  // Every `Class.method` (and `this.method` inside the class) of the file: each must be the callee of a guarded call
  const references = findStaticMemberReferences(program, declaration, key);
  if (references.length === 0) return null;
  let flag: string | null = null;
  for (const reference of references) {
    const call = reference.parentPath;
    if (!call || call.node.type !== 'CallExpression' || call.node.callee !== reference.node) return null;
    const guard = getOnceGuardFlag(call, depth + 1, method.body);
    if (guard === null) return null;
    flag ??= guard;
  }
  return flag;
}

/**
 * `if (!flag) { … }` followed in its own block by `flag = true` (or `= 1`, `= !0`), with only
 * plain statements between (expressions and declarations: nothing that can leave the block
 * first): every run that passes the `if` sets the flag, so the guarded block runs once.
 */
function setsFlagRightAfter(ifPath: NodePath, flag: Expression): boolean {
  const parent = ifPath.parentPath?.node;
  if (!parent || (parent.type !== 'BlockStatement' && parent.type !== 'Program')) return false;
  const wanted = flagKey(flag);
  const statements = parent.body as Statement[];
  const index = statements.indexOf(ifPath.node as Statement);
  if (index < 0) return false;
  for (const statement of statements.slice(index + 1)) {
    if (statement.type === 'ExpressionStatement') {
      const expression = unwrapExpression(statement.expression);
      if (expression.type === 'AssignmentExpression' && expression.operator === '=' && flagKey(expression.left) === wanted) return isTruthyLiteral(expression.right);
      if (expression.type === 'CallExpression' || expression.type === 'AssignmentExpression') continue;
      return false;
    }
    if (statement.type !== 'VariableDeclaration') return false;
  }
  return false;
}

/** `T.listeners(E).length === 0`, `!T.listeners(E).length`, `T.listenerCount(E) === 0`, `!T.listenerCount(E)` guarding `T.on(E, …)` on a module-wide `T`. */
function getListenerCountGuard(test: Node, at: NodePath): string | null {
  let node = unwrapExpression(test);
  let counted: Node | null = null;
  if (node.type === 'UnaryExpression' && node.operator === '!') counted = unwrapExpression(node.argument);
  else if (node.type === 'BinaryExpression' && (node.operator === '===' || node.operator === '==') && node.right.type === 'NumericLiteral' && node.right.value === 0) counted = unwrapExpression(node.left as Node);
  if (!counted) return null;
  if (counted.type === 'MemberExpression' && !counted.computed && counted.property.type === 'Identifier' && counted.property.name === 'length') counted = unwrapExpression(counted.object);
  node = counted;
  if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression' || node.callee.property.type !== 'Identifier') return null;
  if (node.callee.property.name !== 'listeners' && node.callee.property.name !== 'listenerCount') return null;
  const target = flagKey(node.callee.object);
  const event = node.arguments[0];
  if (target === null || event?.type !== 'StringLiteral') return null;
  const add = at.node;
  if (add.type !== 'CallExpression' || add.callee.type !== 'MemberExpression' || add.callee.property.type !== 'Identifier' || !/^(?:on|addListener|addEventListener)$/.test(add.callee.property.name)) return null;
  const added = add.arguments[0];
  if (flagKey(add.callee.object) !== target || added?.type !== 'StringLiteral' || added.value !== event.value) return null;
  return isModuleWideFlag(at, node.callee.object as Expression) ? `${target}.listeners('${event.value}')` : null;
}

/**
 * Case: `if (flag) return;` before the acquisition's statement in `block` (the function's body or
 * a block in it), and `flag = true` in the function `fn`.
 */
function getEarlyReturnFlag(fn: NodePath, block: BlockStatement, statement: Node): string | null {
  const body = (fn.node as { body: Node }).body;
  const index = block.body.indexOf(statement as Statement);
  for (const before of block.body.slice(0, Math.max(index, 0))) {
    if (before.type !== 'IfStatement' || before.alternate) continue;
    const flag = getPlainFlag(before.test);
    if (!flag) {
      // Case: `if (!enabled || socket) return; socket = connect(); socket.on(…)`: the flag is one
      // operand of an `||` the bare return stops on, so once it is set every later call returns there.
      if (!isBareReturn(before.consequent)) continue;
      for (const operand of getOrOperands(before.test)) {
        const inner = getPlainFlag(operand);
        if (inner && isModuleWideFlag(fn, inner) && setsFlag(body, inner, true) && !(isHeldObjectGate(operand, inner) && resetsFlag(fn, inner))) return flagKey(inner);
      }
      continue;
    }
    // Case: the lazy singleton `if (conn) return conn; conn = new Conn(); …` (or a block that hands
    // out something else, `if (host) { real = host; return real; }`): once the flag holds the
    // object made, every call returns before the acquisition — unless something sets it back to
    // nothing (`conn = null` in a `disconnect()`), after which the next call acquires again.
    // (a held object's gate, `if (overlay != null) return;` or a `this.panel` of the module's one object, holds only while
    // nothing sets it back: `overlay = undefined` in a `close()` lets the next call add its listeners again)
    const guard = (isBareReturn(before.consequent) && !(isHeldObjectGate(before.test, flag) && resetsFlag(fn, flag))) || (returnsValue(before.consequent) && !resetsFlag(fn, flag));
    if (guard && isModuleWideFlag(fn, flag) && setsFlag(body, flag, true)) return flagKey(flag);
  }
  return null;
}

/** The operands of a chain of `||` (`a || b || c`), or none when the test is not one. */
function getOrOperands(test: Node): Node[] {
  const node = unwrapExpression(test);
  if (node.type !== 'LogicalExpression' || node.operator !== '||') return [];
  const left = getOrOperands(node.left);
  return [...(left.length > 0 ? left : [node.left]), node.right];
}

/** `return value;` (or a block ending in it). */
function returnsValue(node: Statement): boolean {
  const last = node.type === 'BlockStatement' ? (node.body.at(-1) ?? null) : node;
  return last !== null && last.type === 'ReturnStatement' && last.argument != null;
}

/** Anywhere in the module: `flag = null` (or another falsy literal, or a compound assignment): a reset that lets the guarded code run again. */
export function resetsFlag(at: NodePath, flag: Expression): boolean {
  const wanted = flagKey(flag);
  const program = findProgramPath(at);
  return !program || isResetIn(program.node, (node) => flagKey(node) === wanted);
}

/**
 * Somewhere in `scope` a guard's record is set back, so that the guarded code can run again:
 * `target = <falsy literal>`, a compound assignment to it (`target += …`, `target ||= …`) or
 * `delete target`, for each node `isTarget` accepts (a module flag, a `this.` flag, a keyed
 * store's members).
 */
export function isResetIn(scope: Node, isTarget: (node: Node) => boolean): boolean {
  let found = false;
  forEachNode(scope, (node) => {
    if (found) return false;
    if (node.type === 'AssignmentExpression' && isTarget(unwrapExpression(node.left as Node)) && (node.operator !== '=' || isFalsyLiteral(node.right))) found = true;
    else if (node.type === 'UnaryExpression' && node.operator === 'delete' && isTarget(unwrapExpression(node.argument))) found = true;
    return undefined;
  });
  return found;
}

/**
 * `return;`, `{ return; }` or `{ …; return; }` (a value returned counts only when the flag is
 * never set back: `returnsValue`); or a `throw` there (`if (ready) throw new Error('already set up')`): it too ends every later
 * call before the acquisition.
 */
function isBareReturn(node: Statement): boolean {
  const last = node.type === 'BlockStatement' ? (node.body.at(-1) ?? null) : node;
  return last !== null && ((last.type === 'ReturnStatement' && !last.argument) || last.type === 'ThrowStatement');
}

/** `!flag` / `flag === false` / `flag !== true`: the flag, else `null`. */
function getNegatedFlag(test: Node): Expression | null {
  const node = unwrapExpression(test);
  if (node.type === 'UnaryExpression' && node.operator === '!') return asFlag(node.argument);
  if (node.type === 'BinaryExpression' && (node.operator === '===' || node.operator === '==') && node.right.type === 'BooleanLiteral' && !node.right.value) return asFlag(node.left as Node);
  return null;
}

/** `flag` / `flag === true` / `flag != null` / `flag !== undefined` (for the early-return form). */
function getPlainFlag(test: Node): Expression | null {
  const node = unwrapExpression(test);
  if (node.type === 'BinaryExpression' && (node.operator === '===' || node.operator === '==') && node.right.type === 'BooleanLiteral' && node.right.value) return asFlag(node.left as Node);
  // Case: `if (this.dialog != null) return; this.dialog = document.querySelector('#dialog');`: set once it holds something
  if (node.type === 'BinaryExpression' && (node.operator === '!==' || node.operator === '!=') && isNullOrUndefined(node.right)) return asFlag(node.left as Node);
  return asFlag(node);
}

/**
 * A gate on a held object rather than on a flag: `x != null` / `x !== undefined`, or any test of
 * a `this.` member (in a module object's method, where `this.panel` holds the panel made once).
 * Such a gate is set back by `x = null` when the object is dropped (review of round 29).
 */
function isHeldObjectGate(test: Node, flag: Expression): boolean {
  const node = unwrapExpression(test);
  if (node.type === 'BinaryExpression' && (node.operator === '!==' || node.operator === '!=') && isNullOrUndefined(node.right)) return true;
  return flag.type === 'MemberExpression' && flag.object.type === 'ThisExpression';
}

function isNullOrUndefined(node: Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined');
}

function asFlag(node: Node): Expression | null {
  const flag = unwrapExpression(node);
  if (flag.type === 'Identifier') return flag;
  if (flag.type === 'MemberExpression' && !flag.computed && flag.property.type === 'Identifier' && (flag.object.type === 'Identifier' || flag.object.type === 'ThisExpression' || isVueRoot(flag.object))) return flag;
  return null;
}

/** `this.$root`: a Vue 2 component's root instance, one per app. */
function isVueRoot(node: Node): boolean {
  return node.type === 'MemberExpression' && !node.computed && node.object.type === 'ThisExpression' && node.property.type === 'Identifier' && node.property.name === '$root';
}

function isModuleWideFlag(at: NodePath, flag: Expression, anyEntryName = false): boolean {
  // Case: `this.$root.socket`: a property of the app's root instance is app-wide
  if (flag.type === 'MemberExpression' && isVueRoot(flag.object)) return true;
  // Case: `if (this.ipcBound) return; this.ipcBound = true;` in a method of the one instance the file makes at module level
  // (or of the one object a module-level `const Dialog = { init() { … } }` is)
  if (flag.type === 'MemberExpression' && flag.object.type === 'ThisExpression') return isModuleSingletonMethod(at) || isModuleObjectMethod(at);
  const root = flag.type === 'Identifier' ? flag : flag.type === 'MemberExpression' && flag.object.type === 'Identifier' ? flag.object : null;
  if (!root) return false;
  const binding = findBinding(at, root.name);
  if (!binding) return flag.type === 'MemberExpression' && (root.name === 'window' || root.name === 'globalThis' || root.name === 'global');
  if (binding.scope.type === 'Program') return !binding.ambient;
  return isRunOnceFunctionFlag(at, binding, anyEntryName);
}

/**
 * `at` is in an instance method of a class whose file makes its one instance at module level
 * (`export const xtermManager = new XtermManager()`, no other `new XtermManager(` in the file)
 * and does not export the class: a flag on `this` there is module-wide, like a flag of the
 * module (lobe-chat's terminal registry binds its two ipc listeners once, behind `this.ipcBound`).
 */
function isModuleSingletonMethod(at: NodePath): boolean {
  const isMethodScope = (path: NodePath): boolean => isFunctionNode(path.node) && path.node.type !== 'ArrowFunctionExpression';
  const method = isMethodScope(at) ? at : at.findParent(isMethodScope);
  if (!method || (method.node.type !== 'ClassMethod' && method.node.type !== 'ClassPrivateMethod') || method.node.static) return false;
  const classPath = method.parentPath?.parentPath;
  const declaration = classPath?.node;
  if (!classPath || (declaration?.type !== 'ClassDeclaration' && declaration?.type !== 'ClassExpression')) return false;
  const parent = classPath.parentPath?.node;
  if (parent?.type === 'ExportNamedDeclaration' || parent?.type === 'ExportDefaultDeclaration') return false;
  const program = findProgramPath(at)?.node;
  if (!program || program.type !== 'Program' || (declaration.id && isExportedBySpecifier(program, declaration.id.name))) return false;
  const creations = findInstanceCreations(classPath as NodePath<Class>);
  return creations.length === 1 && creations[0]!.atModuleLevel;
}

/**
 * `at` is in a method (`init() { … }` or `init: function () { … }`, not an arrow: its `this` is
 * not the object) of the object literal a module-level `const` holds and the file uses as the
 * module's one object, only ever called on it (module-object.ts `getModuleObjectOfThis`): a flag on `this` there is
 * module-wide, as in a module singleton's method. A page script of a keyboard-navigation
 * extension sets its help dialog up once this way, from a message handler that runs at every
 * show (`if (this.dialogElement != null) return;`: a false `high` before).
 */
function isModuleObjectMethod(at: NodePath): boolean {
  return getModuleObjectOfThis(at) !== null;
}

/**
 * Case: `const setupFlags = { badge: false }` (or a `let`) declared directly in the body of a
 * function that runs once, counted from the declaration (entry-function.ts: a retry gate before
 * it is allowed).
 */
function isRunOnceFunctionFlag(at: NodePath, binding: Binding, anyEntryName: boolean): boolean {
  if ((binding.kind !== 'const' && binding.kind !== 'let') || binding.declaration.type !== 'VariableDeclarator') return false;
  // A function's own locals have the function as their scope (a block's have the block).
  const fn = isFunctionNode(binding.scope) ? at.findParent((path) => path.node === binding.scope) : null;
  if (!fn) return false;
  const declaration = findDescendantPath(fn, binding.declaration);
  return declaration !== null && isRunOnceEntryFunction(fn, { anyName: anyEntryName, at: declaration });
}

/** `flag` or `Owner.flag` (flags are one of these two shapes), else `null`. */
function flagKey(node: Node): string | null {
  const value = unwrapExpression(node);
  if (value.type === 'Identifier') return value.name;
  if (value.type === 'MemberExpression' && !value.computed && value.object.type === 'Identifier' && value.property.type === 'Identifier') return `${value.object.name}.${value.property.name}`;
  if (value.type === 'MemberExpression' && !value.computed && isVueRoot(value.object) && value.property.type === 'Identifier') return `this.$root.${value.property.name}`;
  if (value.type === 'MemberExpression' && !value.computed && value.object.type === 'ThisExpression' && value.property.type === 'Identifier') return `this.${value.property.name}`;
  return null;
}

/**
 * `flag = true` (or `= 1`, `= !0`) in `block`'s own code; for the early-return form also the
 * object the guard tests for (`this.$root.socket = this.socket`, `window.__client = client`):
 * anything but a falsy literal.
 */
function setsFlag(block: Node, flag: Expression, anyValue = false): boolean {
  const wanted = flagKey(flag);
  return someInOwnCode(block, (node) => node.type === 'AssignmentExpression' && node.operator === '=' && flagKey(node.left) === wanted && (isTruthyLiteral(node.right) || (anyValue && !isFalsyLiteral(node.right))));
}

/** `false`, `0`, `''`, `null`, `undefined`, `void …`: a value that leaves a guard's record unset. */
export function isFalsyLiteral(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'BooleanLiteral' || value.type === 'NumericLiteral' || value.type === 'StringLiteral') return !value.value;
  return value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined') || (value.type === 'UnaryExpression' && value.operator === 'void');
}

function isTruthyLiteral(node: Node): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'BooleanLiteral') return value.value;
  if (value.type === 'NumericLiteral') return value.value !== 0;
  return value.type === 'UnaryExpression' && value.operator === '!' && value.argument.type === 'NumericLiteral' && value.argument.value === 0;
}


/**
 * Case: `if (this.__initialized) return; this.__initialized = true; …` — a per-instance "done
 * once" flag before the statement `at` is in, directly in the method `fn`'s body: the method
 * acquires on its first run only. Where the owner's setup can run again on the same instance (a
 * custom element's `connectedCallback` after it is moved in the DOM), a release added to the
 * teardown would not be undone by the next setup, which returns early: the fix is for a person
 * to review (linkding's `HeadlessElement`, whose `{ once: true }` `turbo:load` listener calls
 * `init()`). Also the block form, `if (!this._ready) { this._ready = true; …; at }` with `at` in
 * the guarded block (a date picker's infinite scroller adds its scroll listener there on the first
 * connect only: removed on disconnect, it would be gone after the element is moved). The
 * early-return form also takes the flag as one operand of an `||` the return stops on (`if
 * (!canvas || this._setUp) return;`). The flag's text, else `null`.
 */
export function getInstanceOnceFlag(at: NodePath, fn: NodePath): string | null {
  const body = (fn.node as { body?: Node }).body;
  if (body?.type !== 'BlockStatement') return null;
  const setsFlag = (name: string): boolean =>
    someInOwnCode(body, (node) => node.type === 'AssignmentExpression' && node.operator === '=' && isThisMember(node.left, name) && !isFalsyLiteral(node.right));
  // Case: `if (!this._ready) { this._ready = true; …; at }`: the block form, `at` in the guarded block
  for (let child: NodePath = at, current = at.parentPath; current && current !== fn; child = current, current = current.parentPath) {
    if (isFunctionNode(current.node)) break;
    if (current.node.type !== 'IfStatement' || child.node !== current.node.consequent || current.node.alternate) continue;
    const flag = getNegatedFlag(current.node.test);
    if (flag?.type === 'MemberExpression' && flag.object.type === 'ThisExpression' && flag.property.type === 'Identifier' && setsFlag(flag.property.name)) return `this.${flag.property.name}`;
  }
  let statement: NodePath | null = at;
  while (statement && statement.parentPath?.node !== body) statement = statement.parentPath;
  if (!statement) return null;
  const index = body.body.indexOf(statement.node as Statement);
  for (const before of body.body.slice(0, Math.max(index, 0))) {
    if (before.type !== 'IfStatement' || before.alternate || !isBareReturn(before.consequent)) continue;
    // Case: `if (!canvas || this._setUp) return;`: the flag as one operand of an `||` the return stops on
    const operands = getOrOperands(before.test);
    for (const operand of operands.length > 0 ? operands : [before.test]) {
      const flag = unwrapExpression(getPlainFlag(operand) ?? operand);
      if (flag.type !== 'MemberExpression' || flag.computed || flag.object.type !== 'ThisExpression' || flag.property.type !== 'Identifier') continue;
      if (setsFlag(flag.property.name)) return `this.${flag.property.name}`;
    }
  }
  return null;
}

function isThisMember(node: Node, name: string): boolean {
  const value = unwrapExpression(node);
  return value.type === 'MemberExpression' && !value.computed && value.object.type === 'ThisExpression' && value.property.type === 'Identifier' && value.property.name === name;
}

/**
 * Case: a flag of another module (`if (!PubSubRedis.initialized) { await PubSubRedis.init();
 * … }`, `PubSubRedis` imported) guarding `at`, or guarding every call of `at`'s function in
 * its file (a static method called as `this.initJobs()` / `JobsRedis.initJobs()`, a module-level
 * function), where the guarded block calls a method of that same imported object: that method
 * may set the flag, in its own file, which this file does not show (nocodb's jobs-redis.ts
 * subscribes once per process, after `PubSubRedis.init()` sets `initialized`). Not proof: the
 * method may not set it, and an exported function may be called elsewhere; a rule lowers its
 * confidence on it. The flag's text, else `null`.
 */
export function getForeignOnceGuardFlag(at: NodePath, depth = 0): string | null {
  let child: NodePath = at;
  for (let current = at.parentPath; current; child = current, current = current.parentPath) {
    const node = current.node;
    if (isFunctionNode(node)) return depth < 2 ? getForeignGuardedCallersFlag(current, depth) : null;
    if (node.type !== 'IfStatement' || child.node !== node.consequent) continue;
    const flag = getNegatedFlag(node.test);
    if (!flag || flag.type !== 'MemberExpression' || flag.object.type !== 'Identifier') continue;
    const owner = flag.object.name;
    if (findBinding(current, owner)?.kind !== 'import') continue;
    const callsOwner = someInOwnCode(node.consequent, (inner) => inner.type === 'CallExpression' && inner.callee.type === 'MemberExpression' && inner.callee.object.type === 'Identifier' && inner.callee.object.name === owner);
    if (callsOwner) return flagKey(flag);
  }
  return null;
}

/** Every `Class.key` of the file that names the module-level class `declaration` (not a shadowing name), and every `this.key` inside it. */
function findStaticMemberReferences(program: NodePath, declaration: ClassDeclaration, key: string): NodePath[] {
  const className = declaration.id!.name;
  const binding = findBinding(program, className);
  const references: NodePath[] = [];
  forEachDescendant(program, (path) => {
    const node = path.node;
    if (node.type !== 'MemberExpression' || node.computed) return;
    const name = node.property.type === 'Identifier' ? node.property.name : node.property.type === 'PrivateName' ? node.property.id.name : null;
    if (name !== key) return;
    const object = node.object;
    const ofClass = object.type === 'Identifier' ? object.name === className && findBinding(path, className) === binding : object.type === 'ThisExpression' && path.findParent((parent) => parent.node === declaration) !== null;
    if (ofClass) references.push(path);
  });
  return references;
}

/** Every call of the function `fn` in its file (a static method of its class, a module-level function) sits behind such a foreign flag. */
function getForeignGuardedCallersFlag(fn: NodePath, depth: number): string | null {
  const program = findProgramPath(fn);
  if (!program || program.node.type !== 'Program') return null;
  const references: NodePath[] = [];
  const method = fn.node;
  if ((method.type === 'ClassMethod' || method.type === 'ClassPrivateMethod') && method.static && !method.computed && method.kind === 'method') {
    const key = method.key.type === 'Identifier' ? method.key.name : method.key.type === 'PrivateName' ? method.key.id.name : null;
    const declaration = fn.parentPath?.parentPath?.node;
    if (key === null || declaration?.type !== 'ClassDeclaration' || !declaration.id) return null;
    references.push(...findStaticMemberReferences(program, declaration, key));
  } else {
    const name = getTopLevelBindingName(fn)?.name ?? null;
    const binding = name === null ? null : findBinding(fn, name);
    if (!binding || binding.scope.type !== 'Program') return null;
    references.push(...findBindingReferences(fn, binding));
  }
  if (references.length === 0) return null;
  let flag: string | null = null;
  for (const reference of references) {
    const call = reference.parentPath;
    if (!call || call.node.type !== 'CallExpression' || call.node.callee !== reference.node) return null;
    const guard = getForeignOnceGuardFlag(call, depth + 1);
    if (guard === null) return null;
    flag ??= guard;
  }
  return flag;
}
