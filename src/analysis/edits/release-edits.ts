/**
 * Writes release statements into a release place (see release-place.ts): creates the cleanup,
 * hook, listener or method when it is missing, or extends the one that exists, and adds the
 * imports and `implements` clauses the new code needs.
 */
import type { ArrowFunctionExpression, CallExpression, ExpressionStatement, Node, Program } from '@babel/types';
import { forEachNode, type NodePath } from '../../core/traverse';
import type { TextEdit } from '../../core/finding';
import { addImport } from './add-import';
import { buildAngularOnDestroyEdits } from '../lifecycle/angular-on-destroy';
import { buildClassReleaseEdits } from './class-release-edits';
import { unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference, type ModuleReference } from '../syntax/module-reference';
import { findBinding } from '../syntax/scope';
import type { ReleasePlace } from '../lifecycle/release-place';
import { buildReturnedCleanupEdits, formatCleanupFunction } from '../lifecycle/returned-cleanup';
import { appendStatementsToBlock, convertExpressionBody, insertStatementsAfter, insertStatementsBefore, type EditContext } from './statement-edits';
import { buildOptionsReleaseEdits } from './vue-options-edits';
import { layoutCall } from './call-layout';

/** `() => release()` for one plain call, else `() => {\n  a;\n  b;\n}`. */
export function formatCallback(statements: readonly string[], ctx: EditContext): string {
  const [only] = statements;
  if (statements.length === 1 && only && !only.includes('\n') && !/^(if|for|while|const|let|var)\b/.test(only)) return `() => ${only.replace(/;$/, '')}`;
  return formatCleanupFunction(statements, ctx);
}

/** The statements directly in `scope`'s body (a program's, or a function's block). */
function getScopeStatements(scope: NodePath): Node[] {
  return scope.node.type === 'Program' ? scope.node.body : ((scope.node as { body?: { body?: Node[] } }).body?.body ?? []);
}

/** Each statement directly in `scope`'s body that is a call of an imported function (`onBeforeUnmount(…)`), with what it imports. */
function* getImportedCallStatements(scope: NodePath): Generator<{ statement: Node; call: CallExpression; reference: ModuleReference }> {
  for (const statement of getScopeStatements(scope)) {
    if (statement.type !== 'ExpressionStatement') continue;
    const call = unwrapExpression((statement as ExpressionStatement).expression);
    if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier') continue;
    const reference = resolveModuleReference(scope, call.callee.name);
    if (reference) yield { statement, call, reference };
  }
}

/** An existing `hook(() => { ... })` statement directly in `scope`'s body, `hook` imported from `module`. */
function findHookCall(scope: NodePath, hook: string, module: string): Node | null {
  for (const { call, reference } of getImportedCallStatements(scope)) {
    if (reference.source !== module || reference.imported !== hook) continue;
    const callback = call.arguments[0] ? unwrapExpression(call.arguments[0]) : null;
    if (callback && (callback.type === 'ArrowFunctionExpression' || callback.type === 'FunctionExpression') && !callback.async) return callback;
  }
  // Case: Nuxt (or unplugin-auto-import) makes Vue's API global: the file calls `onBeforeUnmount(() => { … })`
  // with no import and no binding of the name. That call is the hook: extend it, rather than import the
  // hook again under another name (nocodb's `import { onBeforeUnmount as onBeforeUnmount2 } from 'vue'`).
  if (module !== 'vue' || findBinding(scope, hook)) return null;
  for (const statement of getScopeStatements(scope)) {
    if (statement.type !== 'ExpressionStatement') continue;
    const call = unwrapExpression((statement as ExpressionStatement).expression);
    if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== hook) continue;
    const callback = call.arguments[0] ? unwrapExpression(call.arguments[0]) : null;
    if (callback && (callback.type === 'ArrowFunctionExpression' || callback.type === 'FunctionExpression') && !callback.async) return callback;
  }
  return null;
}

/** The file calls `hook` (a hook of `vue`) as a global: no import or binding of the name, and a call of it somewhere (Nuxt's auto-imports). */
function callsGlobalHook(scope: NodePath, hook: string, module: string): boolean {
  if (module !== 'vue' || findBinding(scope, hook)) return false;
  const program = scope.findParent((path) => path.node.type === 'Program')?.node ?? scope.node;
  let found = false;
  forEachNode(program, (node) => {
    if (found) return false;
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === hook) found = true;
    return undefined;
  });
  return found;
}

function extendCallback(callback: Node, statements: readonly string[], ctx: EditContext, first = false): TextEdit | null {
  if (callback.type !== 'ArrowFunctionExpression' && callback.type !== 'FunctionExpression') return null;
  if (callback.body.type === 'BlockStatement') {
    const [head] = callback.body.body;
    return first && head ? insertStatementsBefore(head, statements, ctx) : appendStatementsToBlock(callback.body, statements, ctx);
  }
  return convertExpressionBody(callback as ArrowFunctionExpression, statements, ctx, first);
}

/** The name of the setup-level function `anchor` declares (`function undim() {…}`, `const undim = () => {…}`), else `null`. */
function getDeclaredFunctionName(anchor: Node): string | null {
  if (anchor.type === 'FunctionDeclaration') return anchor.id?.name ?? null;
  if (anchor.type !== 'VariableDeclaration' || anchor.declarations.length !== 1) return null;
  const [declarator] = anchor.declarations;
  const init = declarator?.init ? unwrapExpression(declarator.init) : null;
  return declarator?.id.type === 'Identifier' && (init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression') ? declarator.id.name : null;
}

/** `callback` calls the function named `name` directly in its body (`() => { undim(); }`). */
function callsFunction(callback: Node, name: string): boolean {
  const body = (callback as { body?: Node }).body;
  if (!body) return false;
  const statements = body.type === 'BlockStatement' ? body.body.map((statement) => (statement.type === 'ExpressionStatement' ? statement.expression : null)) : [body];
  return statements.some((expression) => {
    const call = expression ? unwrapExpression(expression) : null;
    return call?.type === 'CallExpression' && call.callee.type === 'Identifier' && call.callee.name === name;
  });
}

/**
 * The existing statement of `scope` that registers a teardown in the before-unmount phase running
 * the function `name` (`onBeforeUnmount(undim)`, `onBeforeUnmount(() => { undim(); })`, VueUse's
 * `tryOnBeforeUnmount(undim)`): cancelling what that function starts must come before it, or the
 * cancellation undoes the teardown's own deferred work (a frame that restores a style).
 */
function findTeardownRunning(scope: NodePath, name: string): Node | null {
  for (const { statement, call, reference } of getImportedCallStatements(scope)) {
    const vueHook = reference.source === 'vue' && reference.imported === 'onBeforeUnmount';
    const vueUseHook = /^@vueuse\//.test(reference.source) && reference.imported === 'tryOnBeforeUnmount';
    if (!vueHook && !vueUseHook) continue;
    const argument = call.arguments[0] ? unwrapExpression(call.arguments[0]) : null;
    if (!argument) continue;
    if ((argument.type === 'Identifier' && argument.name === name) || ((argument.type === 'ArrowFunctionExpression' || argument.type === 'FunctionExpression') && callsFunction(argument, name))) return statement;
  }
  return null;
}

/** The last statement of the setup code that holds `anchor` (for a `.vue` / `.svelte` file: of the same `<script>` block). */
function getLastStatement(scope: NodePath, anchor: Node, ctx: EditContext): Node {
  const body = getScopeStatements(scope);
  const block = scope.node.type === 'Program' ? ctx.sfc?.blocks.find((candidate) => anchor.start! >= candidate.start && anchor.end! <= candidate.end) : undefined;
  const inBlock = block ? body.filter((statement) => statement.start! >= block.start && statement.end! <= block.end) : body;
  return inBlock[inBlock.length - 1] ?? anchor;
}

export interface ReleaseEditsRequest {
  place: ReleasePlace;
  statements: readonly string[];
  /** Offset where the acquisition ends: early returns after it must return the cleanup too. */
  acquisitionEnd: number;
}

export function buildReleaseEdits({ place, statements, acquisitionEnd }: ReleaseEditsRequest, ctx: EditContext): TextEdit[] | null {
  const program: Program = ctx.ast.program;
  switch (place.kind) {
    // Case: `return () => { clearInterval(intervalId); };`
    case 'returned-cleanup':
      return buildReturnedCleanupEdits(place.fn, acquisitionEnd, statements, ctx);
    // Case: `onBeforeUnmount(() => clearInterval(intervalId));` (or added to an existing one)
    case 'teardown-hook': {
      // A teardown that itself runs the function holding the acquisition (`onBeforeUnmount(undim)`,
      // `undim()` starting a frame that restores a style): the release goes before that call, so it
      // cancels what is still pending and not the teardown's own deferred work.
      const starter = getDeclaredFunctionName(place.anchor.node);
      const existing = findHookCall(place.scope, place.hook, place.module);
      if (existing) {
        const edit = extendCallback(existing, statements, ctx, starter !== null && callsFunction(existing, starter));
        return edit ? [edit] : null;
      }
      // Case: the file calls Vue's hook as a global (Nuxt's auto-import) but no call can take the release
      // (an `async` one): a new call of the same global, with no import
      const imported = callsGlobalHook(place.scope, place.hook, place.module)
        ? { local: place.hook, edits: [] }
        : addImport({ program, source: ctx.source, style: ctx.style, filename: ctx.filename }, { module: place.module, name: place.hook });
      const hook = `${imported.local}(${formatCallback(statements, ctx)})`;
      const teardown = starter !== null && place.hook === 'onBeforeUnmount' ? findTeardownRunning(place.scope, starter) : null;
      if (teardown) return [...imported.edits, insertStatementsBefore(teardown, [hook], ctx)];
      // The hook goes at the end of the setup code (before its `return`), after everything it may release.
      const last = getLastStatement(place.scope, place.anchor.node, ctx);
      const edit = last.type === 'ReturnStatement' ? insertStatementsBefore(last, [hook], ctx) : insertStatementsAfter(last, [hook], ctx);
      return [...imported.edits, edit];
    }
    // Case: `onCleanup(() => clearInterval(intervalId));`
    case 'cleanup-call': {
      const imported = addImport({ program, source: ctx.source, style: ctx.style, filename: ctx.filename }, { module: place.module, name: place.hook });
      return [...imported.edits, insertStatementsAfter(place.statement.node, [`${imported.local}(${formatCallback(statements, ctx)})`], ctx)];
    }
    // Case: `this.destroyRef.onDestroy(() => clearInterval(intervalId));`
    case 'destroy-ref':
      return [insertStatementsAfter(place.statement.node, [`this.${place.member}.onDestroy(${formatCallback(statements, ctx)})`], ctx)];
    // Case: `signal.addEventListener('abort', () => clearInterval(intervalId), { once: true });`
    case 'abort-listener': {
      const q = ctx.style.quote;
      const access = place.signal.mayBeUndefined ? '?.' : '.';
      const args = [`${q}abort${q}`, formatCallback(statements, ctx), '{ once: true }'];
      // Broken at the print width the way prettier breaks a call (`{ once: true }` hugged, else one argument per line).
      const listener = layoutCall(`${place.signal.expression}${access}addEventListener`, args, ctx.source.indentAt(place.statement.node.start!), ctx.style, ctx.style.semicolons ? 1 : 0);
      return [insertStatementsAfter(place.statement.node, [listener], ctx)];
    }
    // Case: `componentWillUnmount() { ... }`, `ngOnDestroy(): void { ... }`, `disconnectedCallback() { super...; ... }`
    case 'class-method': {
      const owner = place.classOwner;
      const isAngularTs = owner.kind === 'angular' && ctx.language !== 'js';
      const method = buildClassReleaseEdits({ owner, acquiringMember: owner.member.node, statements, returnType: isAngularTs ? ': void' : '' }, ctx);
      if (!method) return null;
      if (owner.kind !== 'angular' || owner.existingRelease) return method;
      const extras = buildAngularOnDestroyEdits(owner.classPath, program, ctx);
      return extras ? [...extras, ...method] : null;
    }
    // Case: `beforeUnmount() { ... }` (or `beforeDestroy`, `deactivated`) of a Vue component's options
    case 'options-hook':
      return buildOptionsReleaseEdits(place.vue, statements, ctx);
  }
}
