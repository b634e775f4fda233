/**
 * The rewrites, one builder per shape. Each returns the text edits, or `null` when the code is
 * not in a form the rewrite can keep the meaning of; the rule decides the fix level.
 */
import { isValueWrapper } from '../../src/core/node-helpers';
import type { BlockStatement, Node } from '@babel/types';
import type { RuleContext } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import { addImport } from '../../src/analysis/edits/add-import';
import { findObjectProperty, getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { appendStatementsToBlock, indentText, insertStatementsBefore, terminate } from '../../src/analysis/edits/statement-edits';
import { getUniqueIdentifier } from '../../src/analysis/edits/unique-identifier';
import type { PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { ensureRejectParameter } from '../../src/analysis/edits/reject-parameter';
import type { UnsettledWait } from './match';
import { getResolvedValue } from './event-registration';

type Context = RuleContext<{ timeoutMs: number }>;
type Wait<K extends UnsettledWait['kind']> = Extract<UnsettledWait, { kind: K }>;

/** The abort signal a fix ties the wait to: the one in scope, or a new deadline. */
export interface FixSignal {
  text: string;
  /** The text once checked truthy (`options.signal` for `options?.signal`). */
  narrowed: string;
  /** May be `undefined`: read its members with `?.`. */
  optional: boolean;
  /** A new `AbortSignal.timeout(…)`: made once, kept in a const. */
  isDeadline: boolean;
}

// ---------------------------------------------------------------------------------------------
// reject(err): callback wrappers and swallowing try blocks

function insertFirstInBlock(block: BlockStatement, statement: string, context: Context): TextEdit {
  const first = block.body[0];
  return first ? insertStatementsBefore(first, [statement], context) : appendStatementsToBlock(block, [statement], context);
}

export function buildRejectFix(wait: Wait<'callback'> | Wait<'swallowing-try'>, context: Context): TextEdit[] | null {
  const reject = ensureRejectParameter(wait.executor, context.source.text);
  if (wait.kind === 'swallowing-try') {
    const handler = wait.statement.handler!;
    const error = (handler.param as { name: string }).name;
    return [...reject.edits, insertFirstInBlock(handler.body, `${reject.name}(${error})`, context)];
  }
  const call = `${reject.name}(${wait.error})`;
  const branch = wait.branch;
  if (branch.kind === 'block') return [...reject.edits, insertFirstInBlock(branch.block, call, context)];
  if (branch.kind === 'bare-return') {
    const at = branch.statement.start! + 'return'.length;
    return [...reject.edits, { start: at, end: at, text: ` ${call}` }];
  }
  if (branch.kind === 'statement') {
    const statement = branch.statement;
    return [...reject.edits, { start: statement.start!, end: statement.end!, text: `{ ${terminate(call, context)} ${context.source.slice(statement.start!, statement.end!)} }` }];
  }
  const consequent = branch.statement.consequent;
  const text = context.source.slice(consequent.start!, consequent.end!);
  const elseText = ` else ${terminate(call, context)}`;
  // Case: `if (!err) resolve(data)` without a semicolon: `else` needs the statement closed
  if (consequent.type !== 'BlockStatement' && !text.endsWith(';')) {
    return [...reject.edits, { start: consequent.start!, end: consequent.end!, text: `{ ${text} }${elseText}` }];
  }
  return [...reject.edits, { start: consequent.end!, end: consequent.end!, text: elseText }];
}

// ---------------------------------------------------------------------------------------------
// Sleeps

/** Node: `delay(ms, undefined, { signal })` from `node:timers/promises`, in place of the whole promise. */
export function buildNodeSleepFix(wait: Wait<'sleep'>, signal: FixSignal, context: Context): TextEdit[] {
  const imported = addImport({ program: context.ast.program, source: context.source, style: context.style, filename: context.filename }, { module: 'node:timers/promises', name: 'setTimeout', local: 'delay' });
  const delay = context.getText(wait.delay);
  const promise = wait.executor.promise.node;
  return [...imported.edits, { start: promise.start!, end: promise.end!, text: `${imported.local}(${delay}, undefined, ${signalOption(signal.text)})` }];
}

/**
 * Anywhere: an executor that clears its timer on abort and rejects with the signal's reason, and
 * removes its abort listener when the time is up — through a local controller passed as the
 * listener's `{ signal }`, so each `const` is declared before it is read (`no-use-before-define`
 * with `variables: true`, tabby's lint) and none is a `let` (`prefer-const`).
 */
export function buildAbortableSleepFix(wait: Wait<'sleep'>, signal: FixSignal, context: Context): TextEdit[] {
  const { executor } = wait;
  const executorPath = executor.promise.child(executor.fn, 'arguments', 0);
  const reject = executor.reject ?? uniqueName('reject', executorPath);
  const listening = uniqueName('listening', executorPath);
  const timer = uniqueName('timer', executorPath);
  const member = signal.optional ? `${signal.narrowed}?.` : `${signal.text}.`;
  const q = context.style.quote;
  const statements = [
    `if (${member}aborted) ${block([`${reject}(${signal.narrowed}.reason)`, 'return'], context)}`,
    `const ${listening} = new AbortController()`,
    `const ${timer} = setTimeout(() => ${block([`${listening}.abort()`, `${executor.resolve}(undefined)`], context)}, ${context.getText(wait.delay)})`,
    `${member}addEventListener(${q}abort${q}, () => ${block([`clearTimeout(${timer})`, `${reject}(${member}reason)`], context)}, { signal: ${listening}.signal })`,
  ];
  return [replaceExecutor(executor, reject, statements, context)];
}

// ---------------------------------------------------------------------------------------------
// Event waits

/** Node emitters: `once(emitter, evt, { signal })` from `node:events`, keeping the value the code saw. */
export function buildOnceFix(wait: Wait<'event'>, signal: FixSignal, context: Context): TextEdit[] | null {
  const { registration, executor, handlerForm } = wait;
  if (registration.api !== 'emitter' || handlerForm === 'other') return null;
  if (!wait.only) return wait.thenStarts ? buildOnceThenStartFix(wait, wait.thenStarts, signal, context) : null;
  let current: NodePath = executor.promise;
  while (current.parentPath && current.parent && isValueWrapper(current.parent)) current = current.parentPath;
  const parent = current.parent;
  const imported = addImport({ program: context.ast.program, source: context.source, style: context.style, filename: context.filename }, { module: 'node:events', name: 'once' });
  const call = `${imported.local}(${context.getText(registration.target)}, ${context.getText(registration.event)}, ${signalOption(signal.text)})`;
  const promise = executor.promise.node;
  const replace = (text: string): TextEdit => ({ start: promise.start!, end: promise.end!, text });
  if (parent?.type === 'AwaitExpression') {
    const outer = current.parentPath!;
    // Case: `await new Promise(…);` as a statement: nobody reads the value
    if (outer.parent?.type === 'ExpressionStatement') return [...imported.edits, replace(call)];
    // Case: `const code = await new Promise((r) => child.once('exit', r))` → `const [code] = await once(…)`
    const declarator = outer.parent;
    if (declarator?.type === 'VariableDeclarator' && declarator.id.type === 'Identifier' && !declarator.id.typeAnnotation && (handlerForm === 'resolve' || handlerForm === 'forward')) {
      const id = declarator.id;
      return [...imported.edits, { start: id.start!, end: id.end!, text: `[${id.name}]` }, replace(call)];
    }
  }
  // Case: returned or kept: the promise resolves to what `resolve` got
  if (handlerForm === 'value') return [...imported.edits, replace(`${call}.then(() => ${context.getText(getResolvedValue(registration.handler)!)})`)];
  return [...imported.edits, replace(handlerForm === 'empty' ? `${call}.then(() => undefined)` : `${call}.then(([value]) => value)`)];
}

/**
 * `await new Promise((r) => { out.on('finish', r); out.end(text); })` as a statement (or a
 * `const x = await …` declaration): the wait starts first, then what fires the event, then the
 * await. Only for one-line statements and an executor without comments (its text moves).
 */
function buildOnceThenStartFix(wait: Wait<'event'>, starts: readonly Node[], signal: FixSignal, context: Context): TextEdit[] | null {
  const { registration, executor, handlerForm } = wait;
  const fnText = context.source.slice(executor.fn.start!, executor.fn.end!);
  if (/\/\/|\/\*/.test(fnText)) return null;
  const lineOf = (offset: number) => context.source.positionAt(offset).line;
  if (starts.some((statement) => lineOf(statement.start!) !== lineOf(statement.end!))) return null;
  const awaited = executor.promise.parentPath;
  if (awaited?.node.type !== 'AwaitExpression' || awaited.node.argument !== executor.promise.node) return null;
  let statement: NodePath | null = awaited.parentPath;
  let keep: ((wait: string) => string) | null = null;
  // Case: `await new Promise(…);`
  if (statement?.node.type === 'ExpressionStatement') keep = (name) => `await ${name}`;
  // Case: `const code = await new Promise(…);` (one declarator)
  else if (statement?.node.type === 'VariableDeclarator' && statement.parent?.type === 'VariableDeclaration' && statement.parent.declarations.length === 1) {
    const id = statement.node.id;
    const kind = statement.parent.kind;
    if (id.type !== 'Identifier' || id.typeAnnotation || (handlerForm !== 'resolve' && handlerForm !== 'forward')) return null;
    keep = (name) => `${kind} [${id.name}] = await ${name}`;
    statement = statement.parentPath;
  }
  if (!keep || !statement || (statement.parent?.type !== 'BlockStatement' && statement.parent?.type !== 'Program')) return null;
  const imported = addImport({ program: context.ast.program, source: context.source, style: context.style, filename: context.filename }, { module: 'node:events', name: 'once' });
  const name = uniqueName(`${toIdentifier(registration.eventName ?? 'the')}Event`, statement.parentPath!);
  const indent = context.source.indentAt(statement.node.start!);
  const lines = [
    terminate(`const ${name} = ${imported.local}(${context.getText(registration.target)}, ${context.getText(registration.event)}, ${signalOption(signal.text)})`, context),
    ...starts.map((start) => context.source.slice(start.start!, start.end!)),
    terminate(keep(name), context),
  ];
  return [...imported.edits, { start: statement.node.start!, end: statement.node.end!, text: lines.join(`\n${indent}`) }];
}

function toIdentifier(text: string): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((word, index) => (index === 0 ? word.toLowerCase() : word[0]!.toUpperCase() + word.slice(1))).join('');
  return /^[A-Za-z_$]/.test(joined) ? joined : 'the';
}

/**
 * DOM targets: listen for the event and for `error`, and reject on abort; whichever comes first
 * settles the promise and removes every listener (one AbortController passed as `{ signal }`).
 */
export function buildEventTargetFix(wait: Wait<'event'>, signal: FixSignal, context: Context): TextEdit[] | null {
  const { registration, executor, handlerForm } = wait;
  if (!wait.only || registration.api !== 'event-target' || handlerForm === 'other') return null;
  // The target is read twice: only a plain name or member chain.
  if (!isStableReference(registration.target)) return null;
  if (registration.options && !isOnlyOnce(registration.options)) return null;
  const executorPath = executor.promise.child(executor.fn, 'arguments', 0);
  const reject = executor.reject ?? uniqueName('reject', executorPath);
  const listening = uniqueName('listening', executorPath);
  const q = context.style.quote;
  const s = semi(context);
  const target = context.getText(registration.target);
  const statements: string[] = [];
  let abortSignal = signal.text;
  if (signal.isDeadline) {
    abortSignal = uniqueName('deadline', executorPath);
    statements.push(`const ${abortSignal} = ${signal.text}`);
  }
  const member = signal.optional && !signal.isDeadline ? `${abortSignal}?.` : `${abortSignal}.`;
  const reason = `${member}reason`;
  const name = registration.eventName ?? 'the event';
  const resolved = handlerForm === 'empty' ? '' : handlerForm === 'value' ? context.getText(getResolvedValue(registration.handler)!) : 'event';
  // A new deadline cannot have fired yet.
  if (!signal.isDeadline) statements.push(`if (${member}aborted) { ${reject}(${signal.narrowed}.reason)${s} return${s} }`);
  statements.push(
    `const ${listening} = new AbortController()`,
    `${target}.addEventListener(${context.getText(registration.event)}, (${resolved === 'event' ? 'event' : ''}) => { ${listening}.abort()${s} ${executor.resolve}(${resolved})${s} }, { signal: ${listening}.signal })`,
  );
  const errorEvent = getErrorEventName(registration, wait.iframe);
  if (errorEvent) {
    statements.push(`${target}.addEventListener(${q}${errorEvent}${q}, () => { ${listening}.abort()${s} ${reject}(new Error(${q}${errorEvent} before ${name}${q}))${s} }, { signal: ${listening}.signal })`);
  }
  statements.push(`${member}addEventListener(${q}abort${q}, () => { ${listening}.abort()${s} ${reject}(${reason})${s} }, { signal: ${listening}.signal })`);
  return [replaceExecutor(executor, reject, statements, context)];
}

/**
 * Handler properties (`img.onload = () => resolve(img)`): the same target's `onerror` rejects,
 * set right after the `onload` assignment. Only for events whose failure the target reports as
 * `error` (`load`, IndexedDB's `success`, a socket's `open`); the handler properties are
 * replaced, not stacked, so nothing is left listening once the target is dropped.
 */
export function buildHandlerPropertyFix(wait: Wait<'event'>, context: Context): TextEdit[] | null {
  const { registration, executor } = wait;
  if (registration.api !== 'handler-property' || !hasErrorEvent(registration, wait.iframe) || !isStableReference(registration.target)) return null;
  // The assignment is a statement of the executor's own body: the new one goes right after it.
  const body = executor.fn.body;
  if (body.type !== 'BlockStatement') return null;
  const statement = body.body.find((candidate) => candidate.type === 'ExpressionStatement' && unwrapExpression(candidate.expression) === registration.call);
  if (!statement) return null;
  const reject = ensureRejectParameter(executor, context.source.text);
  const q = context.style.quote;
  const target = context.getText(registration.target);
  const errorEvent = getErrorEventName(registration, wait.iframe)!;
  const onError = `${target}.on${errorEvent} = () => ${reject.name}(new Error(${q}${errorEvent} before ${registration.eventName}${q}))`;
  const indent = context.source.indentAt(statement.start!);
  return [...reject.edits, { start: statement.end!, end: statement.end!, text: `\n${indent}${terminate(onError, context)}` }];
}

/** Events whose failure the same target reports as `error`: a resource that loads, a socket that opens, a worker's message. */
const EVENTS_WITH_ERROR = new Set(['load', 'loadeddata', 'loadedmetadata', 'canplay', 'canplaythrough', 'open', 'message', 'success']);
/** Globals whose `error` event is any script error of the page, not this wait's failure. */
const GLOBAL_TARGETS = new Set(['window', 'self', 'globalThis', 'document']);
/** Members that name another page's window or document (`frame.contentWindow`, `dom.window`): the same holds there. */
const WINDOW_MEMBERS = new Set(['window', 'contentWindow', 'defaultView', 'document', 'contentDocument']);

/**
 * Whether the wait gets an `error` listener too: only for events whose failure the target
 * reports as `error` (an image's `load`, a worker's `message`), never on `window` / `document`
 * (whose `error` is any script error) nor for events such as `focus` that have no error.
 */
export function hasErrorEvent(registration: Wait<'event'>['registration'], iframe = false): boolean {
  return getErrorEventName(registration, iframe) !== null;
}

/** The ports of a `MessageChannel` (`port1`, `port2`) and a `SharedWorker`'s `port`. */
const MESSAGE_PORT_MEMBERS = new Set(['port1', 'port2', 'port']);

/**
 * The event the target reports the wait's failure with: `error` (an image's `load`, a worker's
 * or a socket's `message`), or `messageerror` for a message port (`channel.port1`, a
 * `SharedWorker`'s `port`) or a `new BroadcastChannel(…)`, which have no `error` event (their
 * `onerror` does not exist: the fix would not type-check, and never fire). `null` when none, as
 * for an `<iframe>` (`iframe`), whose failed navigations still fire `load` (iframe-load.ts).
 */
export function getErrorEventName(registration: Wait<'event'>['registration'], iframe = false): 'error' | 'messageerror' | null {
  if (iframe) return null;
  const target = unwrapExpression(registration.target);
  if (target.type === 'Identifier' && GLOBAL_TARGETS.has(target.name)) return null;
  // Case: `iframe.contentWindow`, `dom.window` (a jsdom page), `doc.defaultView`: a window of another page, whose `error` is any script error of that page
  if ((target.type === 'MemberExpression' || target.type === 'OptionalMemberExpression') && WINDOW_MEMBERS.has(getPropertyName(target) ?? '')) return null;
  if (registration.eventName === null || !EVENTS_WITH_ERROR.has(registration.eventName)) return null;
  const isPort = (target.type === 'MemberExpression' && MESSAGE_PORT_MEMBERS.has(getPropertyName(target) ?? '')) || (target.type === 'NewExpression' && target.callee.type === 'Identifier' && target.callee.name === 'BroadcastChannel');
  if (isPort) return registration.eventName === 'message' ? 'messageerror' : null;
  return 'error';
}

function isStableReference(node: Node): boolean {
  const target = unwrapExpression(node);
  return target.type === 'ThisExpression' || getMemberChain(target) !== null;
}

/** `{ once: true }`: the rewrite's own listeners replace it. */
function isOnlyOnce(options: Node): boolean {
  const object = unwrapExpression(options);
  if (object.type !== 'ObjectExpression' || object.properties.length !== 1) return false;
  const once = findObjectProperty(object, 'once');
  return once?.type === 'ObjectProperty' && unwrapExpression(once.value).type === 'BooleanLiteral';
}

// ---------------------------------------------------------------------------------------------
// Shared text

/** `{ signal }` when the expression is that name, else `{ signal: expression }`. */
function signalOption(expression: string): string {
  return expression === 'signal' ? '{ signal }' : `{ signal: ${expression} }`;
}

function semi(context: Context): string {
  return context.style.semicolons ? ';' : '';
}

/**
 * A block of several statements: `{ a; b; }` on one line, or, in a file without semicolons, one
 * statement per line (`{ a b }` would not parse; the lines are indented by the caller).
 */
function block(statements: readonly string[], context: Context): string {
  if (context.style.semicolons) return `{ ${statements.map((statement) => `${statement};`).join(' ')} }`;
  return `{\n${statements.map((statement) => `${context.style.indentUnit}${statement}`).join('\n')}\n}`;
}

function uniqueName(base: string, scope: NodePath): string {
  return getUniqueIdentifier({ base, scope });
}

/** Replaces the executor with `(resolve, reject) => { …statements }`, indented where it stands. */
function replaceExecutor(executor: PromiseExecutor, reject: string, statements: readonly string[], context: Context): TextEdit {
  const fn = executor.fn;
  const outer = context.source.indentAt(executor.promise.node.start!);
  const inner = outer + context.style.indentUnit;
  const body = statements.map((statement) => `\n${inner}${indentText(terminate(statement, context), inner)}`).join('');
  const head = fn.type === 'ArrowFunctionExpression' ? `(${executor.resolve}, ${reject}) => ` : `function (${executor.resolve}, ${reject}) `;
  return { start: fn.start!, end: fn.end!, text: `${head}{${body}\n${outer}}` };
}

