/**
 * A wait for the `'closed'` (or `'close'`) of an Electron window the executor itself opens:
 *
 *   return new Promise((resolve) => {
 *     this.picker = new BrowserWindow({ … });
 *     ipcMain.once('source-selected', (_event, source) => resolve(source));
 *     this.picker.on('closed', () => resolve(null));
 *   });
 *
 * Electron emits `'closed'` whenever the window goes — closed by the person, by the code, or
 * with the app at quit — and a window has no error event: like a dialog's `'close'`, the wait
 * lasts as long as the person keeps the window open. Not a finding. The window must be made in
 * the executor (a name bound to, or a `this` member assigned, `new BrowserWindow(…)` /
 * `new BaseWindow(…)` of `electron`): a window handed in may be one that is never shown.
 */
import type { Node } from '@babel/types';
import { forEachNode } from '../../src/core/traverse';
import { getMemberChain, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import type { EventRegistration } from './event-registration';
import { findRegistrationPath } from './event-registration';
import { findBinding } from '../../src/analysis/syntax/scope';

const WINDOW_END_EVENTS = new Set(['closed', 'close']);
const WINDOW_CLASSES = new Set(['BrowserWindow', 'BaseWindow']);

/** `new BrowserWindow(…)` with `BrowserWindow` imported or required from `electron` (also `electron.BrowserWindow`). */
function isElectronWindowConstruction(node: Node | null | undefined, executor: PromiseExecutor): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  if (value.type !== 'NewExpression') return false;
  const callee = unwrapExpression(value.callee as Node);
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(executor.promise, callee.name);
    return reference?.source === 'electron' && WINDOW_CLASSES.has(reference.imported);
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier' || !WINDOW_CLASSES.has(callee.property.name)) return false;
  const object = unwrapExpression(callee.object);
  if (object.type !== 'Identifier') return false;
  const reference = resolveModuleReference(executor.promise, object.name);
  return reference?.source === 'electron' && (reference.imported === '*' || reference.imported === 'default');
}

/** The target is a window the executor makes: a variable of the executor, or `this.x` / `this.#x`, given `new BrowserWindow(…)` in it. */
function isWindowMadeInExecutor(target: Node, executor: PromiseExecutor): boolean {
  const node = unwrapExpression(target);
  const chain = getMemberChain(node);
  if (!chain) return false;
  if (node.type === 'MemberExpression') {
    // `this` inside a `function` executor is not the instance the code outside it names.
    if (unwrapExpression(node.object).type !== 'ThisExpression' || executor.fn.type !== 'ArrowFunctionExpression') return false;
  } else if (node.type !== 'Identifier') {
    return false;
  }
  let made = false;
  forEachNode(executor.fn.body, (child) => {
    if (made) return false;
    // Case: `const win = new BrowserWindow(…)` in the executor
    if (node.type === 'Identifier' && child.type === 'VariableDeclarator' && child.id.type === 'Identifier' && child.id.name === chain) made = isElectronWindowConstruction(child.init, executor);
    // Case: `this.picker = new BrowserWindow(…)` / `win = new BrowserWindow(…)` in the executor
    if (child.type === 'AssignmentExpression' && child.operator === '=' && getMemberChain(child.left as Node) === chain) made = isElectronWindowConstruction(child.right, executor);
    return undefined;
  });
  return made;
}

export function isOwnElectronWindowClose(wait: EventRegistration, executor: PromiseExecutor): boolean {
  return wait.eventName !== null && WINDOW_END_EVENTS.has(wait.eventName) && (isWindowMadeInExecutor(wait.target, executor) || isTypedWindowMemberMadeInExecutor(wait.target, executor));
}

/**
 * `this.win = new this.electron.BrowserWindow(…)` in an arrow executor, where the class declares
 * `win: BrowserWindow | null` (`BrowserWindow` of `electron`): the constructor comes through an
 * injected module, but the member's declared type says it holds an Electron window, and the
 * executor makes a new one.
 */
function isTypedWindowMemberMadeInExecutor(target: Node, executor: PromiseExecutor): boolean {
  const node = unwrapExpression(target);
  if (node.type !== 'MemberExpression' || node.computed || node.property.type !== 'Identifier' || unwrapExpression(node.object).type !== 'ThisExpression' || executor.fn.type !== 'ArrowFunctionExpression') return false;
  const name = node.property.name;
  const classPath = executor.promise.findParent((parent) => parent.node.type === 'ClassDeclaration' || parent.node.type === 'ClassExpression');
  const classNode = classPath?.node as Extract<Node, { type: 'ClassDeclaration' }> | undefined;
  const declared = classNode?.body.body.some((member) => member.type === 'ClassProperty' && !member.computed && member.key.type === 'Identifier' && member.key.name === name && hasWindowType(member.typeAnnotation ?? null, executor));
  if (!declared) return false;
  let made = false;
  forEachNode(executor.fn.body, (child) => {
    if (made) return false;
    if (child.type === 'AssignmentExpression' && child.operator === '=' && getMemberChain(child.left as Node) === getMemberChain(node) && unwrapExpression(child.right).type === 'NewExpression') made = true;
    return undefined;
  });
  return made;
}

/**
 * A wait for any event of an Electron window that is not made in the executor (a parameter or a
 * variable typed `BrowserWindow` / `BaseWindow` of `electron`, a name holding `new
 * BrowserWindow(…)`), or for `'ready-to-show'`, an event only windows have:
 *
 *   const stopAndWait = (win: BrowserWindow) => new Promise<void>((resolve) => { win.on('closed', resolve); stop(); });
 *   return new Promise((resolve) => browserWindow.once('ready-to-show', () => resolve(browserWindow)));
 *
 * A window has no error event: `'closed'` comes whenever it goes, `'ready-to-show'` after its
 * page first paints. The wait hangs only if that never happens — a window kept hidden and never
 * closed, a renderer that dies before it paints — which depends on code the wait does not show
 * (insomnia's hidden window closed by the call after the registration, Rocket.Chat's main window
 * at start-up: doubtful and false at `high`). A report-only finding is `medium`. So is a wait for
 * a `<webview>`'s `'did-attach'`, another event only Electron fires, with no failure twin: it comes
 * once the element is in a document (zulip's `WebView.create`, false at `high`).
 */
export function isElectronWindowWait(wait: EventRegistration, executor: PromiseExecutor): boolean {
  // Case: a `<webview>`'s 'did-attach' (`webview.addEventListener('did-attach', …)`): it comes once the
  // element is in a document, and has no failure twin ('did-fail-load' is about the page, later)
  if (wait.api === 'event-target' && wait.eventName === 'did-attach') return true;
  if (wait.api !== 'emitter') return false;
  if (wait.eventName === 'ready-to-show') return true;
  const target = unwrapExpression(wait.target);
  if (target.type !== 'Identifier') return false;
  const at = findRegistrationPath(executor, wait);
  const binding = findBinding(at, target.name);
  if (!binding) return false;
  const declaration = binding.declaration;
  // Case: `(win: BrowserWindow) => …`
  if (binding.kind === 'param') return hasWindowType((binding.identifier as { typeAnnotation?: Node | null }).typeAnnotation ?? null, executor);
  if (declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return false;
  // Case: `let win: BrowserWindow | null`, `const win = new BrowserWindow(…)`
  return hasWindowType(declaration.id.typeAnnotation ?? null, executor) || isElectronWindowConstruction(declaration.init, executor);
}

/** `: BrowserWindow`, `: BrowserWindow | null`, `: Electron.BrowserWindow`. */
function hasWindowType(annotation: Node | null, executor: PromiseExecutor): boolean {
  if (annotation?.type !== 'TSTypeAnnotation') return false;
  const type = annotation.typeAnnotation;
  const types = type.type === 'TSUnionType' ? type.types : [type];
  return types.some((member) => {
    if (member.type !== 'TSTypeReference') return false;
    const name = member.typeName;
    if (name.type === 'TSQualifiedName') return name.left.type === 'Identifier' && name.left.name === 'Electron' && WINDOW_CLASSES.has(name.right.name);
    if (name.type !== 'Identifier') return false;
    const reference = resolveModuleReference(executor.promise, name.name);
    return (reference?.source === 'electron' && WINDOW_CLASSES.has(reference.imported)) || isElectronWindowTypeImport(name.name, executor);
  });
}

/** `import type { BrowserWindow } from 'electron'` (a type-only import, which names no value): `name` is its local name. */
function isElectronWindowTypeImport(name: string, executor: PromiseExecutor): boolean {
  const program = executor.promise.findParent((parent) => parent.node.type === 'Program')?.node;
  if (program?.type !== 'Program') return false;
  return program.body.some((statement) =>
    statement.type === 'ImportDeclaration' && statement.source.value === 'electron' &&
    statement.specifiers.some((specifier) => specifier.type === 'ImportSpecifier' && specifier.local.name === name && WINDOW_CLASSES.has(specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value)));
}
