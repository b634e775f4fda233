/**
 * A listener added in a loop of its owner's code — `for (const el of els) el.addEventListener(...)`,
 * `els.forEach((el) => el.addEventListener(...))` — is added once per item, usually with a loop
 * variable as its target or event: the release place cannot name each one again. The fix keeps
 * one removal per registration in an array (docs/catalog.md "loops keep every handle") and calls
 * each in the release place:
 *
 *   const removeListeners: (() => void)[] = [];
 *   for (const el of els) {
 *     const handleClick = (event: HTMLElementEventMap['click']) => select(el, event);
 *     el.addEventListener('click', handleClick);
 *     removeListeners.push(() => el.removeEventListener('click', handleClick));
 *   }
 *   return () => {
 *     for (const removeListener of removeListeners) removeListener();
 *   };
 *
 * The removal runs later, so it reads the target, event, handler and capture flag again then:
 * each must hold the same value — a literal, `this`, a global, or a name nothing reassigns and
 * that each iteration declares anew (never a `var` or a counter). A property read
 * (`item.el`, `this.el`) may have changed by then: the fix is for a person to check (`certain:
 * false`). An inline handler gets a `const` right before its statement, inside the loop.
 * Why one removal per listener and not one `AbortController`: the rule page, "One
 * AbortController or one removal per listener?" (emitters take no signal; nothing needed from
 * the runtime).
 */
import type { ArrowFunctionExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import type { ReleasePlace } from '../../src/analysis/lifecycle/release-place';
import { getEnclosingStatement } from '../../src/analysis/lifecycle/release-place';
import { planHandleArray } from '../../src/analysis/edits/handle-array';
import { buildReleaseEdits } from '../../src/analysis/edits/release-edits';
import { getExpressionBodyRange, getStatementEnd, indentText, insertStatementsAfter, insertStatementsBefore, terminate } from '../../src/analysis/edits/statement-edits';
import { getUniqueIdentifier } from '../../src/analysis/edits/unique-identifier';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode, isGlobalReference } from '../../src/analysis/syntax/scope';
import { unwrapPath } from '../../src/core/node-helpers';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';
import { formatMovedValue } from './hoist-value';
import { getParameterType, isUntypedEmitterHandler } from './handler-types';
import { getDeclaredRemoveMethod, getRemoveMethod, type ListenerCall } from './listener-call';
import { resolveCaptureFlag } from './listener-release-match';
import { isInline, type Context } from './match';
import { getHandlerBaseName } from './names';

export interface LoopRemovals {
  edits: TextEdit[];
  /** `el.removeEventListener('click', handleClick)`: one of the removals, for the description. */
  removal: string;
  /** Nothing for a person to check: every part read again is certain to be the same value, the moved handler kept its types. */
  certain: boolean;
}

type Stability = 'same' | 'may-change' | 'unknown';

const LOOP_BODY_KEYS = new Set(['body', 'consequent', 'alternate']);

/**
 * Whether `path`, evaluated again when the removal runs, gives the value it gave at the
 * registration: `same` for literals, `this`, globals and names nothing reassigns (a `var` is
 * shared by every iteration: never), and — in a class or Vue Options component whose release
 * method removes them — the instance's own members (`this.onFocus`, trusted as the rule's other
 * class fixes trust them);
 * `may-change` for other property reads of such values; `unknown` for anything else (calls,
 * operators).
 */
function getStability(path: NodePath, place: ReleasePlace): Stability {
  const current = unwrapPath(path);
  const node = current.node;
  if (node.type === 'StringLiteral' || node.type === 'NumericLiteral' || node.type === 'BooleanLiteral' || node.type === 'ThisExpression') return 'same';
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return 'same';
  if (node.type === 'Identifier') {
    const binding = findBinding(current, node.name);
    if (!binding) return isGlobalReference(current, node.name) ? 'same' : 'unknown';
    if (binding.kind === 'var' || binding.ambient) return binding.ambient ? 'same' : 'unknown';
    return isReassigned(binding, current) ? 'unknown' : 'same';
  }
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type !== 'Super') {
    if ((place.kind === 'class-method' || place.kind === 'options-hook') && node.object.type === 'ThisExpression' && !node.computed) return 'same';
    const object = getStability(current.child(node.object, 'object'), place);
    const property = node.computed ? getStability(current.child(node.property, 'property'), place) : 'same';
    return object === 'unknown' || property === 'unknown' ? 'unknown' : 'may-change';
  }
  return 'unknown';
}

function combine(parts: Stability[]): Stability {
  if (parts.includes('unknown')) return 'unknown';
  return parts.includes('may-change') ? 'may-change' : 'same';
}

function slice(path: NodePath, ctx: Context): string {
  return ctx.source.slice(path.node.start!, path.node.end!);
}

/** The removal's capture argument: `''`, `true`, `{ capture: true }`, or the options read again. */
function formatCapture(add: ListenerCall, place: ReleasePlace, ctx: Context): { text: string; stability: Stability } {
  if (add.family !== 'event-listener') return { text: '', stability: 'same' };
  const flag = resolveCaptureFlag(add.options);
  if (flag.kind === 'known') {
    if (!flag.value) return { text: '', stability: 'same' };
    return { text: add.options && unwrapPath(add.options).node.type !== 'ObjectExpression' ? 'true' : '{ capture: true }', stability: 'same' };
  }
  const stability = getStability(flag.path, place);
  const options = add.options ? unwrapPath(add.options) : null;
  const text = slice(flag.path, ctx);
  return { text: options && options.node === flag.path.node ? text : `{ capture: ${text} }`, stability };
}

/** `{ statements before; the registration; statements after }` in place of a braceless loop body or an arrow's expression body. */
function buildBlock(range: { start: number; end: number }, outerAt: number, registration: string, before: string[], after: string[], ctx: Context): TextEdit {
  const outer = ctx.source.indentAt(outerAt);
  const inner = outer + ctx.style.indentUnit;
  const line = (statement: string): string => `\n${inner}${indentText(statement, inner)}`;
  const text = `{${[...before.map((s) => terminate(s, ctx)), registration, ...after.map((s) => terminate(s, ctx))].map(line).join('')}\n${outer}}`;
  return { start: range.start, end: range.end, text };
}

/** `text` of [start, end) with `replacement` applied (it lies inside). */
function sliceWith(start: number, end: number, replacement: TextEdit | null, ctx: Context): string {
  if (!replacement) return ctx.source.slice(start, end);
  return ctx.source.slice(start, replacement.start) + replacement.text + ctx.source.slice(replacement.end, end);
}

/** Lines after the first of a statement's text, made relative to the indentation of the line it starts on. */
function dedent(text: string, at: number, ctx: Context): string {
  const from = ctx.source.indentAt(at);
  return text.split('\n').map((line, i) => (i > 0 && line.startsWith(from) ? line.slice(from.length) : line)).join('\n');
}

export interface LoopRemovalsRequest {
  add: ListenerCall;
  place: ReleasePlace;
  /** The array-iteration callback the registration is in (`els.forEach((el) => ...)`), when that is the repetition. */
  iterationCallback: NodePath | null;
  reserved: (scope: Node) => Set<string>;
}

export function planLoopRemovals(request: LoopRemovalsRequest, ctx: Context): LoopRemovals | null {
  const { add, place } = request;
  if (add.family === 'fs-watch-file' || !add.handler) return null;
  // The registration is a statement of its own (or a `forEach` arrow's whole body): the removal goes right after it.
  const arrow = request.iterationCallback?.node.type === 'ArrowFunctionExpression' ? (request.iterationCallback.node as ArrowFunctionExpression) : null;
  const expressionBody = arrow && arrow.body.type !== 'BlockStatement' && unwrapPath(request.iterationCallback!.child(arrow.body, 'body')).node === add.call.node ? arrow : null;
  // `map` / `flatMap` would return something else: only `forEach` ignores what its callback returns.
  if (expressionBody) {
    const call = request.iterationCallback!.parentPath!.node as { callee: Node };
    if (getPropertyName(call.callee as never) !== 'forEach') return null;
  }
  const statement = expressionBody ? null : getRegistrationStatement(add.call);
  if (!expressionBody && !statement) return null;

  // What the removal reads again when it runs.
  const parts: Stability[] = [];
  if (add.target) parts.push(getStability(add.target, place));
  if (add.event) parts.push(getStability(add.event, place));
  const capture = formatCapture(add, place, ctx);
  parts.push(capture.stability);
  const inline = isInline(add.handler);
  if (!inline) parts.push(getStability(add.handler, place));
  const stability = combine(parts);
  if (stability === 'unknown') return null;

  // An inline handler gets a name in the loop body; a call (`.bind(this)`) moves before the target and event are read.
  let hoisted: { declaration: string; name: string; typed: boolean; replacement: TextEdit } | null = null;
  if (inline) {
    const handlerNode = unwrapPath(add.handler).node;
    const isFunction = handlerNode.type === 'ArrowFunctionExpression' || handlerNode.type === 'FunctionExpression';
    if (!isFunction && [add.target, add.event].some((part) => part && unwrapPath(part).node.type !== 'Identifier' && !unwrapPath(part).node.type.endsWith('Literal') && unwrapPath(part).node.type !== 'ThisExpression')) return null;
    const moved = formatMovedValue(add.handler, { parameterType: getParameterType(add, ctx) }, ctx);
    if (!moved) return null;
    const scope = expressionBody ? request.iterationCallback! : (statement!.parentPath!.node.type === 'BlockStatement' ? statement!.parentPath! : statement!);
    const name = getUniqueIdentifier({ base: getHandlerBaseName(add), scope: findFunctionOrBlock(scope), reserved: request.reserved(findFunctionOrBlock(scope).node) });
    hoisted = { declaration: `const ${name} = ${moved.text}`, name, typed: moved.typed && !isUntypedEmitterHandler(add, ctx), replacement: { start: add.handler.node.start!, end: add.handler.node.end!, text: name } };
  }

  // The removal: the same target, event, handler and capture flag.
  const method = getDeclaredRemoveMethod(add, ctx.project) ?? getRemoveMethod(add);
  const callee = add.target ? `${slice(add.target, ctx)}${add.optional ? '?.' : '.'}${method}` : isGlobalReference(add.call, method) ? method : `globalThis.${method}`;
  const args = [add.event ? slice(add.event, ctx) : null, hoisted ? hoisted.name : slice(add.handler, ctx), capture.text].filter((part): part is string => part !== null && part !== '');
  const removal = `${callee}(${args.join(', ')})`;

  const array = planHandleArray({ place, baseName: 'removeListener', elementType: '() => void', reserved: request.reserved }, ctx);
  if (!array) return null;
  const push = `${array.access}.push(() => ${removal})`;
  const before = hoisted ? [hoisted.declaration] : [];
  const edits: TextEdit[] = [...array.edits];
  if (expressionBody) {
    const range = getExpressionBodyRange(expressionBody, ctx);
    const registration = terminate(dedent(sliceWith(expressionBody.body.start!, expressionBody.body.end!, hoisted?.replacement ?? null, ctx), expressionBody.body.start!, ctx), ctx);
    edits.push(buildBlock(range, expressionBody.start!, registration, before, [push], ctx));
  } else if (statement!.parentPath!.node.type === 'BlockStatement') {
    if (hoisted) edits.push(insertStatementsBefore(statement!.node, before, ctx), hoisted.replacement);
    edits.push(insertStatementsAfter(statement!.node, [push], ctx));
  } else {
    // Case: `for (const el of els) el.addEventListener(...);`: the body becomes a block.
    const end = getStatementEnd(statement!.node, ctx);
    const registration = dedent(sliceWith(statement!.node.start!, end, hoisted?.replacement ?? null, ctx), statement!.node.start!, ctx);
    edits.push(buildBlock({ start: statement!.node.start!, end }, statement!.parentPath!.node.start!, registration, before, [push], ctx));
  }
  const release = array.release((item) => `${item}()`);
  // Several loops of one owner share the array the first one's fix declared and released.
  const releaseEdits = array.existing ? [] : buildReleaseEdits({ place, statements: [release], acquisitionEnd: add.call.node.end! }, ctx);
  if (!releaseEdits) return null;
  edits.push(...releaseEdits);
  return { edits, removal, certain: stability === 'same' && (hoisted ? hoisted.typed : true) };
}

/**
 * The statement that is the registration (`el.addEventListener(...);`), in a block or as the
 * braceless body of a loop or `if`; `null` when the registration is part of something else.
 */
function getRegistrationStatement(call: NodePath): NodePath | null {
  const statement = call.parentPath;
  if (!statement || statement.node.type !== 'ExpressionStatement' || unwrapPath(statement.child(statement.node.expression, 'expression')).node !== call.node) {
    // Case: `(el.addEventListener(...));`, `el.addEventListener(...) as void;`
    const enclosing = getEnclosingStatement(call);
    return enclosing?.node.type === 'ExpressionStatement' && unwrapPath(enclosing.child(enclosing.node.expression, 'expression')).node === call.node ? enclosing : null;
  }
  const parent = statement.parentPath?.node;
  if (parent?.type === 'BlockStatement') return statement;
  const isBody = parent && /^(For|ForOf|ForIn|While|DoWhile|If)Statement$/.test(parent.type) && LOOP_BODY_KEYS.has(String(statement.key));
  return isBody ? statement : null;
}

/** The scope a `const` in `path` is declared in: the block, or the function whose body it is. */
function findFunctionOrBlock(path: NodePath): NodePath {
  if (path.node.type === 'BlockStatement' && path.parentPath && isFunctionNode(path.parentPath.node)) return path.parentPath;
  return path;
}
