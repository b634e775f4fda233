/**
 * listener-cleanup, the rewriter: minimal edits that release what the matcher found, in the
 * owner's release place. A registration gets its removal with the very same target, event,
 * handler and capture flag (inline handlers and call-derived targets are hoisted into a name
 * first; a removal that almost matched is repaired instead of adding a second one); a handle is
 * kept and released with its method (`disconnect()`, `close()`, `abort()`, ...); an Angular
 * RxJS subscription ends with `takeUntilDestroyed(this.destroyRef)`.
 */
import type { CallExpression, Node, Program } from '@babel/types';
import type { FixProposal } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import { describeReleasePlace } from '../../src/analysis/lifecycle/describe-release-place';
import { addImport } from '../../src/analysis/edits/add-import';
import type { AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { planHandleCapture } from '../../src/analysis/resources/handle-capture';
import { planValueHoist } from './hoist-value';
import { replaceValue } from './hoist-request';
import type { SourceText } from '../../src/core/source-text';
import { isReadableAt } from './readable-at-release';
import { getReleaseBlock } from '../../src/analysis/lifecycle/release-block';
import { getDeclaredRemoveMethod, getRemoveMethod, type ListenerCall } from './listener-call';
import { isSameCapture, isSameListenerTarget, resolveCaptureFlag } from './listener-release-match';
import { findMaybeUnsetParts, findUnsettingStatement, isAssignedOnlyConditionally } from './member-may-be-unset';
import { insertStatementsBefore } from '../../src/analysis/edits/statement-edits';
import { mergeEdits } from '../../src/analysis/edits/merge-edits';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { isNestSingletonPerCall, type OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { buildReleaseEdits } from '../../src/analysis/edits/release-edits';
import { getEnclosingStatement, resolveReleasePlace, type ReleasePlace } from '../../src/analysis/lifecycle/release-place';
import { isSameValue, resolveStaticValue } from './same-value';
import { findBinding, isGlobalReference } from '../../src/analysis/syntax/scope';
import { buildTakeUntilDestroyedEdits } from './take-until-destroyed';
import { planNewDisposalMethod } from '../../src/analysis/lifecycle/creator-dispose';
import { isCleanupFixCertain } from '../../src/analysis/lifecycle/cleanup-fix-certainty';
import type { NameReservations } from '../../src/analysis/edits/name-reservations';
import { isTemplateRefChain } from './vue-template-ref';
import { isAngularEventHandler } from './angular-event-handler';
import { readSubscriptionReleaseMethod, type SubscriptionReleaseMethod } from './subscription-release';
import { getParameterType, isUntypedEmitterHandler } from './handler-types';
import { isInline, type Context, type HandleCandidate, type RegistrationCandidate } from './match';
import { getHandlerBaseName, getTargetBaseName } from './names';
import { unwrapPath } from '../../src/core/node-helpers';
import { isAcquirePlaceApartFromLoop, isRepeatedInOwner } from '../../src/analysis/lifecycle/repeated-acquisition';
import { planLoopRemovals } from './loop-removals';
import { getAcquisitionGuard } from './guarded-acquisition';
import { getUnboundMethodHandler } from './owner-free-handler';
import { layoutCall } from '../../src/analysis/edits/call-layout';
import { isAppLifetimeService } from '../../src/analysis/lifecycle/app-lifetime-service';

type Reserve = NameReservations;

/** Places whose release is registered right after each acquisition (each run gets its own). */
const REGISTERED_NEXT_TO_ACQUISITION = new Set(['cleanup-call', 'abort-listener', 'destroy-ref']);

function text(path: NodePath, context: Context): string {
  return context.source.slice(path.node.start!, path.node.end!);
}

const OPERAND_TYPES = new Set(['Identifier', 'ThisExpression', 'MemberExpression', 'OptionalMemberExpression', 'CallExpression', 'OptionalCallExpression', 'TSNonNullExpression']);

/** The text of an object a method is called on: `window`, `(window as Window)`. */
function operandText(path: NodePath, context: Context): string {
  return OPERAND_TYPES.has(path.node.type) ? text(path, context) : `(${text(path, context)})`;
}

/** The release place, and — for a class with no disposal method — the edits that call the new one where the instance is made. */
function resolvePlace(owner: OwnerScope, acquisition: NodePath, context: Context, reserve: Reserve): { place: ReleasePlace; creatorEdits: TextEdit[] } | null {
  const resolved = resolveReleasePlace(owner, acquisition).place;
  const planned = resolved ? null : planNewDisposalMethod(owner, reserve, context, context.options.effectHooks);
  const place = resolved ?? planned?.place ?? null;
  // In a loop, one name would keep only the last of many acquisitions.
  if (!place || (owner.inLoop && !REGISTERED_NEXT_TO_ACQUISITION.has(place.kind))) return null;
  return { place, creatorEdits: planned?.edits ?? [] };
}

// ---- registrations: the removal ---------------------------------------------------------------

/** Nothing in `path` can have side effects (so another expression may be evaluated before it). */
function isSideEffectFree(path: NodePath | null): boolean {
  if (!path) return true;
  const node = unwrapPath(path).node;
  if (node.type === 'Identifier' || node.type === 'ThisExpression' || node.type.endsWith('Literal')) return true;
  if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') return !node.computed && isSideEffectFree(unwrapPath(path).child(node.object, 'object'));
  return false;
}

function quoteString(value: string, quote: string): string {
  return `${quote}${value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`)}${quote}`;
}

/** The removal's capture argument: `''`, `true`, `{ capture: true }`, or the same options or flag expression. */
function formatCapture(add: ListenerCall, place: ReleasePlace, context: Context): string | null {
  if (add.family !== 'event-listener') return '';
  const flag = resolveCaptureFlag(add.options);
  if (flag.kind === 'known') {
    if (!flag.value) return '';
    return add.options && unwrapPath(add.options).node.type !== 'ObjectExpression' ? 'true' : '{ capture: true }';
  }
  if (!isReadableAt(flag.path, place)) return null;
  const options = add.options ? unwrapPath(add.options) : null;
  return options && options.node === flag.path.node ? text(flag.path, context) : `{ capture: ${text(flag.path, context)} }`;
}

/** The expression at the release place that gives the event type (or watched path) again. */
function formatEvent(event: NodePath, place: ReleasePlace, context: Context): string | null {
  if (isReadableAt(event, place)) return text(event, context);
  const value = resolveStaticValue(event);
  return typeof value === 'string' ? quoteString(value, context.style.quote) : null;
}

interface RemovalParts {
  target: string | null;
  /** Call the removal with `?.` (the acquisition did, or the target is read again when it may be gone). */
  optional: boolean;
  event: string | null;
  handler: string;
  capture: string;
  edits: TextEdit[];
  /** Nothing for a person to check: every hoisted function kept its parameter types, nothing is read again that may have changed. */
  certain: boolean;
}

/** The pieces of the removal, with the edits that hoist what the release place could not read again. */
function planRemovalParts(candidate: RegistrationCandidate, place: ReleasePlace, context: Context, reserve: Reserve): RemovalParts | null {
  const { add } = candidate;
  const edits: TextEdit[] = [];
  let certain = true;
  // The acquisition is a statement of its own: its target is evaluated first, so a `const` before it keeps the order.
  const statement = getEnclosingStatement(add.call);
  const isOwnStatement = statement?.node.type === 'ExpressionStatement' && unwrapPath(statement.child((statement.node as { expression: Node }).expression, 'expression')).node === add.call.node;
  let target: string | null = null;
  let optional = add.optional;
  if (add.target && add.family !== 'fs-watch-file') {
    if (isReadableAt(add.target, place)) {
      target = operandText(add.target, context);
      // A template ref read again in a teardown hook may be empty by then (`v-if`): `root.value?.removeEventListener`.
      if (place.kind === 'teardown-hook' && !add.optional && isLocalMemberChain(add.target)) optional = true;
      if (place.kind === 'options-hook' && !add.optional && isTemplateRefChain(add.target)) optional = true;
      // A field the class may leave unset (`socket?: Socket`, `this.socket = null`, `this.socket?.close()`) is read with `?.`.
      if (place.kind === 'class-method') ({ target, optional } = guardUnsetParts(add.target, optional, place.classOwner.classPath, context));
      // The same in a Vue Options-API component: its hooks and methods share `this` (`this.editor = null` in `beforeDestroy`).
      else if (place.kind === 'options-hook' && isThisRooted(add.target)) ({ target, optional } = guardUnsetParts(add.target, optional, place.vue.component.object, context));
    } else {
      // A class field would evaluate the target when the object is made, not where it was acquired.
      if (place.kind === 'class-method') return null;
      const hoisted = planValueHoist({ place, value: add.target, baseName: getTargetBaseName(add.target), reserved: reserve, movable: isOwnStatement }, context);
      if (!hoisted) return null;
      target = hoisted.text;
      edits.push(...hoisted.edits);
    }
  } else if (add.target) {
    target = operandText(add.target, context);
  }
  const event = add.event ? formatEvent(add.event, place, context) : null;
  if (add.event && event === null) return null;
  if (!add.handler) return null;
  let handler: string;
  let handlerMoved = false;
  if (!isInline(add.handler) && isReadableAt(add.handler, place)) handler = text(add.handler, context);
  else {
    handlerMoved = true;
    const handlerNode = unwrapPath(add.handler).node;
    const isFunction = handlerNode.type === 'ArrowFunctionExpression' || handlerNode.type === 'FunctionExpression';
    const isMethodBind = place.kind === 'class-method' && isBoundMethod(add.handler);
    const movable = isFunction || isMethodBind || (place.kind !== 'class-method' && isOwnStatement && isSideEffectFree(add.target) && isSideEffectFree(add.event));
    const hoisted = planValueHoist(
      { place, value: add.handler, baseName: getHandlerBaseName(add), reserved: reserve, movable, parameterType: getParameterType(add, context) },
      context,
    );
    if (!hoisted) return null;
    handler = hoisted.text;
    // In JavaScript an emitter's handler moves untyped: a person checks what its parameters are (docs/catalog.md).
    // A lint or type directive above the registration (`// eslint-disable-next-line …`) would stay
    // behind while the handler it was for moves (hyper's rpc client): a person moves it.
    certain = hoisted.typed && !isUntypedEmitterHandler(add, context) && !hasDirectiveAbove(add.call, context.source);
    edits.push(...hoisted.edits);
  }
  const capture = formatCapture(add, place, context);
  if (capture === null) return null;
  // React replaces `this.props` / `this.state` over time: reading them again at unmount may give another object.
  const reread = place.kind === 'class-method' && place.classOwner.kind === 'react-class' && [add.target, add.event, add.handler].some((part) => part !== null && isReactInstanceData(part));
  // Written under a test of its target or handler (`if (emblaApi) emblaApi.on(…)`): the release is not (guarded-acquisition.ts).
  const guard = getAcquisitionGuard(add.call, add.target, add.handler, isInline(add.handler), (node) => context.source.slice(node.start!, node.end!));
  if (guard.handler || (guard.target && handlerMoved)) certain = false;
  // The release reads a guarded target with `?.`, in a suggestion too: without the test it may be unset.
  if (guard.target) optional = true;
  return { target, optional, event, handler, capture, edits, certain: certain && !reread };
}

/** `this.x.y`: a member chain off `this`. */
function isThisRooted(path: NodePath): boolean {
  let current = unwrapPath(path);
  while ((current.node.type === 'MemberExpression' || current.node.type === 'OptionalMemberExpression') && !current.node.computed) current = unwrapPath(current.child(current.node.object, 'object'));
  return current.node.type === 'ThisExpression';
}

/**
 * The target's text with `?.` after every part another method of the class may find unset
 * (`this.portal?.socket`), and whether the removal itself is called with `?.`.
 */
function guardUnsetParts(target: NodePath, optional: boolean, classPath: NodePath, context: Context): { target: string; optional: boolean } {
  const whole = unwrapPath(target);
  const inserts: number[] = [];
  let guarded = optional;
  for (const part of findMaybeUnsetParts(target, classPath, context.language)) {
    if (part.node === whole.node) {
      guarded = true;
      continue;
    }
    // `?` goes right before the `.` that follows the part (`this.portal /* c */ .socket` -> `this.portal /* c */ ?.socket`).
    const dot = context.source.text.indexOf('.', part.node.end!);
    if (dot !== -1 && context.source.text[dot - 1] !== '?') inserts.push(dot);
  }
  if (inserts.length === 0) return { target: operandText(target, context), optional: guarded };
  const start = target.node.start!;
  let written = context.source.slice(start, target.node.end!);
  for (const at of inserts.sort((a, b) => b - a)) written = `${written.slice(0, at - start)}?${written.slice(at - start)}`;
  return { target: OPERAND_TYPES.has(target.node.type) ? written : `(${written})`, optional: guarded };
}

/** `this.props.x`, `this.state.x`, `this.context.x`. */
function isReactInstanceData(path: NodePath): boolean {
  let node = unwrapPath(path).node;
  let property: string | null = null;
  while (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
    property = getPropertyName(node);
    node = node.object;
  }
  return node.type === 'ThisExpression' && property !== null && ['props', 'state', 'context'].includes(property);
}

/** `root.value`, `state.el`: a property chain off a variable of the component (not a global, not an import). */
function isLocalMemberChain(path: NodePath): boolean {
  let current = unwrapPath(path);
  if (current.node.type !== 'MemberExpression' && current.node.type !== 'OptionalMemberExpression') return false;
  while (current.node.type === 'MemberExpression' || current.node.type === 'OptionalMemberExpression') current = unwrapPath(current.child(current.node.object, 'object'));
  const root = current.node;
  const binding = root.type === 'Identifier' ? findBinding(current, root.name) : null;
  return binding !== null && binding.kind !== 'import';
}

/** `this.onKeyDown.bind(this)` where `onKeyDown` is a method (on the prototype, there before any field). */
function isBoundMethod(path: NodePath): boolean {
  const node = unwrapPath(path).node;
  if (node.type !== 'CallExpression' || node.arguments.length !== 1 || node.arguments[0]!.type !== 'ThisExpression') return false;
  const callee = node.callee;
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'bind' || callee.object.type !== 'MemberExpression' || callee.object.object.type !== 'ThisExpression') return false;
  const method = getPropertyName(callee.object);
  const classPath = path.findParent((p) => p.node.type === 'ClassBody');
  return classPath !== null && (classPath.node as { body: Node[] }).body.some((member) => member.type === 'ClassMethod' && member.kind === 'method' && member.key.type === 'Identifier' && member.key.name === method);
}

/** How the removal function is called: `window.removeEventListener`, `fs.unwatchFile`, the global `removeEventListener`. */
function formatRemoveCallee(add: ListenerCall, parts: RemovalParts, context: Context): { callee: string; edits: TextEdit[] } {
  const method = getDeclaredRemoveMethod(add, context.project) ?? getRemoveMethod(add);
  const target = parts.target;
  if (target !== null) return { callee: `${target}${parts.optional ? '?.' : '.'}${method}`, edits: [] };
  if (add.family === 'fs-watch-file') {
    // Case: `import { watchFile } from 'node:fs'` -> `unwatchFile` from the same module.
    const local = (add.call.node.callee as { name: string }).name;
    const binding = findBinding(add.call, local);
    const declaration = binding?.declaration;
    const program = context.ast.program;
    const importDeclaration = program.body.find((statement) => statement.type === 'ImportDeclaration' && (statement.specifiers as Node[]).includes(declaration!));
    const module = importDeclaration?.type === 'ImportDeclaration' ? importDeclaration.source.value : (resolveModuleReference(add.call, local)?.source ?? 'fs');
    const imported = addImport({ program, source: context.source, style: context.style, filename: context.filename }, { module, name: 'unwatchFile' });
    return { callee: imported.local, edits: imported.edits };
  }
  // Case: the global `addEventListener(...)` -> `removeEventListener(...)` (through `globalThis` when shadowed).
  return { callee: isGlobalReference(add.call, method) ? method : `globalThis.${method}`, edits: [] };
}

/** A removal that almost matches (another function, capture flag or call of the target) and can be repaired in place. */
function planNearMissRepair(candidate: RegistrationCandidate, place: ReleasePlace, parts: RemovalParts, source: SourceText): TextEdit[] | null {
  const { add } = candidate;
  const block = getReleaseBlock(place);
  const addFlag = resolveCaptureFlag(add.options);
  for (const remove of candidate.nearMisses) {
    // The repaired removal must be where the hoisted names are visible.
    if (remove.call.node.start! < block.start! || remove.call.node.end! > block.end! || !remove.handler) continue;
    const edits: TextEdit[] = [];
    if (add.target && remove.target && add.family !== 'fs-watch-file' && !isSameValue(add.target, remove.target)) {
      edits.push(replaceValue(remove.target, parts.target!, source));
    }
    if (!isSameValue(add.handler!, remove.handler)) edits.push({ start: remove.handler.node.start!, end: remove.handler.node.end!, text: parts.handler });
    if (add.family === 'event-listener' && !isSameCapture(addFlag, resolveCaptureFlag(remove.options))) edits.push(buildCaptureEdit(remove, parts.capture));
    if (edits.length > 0) return edits;
  }
  return null;
}

/** The edit that gives a removal the capture argument `capture` (`''` removes it). */
function buildCaptureEdit(remove: ListenerCall, capture: string): TextEdit {
  const handlerEnd = remove.handler!.node.end!;
  if (!remove.options) return { start: handlerEnd, end: handlerEnd, text: `, ${capture}` };
  return { start: capture ? remove.options.node.start! : handlerEnd, end: remove.options.node.end!, text: capture };
}

/**
 * With no release place to write to (no owner, a nested callback), a removal that differs only
 * in its capture flag is still repaired where it is: it is clearly meant for this listener.
 */
function planCaptureRepair(candidate: RegistrationCandidate): TextEdit[] | null {
  const { add } = candidate;
  const flag = resolveCaptureFlag(add.options);
  if (add.family !== 'event-listener' || !add.handler || flag.kind !== 'known') return null;
  const capture = !flag.value ? '' : add.options && unwrapPath(add.options).node.type !== 'ObjectExpression' ? 'true' : '{ capture: true }';
  const remove = candidate.nearMisses.find((other) => other.handler && isSameValue(add.handler!, other.handler) && isSameListenerTarget(add.target, other.target));
  return remove ? [buildCaptureEdit(remove, capture)] : null;
}

/** D3 selections take `.on(type, null)` to remove a listener and have no `.off`. */
function importsD3(context: Context): boolean {
  return context.ast.program.body.some((statement) => statement.type === 'ImportDeclaration' && /^d3(-[a-z]+)?$/.test(statement.source.value));
}

/**
 * `props.ipc.on('x', f)` where the code declares the type of `props.ipc` (a parameter's or
 * variable's annotation, followed through the file's types and into the project module it is
 * imported from: declared-type-members.ts) and that type lists the adder but not the removal the
 * fix would usually call: the removal is the other emitter removal the type lists (`{ on,
 * removeListener }`: `removeListener`, Node's alias of `off`), or, when it lists none (`{ on,
 * removeAllListeners }`), there is none to write: an `off` would throw a TypeError when the owner
 * ends (and not type-check). youtube-music's plugin context wraps each listener in its `ipc.on`
 * and offers no way to remove it. No fix is written then; the finding stays, with the confidence
 * the fix would have had (rule.ts).
 */
export const NO_DECLARED_REMOVAL_NOTE = 'No fix: the type this object is declared with lists no matching removal method, so a removal written the usual way would throw; that API has to offer a way to remove the listener first.';

export function lacksDeclaredRemoval(add: RegistrationCandidate['add'], context: Context): boolean {
  return getDeclaredRemoveMethod(add, context.project) === null;
}

/**
 * `Dimensions.addEventListener('change', f)` on an object of `react-native`: since React Native
 * 0.65 its `addEventListener` returns a subscription to `.remove()`, and `removeEventListener`
 * is gone (0.72 for `Dimensions`): a removal written the DOM way throws when the screen
 * unmounts (joplin's ConfigScreen). No fix is written; the finding stays.
 */
export const REACT_NATIVE_NOTE = "React Native's addEventListener returns a subscription (removeEventListener is gone since 0.65-0.72): keep it and call its remove() in the cleanup.";

export function isReactNativeObject(add: RegistrationCandidate['add']): boolean {
  if (add.method !== 'addEventListener' || !add.target) return false;
  const target = unwrapPath(add.target).node;
  const root = target.type === 'MemberExpression' ? getMemberRoot(target) : target;
  if (root.type !== 'Identifier') return false;
  const reference = resolveModuleReference(add.target, root.name);
  return reference !== null && reference.source === 'react-native';
}

function getMemberRoot(node: Node): Node {
  let current = node;
  while (current.type === 'MemberExpression') current = current.object;
  return current;
}

export function buildRegistrationFix(candidate: RegistrationCandidate, context: Context, reserve: Reserve): FixProposal | null {
  const { add, owner } = candidate;
  // A root-provided Angular service without teardown lives as long as the app: a removal on its destroy would run only then.
  if (isAppLifetimeService(owner)) return null;
  if (add.family === 'emitter-listener' && importsD3(context)) return null;
  if (isReactNativeObject(add)) return null;
  // In a loop: one removal per registration, kept in an array (docs/catalog.md "loops keep every handle").
  if (isRepeatedInOwner(owner)) {
    const loopFix = buildLoopFix(candidate, context, reserve);
    if (loopFix !== undefined) return loopFix;
  }
  const resolved = resolvePlace(owner, add.call, context, reserve);
  const place = resolved?.place ?? null;
  const parts = place ? planRemovalParts(candidate, place, context, reserve) : null;
  if (!place || !parts) {
    const repair = planCaptureRepair(candidate);
    return repair ? { edits: repair, safe: isCleanupFixCertain({ owner, place: null, processLifetime: candidate.processLifetime }), description: 'make the existing removal remove this very listener (the same capture flag)' } : null;
  }
  // Case: `app.on('will-quit', this.destroy)` with `destroy() {}` a prototype method: when the event runs it, `this` is the
  // emitter, so a removal written in `destroy()` (`app.off('will-quit', this.destroy)`) would read the emitter's `destroy`.
  if (place.kind === 'class-method' && add.handler && getUnboundMethodHandler(add.handler, place.classOwner.classPath.node) === place.classOwner.releaseMethod) return null;
  const safe = isCleanupFixCertain({ owner, place, processLifetime: candidate.processLifetime }) && parts.certain;
  const repair = planNearMissRepair(candidate, place, parts, context.source);
  if (repair) {
    return { edits: mergeEdits([...parts.edits, ...repair]), safe, description: 'make the existing removal remove this very listener' };
  }
  parts.edits = relayoutAcquisition(add, parts.edits, context);
  const { callee, edits: importEdits } = formatRemoveCallee(add, parts, context);
  const args = [parts.event, parts.handler, parts.capture].filter((part): part is string => part !== null && part !== '');
  const removal = `${callee}(${args.join(', ')})`;
  // A release method that unsets the target (`this.socket = null;`) gets the removal before that.
  const existingRelease = place.kind === 'class-method' ? place.classOwner.existingRelease : place.kind === 'options-hook' && !place.vue.release.existingIsArrow ? place.vue.release.existing : null;
  const unsetting = existingRelease && add.target ? findUnsettingStatement(existingRelease, add.target) : null;
  const releaseEdits = unsetting ? [insertStatementsBefore(unsetting, [removal], context)] : buildReleaseEdits({ place, statements: [removal], acquisitionEnd: add.call.node.end! }, context);
  if (!releaseEdits) return null;
  return { edits: mergeEdits([...parts.edits, ...importEdits, ...releaseEdits, ...resolved!.creatorEdits]), safe, description: `call ${removal} ${describeReleasePlace(place)}` };
}

/**
 * `node` of `node.on(…)` (or of `node.part.on(…)`) where `node` is a parameter of the class method
 * (not the constructor, which runs once per instance) the loop is in: a different emitter at each
 * call. A parameter of the loop's own callback (`nodes.forEach((node) => …)`) is the item.
 */
function isMethodParameterTarget(target: NodePath | null): boolean {
  if (!target) return false;
  let root = unwrapPath(target);
  while ((root.node.type === 'MemberExpression' || root.node.type === 'OptionalMemberExpression') && !root.node.computed) root = unwrapPath(root.child(root.node.object, 'object'));
  if (root.node.type !== 'Identifier') return false;
  const binding = findBinding(root, root.node.name);
  if (binding?.kind !== 'param') return false;
  const fn = binding.scope;
  if (fn.type === 'ClassMethod' || fn.type === 'ClassPrivateMethod') return fn.kind === 'method';
  // Case: `bindNode = (node) => { … }`, a class field holding the method
  if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') return false;
  let holder: NodePath | null = root;
  while (holder && holder.node !== fn) holder = holder.parentPath;
  return holder?.parent?.type === 'ClassProperty' || holder?.parent?.type === 'ClassPrivateProperty';
}

/**
 * A registration made once per item of a loop of the owner: every removal kept in an array.
 * `undefined` where the release place is registered next to each registration (`onCleanup`, an
 * abort listener), which the usual fix serves.
 */
function buildLoopFix(candidate: RegistrationCandidate, context: Context, reserve: Reserve): FixProposal | null | undefined {
  const { add, owner } = candidate;
  const place = resolveReleasePlace(owner, add.call).place;
  if (place && REGISTERED_NEXT_TO_ACQUISITION.has(place.kind)) return undefined;
  if (!place) return null;
  // Per request in a NestJS singleton: the array would keep every call's removals until the app closes.
  if (isNestSingletonPerCall(owner)) return null;
  // Per call of a class method that is handed the emitter (zwave-js-ui's `_bindNodeEvents(zwaveNode)`,
  // run for every node added): the array would keep every call's emitter until the owner is
  // disposed, where a registration of the same method outside a loop gets no fix (its removal
  // cannot name the parameter) — report-only, as that one.
  if (place.kind === 'class-method' && isMethodParameterTarget(add.target)) return null;
  const iterationCallback = !owner.inLoop ? owner.nested[0]! : null;
  const planned = planLoopRemovals({ add, place, iterationCallback, reserved: reserve }, context);
  if (!planned) return null;
  const safe = isCleanupFixCertain({ owner, place, inAcquirePlace: isAcquirePlaceApartFromLoop(owner), processLifetime: candidate.processLifetime }) && planned.certain;
  return { edits: mergeEdits(planned.edits), safe, description: `keep one removal per registration and call each (${planned.removal}) ${describeReleasePlace(place)}` };
}

// ---- handles: keep it, release it -------------------------------------------------------------

const HANDLE_NAMES: Record<string, string> = { WebSocket: 'socket', EventSource: 'eventSource', BroadcastChannel: 'channel' };

function formatHandleRelease(candidate: HandleCandidate, handle: string, unset: boolean, subscriptionMethod: SubscriptionReleaseMethod | null): string {
  const { acquisition, subscription } = candidate;
  const access = unset ? '?.' : '.';
  if (subscription === 'function') return `${handle}${unset ? '?.' : ''}()`;
  const release = acquisition.resource.release;
  const method = subscriptionMethod ?? (release.type === 'handle-method' || release.type === 'handle-method-or-call' ? release.names[0]! : 'close');
  return `${acquisition.asyncRelease ? 'void ' : ''}${handle}${access}${method}()`;
}

/** The statement a chained acquisition is the start of (`new X(...).observe(el);`), or `null`. */
function getChainStatement(candidate: HandleCandidate): NodePath | null {
  const whole = candidate.chained?.parentPath;
  const statement = whole?.parentPath;
  if (!whole || !statement || statement.node.type !== 'ExpressionStatement' || statement.node.expression !== whole.node) return null;
  return statement.node.start === candidate.handle.expression.node.start ? statement : null;
}

/** `new ResizeObserver(cb).observe(el);` -> the edit that makes it `...(cb);\n<indent>observer.observe(el);`. */
function planChainSplit(candidate: HandleCandidate, handleText: string, context: Context): TextEdit {
  const member = candidate.chained!.node as Node & { property: Node };
  const start = candidate.handle.expression.node.start!;
  const indent = context.source.indentAt(start);
  return { start: candidate.handle.expression.node.end!, end: member.property.start!, text: `;\n${indent}${handleText}.` };
}

export function buildHandleFix(candidate: HandleCandidate, context: Context, reserve: Reserve): FixProposal | null {
  const { acquisition, owner } = candidate;
  // A root-provided Angular service without teardown lives as long as the app: `takeUntilDestroyed(this.destroyRef)`
  // or a release in its `ngOnDestroy` would end the chain only when the app ends, not stop one more per call.
  if (isAppLifetimeService(owner)) return null;
  // `hub.subscribe({ client, topic })` with plain data: what it returns (often a promise) may have nothing to end.
  if (candidate.subscription === 'request') return null;
  // `hub.subscribe({ subId }, done)` that the file ends by its key elsewhere: the key, not a handle, ends it.
  if (candidate.subscription === 'keyed') return null;
  // An injected service's observable may be an HttpClient request that completes: ending it would cancel the request.
  const certain = (place: ReleasePlace | null): boolean => isCleanupFixCertain({ owner, place, processLifetime: candidate.processLifetime }) && candidate.subscription !== 'unknown' && !candidate.serviceCall && !candidate.abortReport;
  // Angular: an RxJS subscription ends with `takeUntilDestroyed(this.destroyRef)` (docs/catalog.md policy).
  if (candidate.subscription === 'rxjs' && owner.kind === 'angular' && owner.classOwner && candidate.handle.kind === 'discarded') {
    const edits = buildTakeUntilDestroyedEdits({ subscribe: acquisition.path as NodePath<CallExpression>, classOwner: owner.classOwner, reserved: reserve, angularMajor: context.settings.target.angularMajor }, context);
    // An event handler (a click or submit method) subscribes on every call: a suggestion, and
    // never a field released in ngOnDestroy, which would keep only the latest subscription.
    const inEventHandler = isAngularEventHandler(owner.classOwner);
    if (edits) return { edits: mergeEdits(edits), safe: certain(null) && !inEventHandler, description: 'end the subscription with takeUntilDestroyed(this.destroyRef)' };
    if (inEventHandler) return null;
  }
  const resolved = resolvePlace(owner, acquisition.path, context, reserve);
  if (!resolved) return null;
  const place = resolved.place;
  let handle: AcquisitionHandle = candidate.handle;
  if (candidate.chained) {
    const statement = getChainStatement(candidate);
    if (!statement) return null;
    handle = { kind: 'discarded', statement: statement as never, expression: candidate.handle.expression, voidOperator: null };
  }
  const isFunctionSubscription = candidate.subscription === 'function';
  // Case: a subscription of no known library whose handle the file shows is a Disposable (`_sub: Rx.IDisposable`,
  // another handle subscribed on the same source ended with `.dispose()`: RxJS 4 / rx-lite, Knockout): `dispose()`, which it has instead of `unsubscribe()`
  const program = candidate.subscription === 'unknown' ? acquisition.path.findParent((parent) => parent.node.type === 'Program') : null;
  const subscriptionMethod = program ? readSubscriptionReleaseMethod(program.node as Program, candidate.handle, acquisition.path.node) : null;
  const baseName = isFunctionSubscription ? 'unsubscribe' : (HANDLE_NAMES[acquisition.name] ?? acquisition.resource.handleName);
  const handleType = isFunctionSubscription ? '() => void' : subscriptionMethod === 'dispose' ? '{ dispose: () => void }' : acquisition.handleType;
  const capture = planHandleCapture({ place, handle, baseName, handleType, reserved: reserve }, context);
  if (!capture) return null;
  const split = candidate.chained ? planChainSplit(candidate, capture.text, context) : null;
  // A field kept only under a condition (`if (enabled) this.sub = …subscribe(…)`) may be unset in the release: `this.sub?.unsubscribe()`.
  const keptConditionally = handle.kind === 'member' && handle.member.root === 'this' && handle.member.properties.length === 1 && place.kind === 'class-method' && isAssignedOnlyConditionally(handle.member.properties[0]!, place.classOwner.classPath);
  // A field the class kept with `this.socket = …`: the release method may empty it (`this.socket = null;`,
  // then the release goes before that: after it, `this.socket.close()` would throw), and a class that
  // sets it to null, tests it or reads it with `?.` elsewhere may find it unset: `this.socket?.close()`.
  const field = handle.kind === 'member' && handle.member.root === 'this' && handle.assignment && place.kind === 'class-method' && capture.text === handle.member.text ? handle.assignment.child(handle.assignment.node.left, 'left') : null;
  const unsetting = field && place.kind === 'class-method' && place.classOwner.existingRelease ? findUnsettingStatement(place.classOwner.existingRelease, field) : null;
  const fieldMaybeUnset = field !== null && place.kind === 'class-method' && findMaybeUnsetParts(field, place.classOwner.classPath, context.language).length > 0;
  const release = formatHandleRelease(candidate, capture.text, capture.unset !== 'never' || keptConditionally || fieldMaybeUnset, subscriptionMethod);
  const releaseEdits = unsetting ? [insertStatementsBefore(unsetting, [release], context)] : buildReleaseEdits({ place, statements: [release], acquisitionEnd: (candidate.chained?.parentPath ?? acquisition.path).node.end! }, context);
  if (!releaseEdits) return null;
  return {
    edits: mergeEdits([...capture.edits, ...(split ? [split] : []), ...releaseEdits, ...resolved.creatorEdits]),
    safe: certain(place),
    description:
      `keep the handle and call ${release.replace(/^void /, '')} ${describeReleasePlace(place)}` +
      // Case: nothing in the file says which library's handle it is: name the other API's method too
      (candidate.subscription === 'unknown' && subscriptionMethod === null ? ' (nothing here says which API the handle has: a Disposable of RxJS 4, rx-lite or Knockout ends with `dispose()` instead, and a handle that is a function is called)' : ''),
  };
}

const NEXT_LINE_DIRECTIVE = /^\s*(?:\/\/|\/\*)\s*(?:eslint-disable-next-line|@ts-(?:ignore|expect-error)|biome-ignore|oxlint-disable-next-line|prettier-ignore)\b/;

/** A comment on the line above the registration's statement that is a directive for the next line. */
function hasDirectiveAbove(call: NodePath, source: SourceText): boolean {
  const statement = getEnclosingStatement(call) ?? call;
  const { line } = source.positionAt(statement.node.start!);
  return line > 1 && NEXT_LINE_DIRECTIVE.test(source.lineText(line - 1));
}

/**
 * The registration with its inline handler replaced by a name (`el.addEventListener('x',
 * this.handleX)`) joins one line; where that line would pass the print width, it is laid out as
 * prettier lays out a call (one argument per line) — zulip's webview, where unleak's prettier
 * did not run and the rewritten lines failed the project's `prettier --check`.
 */
function relayoutAcquisition(add: ListenerCall, edits: TextEdit[], context: Context): TextEdit[] {
  if (!add.handler || !isInline(add.handler) || context.style.printWidth === Infinity) return edits;
  const handler = unwrapPath(add.handler).node;
  const replaced = edits.find((edit) => (edit.start === handler.start && edit.end === handler.end) || (edit.start === add.handler!.node.start && edit.end === add.handler!.node.end));
  const call = add.call.node as CallExpression;
  const statement = getEnclosingStatement(add.call);
  if (!replaced || replaced.text.includes('\n') || call.type !== 'CallExpression' || (call as { typeArguments?: unknown }).typeArguments || call.typeParameters) return edits;
  if (statement?.node.type !== 'ExpressionStatement' || unwrapPath(statement.child((statement.node as { expression: Node }).expression, 'expression')).node !== call) return edits;
  const source = context.source;
  const { line } = source.positionAt(call.start!);
  if (source.slice(source.lineStart(line), call.start!).trim() !== '') return edits;
  const args = call.arguments.map((argument) => (argument.start! <= replaced.start && replaced.end <= argument.end! ? source.slice(argument.start!, replaced.start) + replaced.text + source.slice(replaced.end, argument.end!) : source.slice(argument.start!, argument.end!)));
  const callee = source.slice(call.callee.start!, call.callee.end!);
  if (callee.includes('\n') || args.some((argument) => argument.includes('\n'))) return edits;
  const after = source.slice(call.end!, statement.node.end!);
  const indent = source.indentAt(call.start!);
  const laid = layoutCall(callee, args, indent, context.style, after.length);
  if (!laid.includes('\n')) return edits;
  // Lines after the first are relative to the statement's indentation: this text goes in as it is.
  const text = laid.replace(/\n/g, `\n${indent}`);
  return [...edits.filter((edit) => edit !== replaced), { start: call.start!, end: call.end!, text }];
}
