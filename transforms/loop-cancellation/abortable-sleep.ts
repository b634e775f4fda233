/**
 * Makes the sleeps of a loop end on abort, so a stopped loop does not wait out its interval:
 *
 * - `await new Promise((r) => setTimeout(r, ms))` and a call of a sleep helper that takes no
 *   signal (`await sleep(ms)`): in Node code `await delay(ms, undefined, { signal }).catch(() => {})`
 *   with `setTimeout as delay` from `node:timers/promises`; elsewhere a small `abortableSleep(ms,
 *   signal)` function added after the file's imports (resolves on abort, removes its listener);
 * - `setTimeout(ms)` from `node:timers/promises` and `scheduler.wait(ms)`: `{ signal }` added,
 *   and the abort's rejection caught (the loop's condition ends it);
 * - a sleep helper that already takes a signal (`sleep(ms, signal)` declared in the file): the
 *   signal is passed.
 *
 * A helper is replaced only when its unit is known to be milliseconds: declared in the file, or
 * in a file of the run it imports, as `new Promise((r) => setTimeout(r, ms))` of its first
 * parameter or `promisify(setTimeout)`; or the `delay` package. A helper from another module may take seconds (`delay(sec)` doing `sec * 1000`
 * in a monorepo's shared package, seen on a real worker: the rewrite would have polled the
 * database a thousand times as often); it is left as it is, and the loop stops once it ends.
 *
 * The sleep resolves (never rejects) on abort: the loop then checks its signal and ends, and no
 * new rejection reaches callers that did not expect one. Never a busy wait.
 */
import type { CallExpression, Node, Program } from '@babel/types';
import { addImport, insertAfterImports } from '../../src/analysis/edits/add-import';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { findBinding, isFunctionNode, isGlobalReference, type Binding } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { isExportedBySpecifier } from '../../src/analysis/syntax/export-names';
import type { ProjectFile } from '../../src/core/rule';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import { getLeadingComments } from '../../src/core/comments';
import { formatArrowHead } from '../../src/analysis/edits/call-layout';
import { openParameters } from '../../src/core/code-style';
import { isNodeBuiltin, textRunsInNode } from '../../src/analysis/syntax/node-builtins';

const SLEEP_NAMES = /^(?:sleep|delay|wait|pause|timeout)$/i;
/** Server frameworks that only run on Node (the built-ins: node-builtins.ts). */
const NODE_FRAMEWORKS = /^(?:express|koa|fastify|@koa\/router|@fastify\/[\w-]+)(?:\/|$)/;
export const ABORTABLE_SLEEP = 'abortableSleep';

export interface SleepEdits {
  edits: TextEdit[];
  /** Edits that must happen once per file (an import, the helper): kept apart to merge. */
  fileEdits: TextEdit[];
  count: number;
  /** Sleep helpers left as they are (unit unknown), as written: `delay(interval)`. */
  kept: string[];
  /**
   * Sleep helpers of this file (not exported) every use of which was replaced, which the rewrite
   * could not remove with them (a declarator among others): left unused, which lint's
   * `no-unused-vars` reports (nightscout's `wait`). One it can remove is removed.
   */
  orphaned: string[];
}

/** Sleeps awaited directly in `root` (not in nested functions). */
export function makeSleepsAbortable(
  file: ProjectFile,
  root: NodePath,
  signal: string,
  resolveImport: (specifier: string) => ProjectFile | null = () => null,
  abortedCheck: string | null = null,
): SleepEdits {
  const result: SleepEdits = { edits: [], fileEdits: [], count: 0, kept: [], orphaned: [] };
  // Case: `while (!signal?.aborted) { await abortableSleep(ms, signal); await save(); }`: the sleep ends on
  // abort, and the work after it would run once more before the loop's check: leave the loop right there.
  const breakAfter = (sleep: NodePath): void => {
    const statement = sleep.parentPath;
    const body = root.node;
    if (!abortedCheck || statement?.node.type !== 'ExpressionStatement' || body.type !== 'BlockStatement' || statement.parent !== body) return;
    const index = body.body.indexOf(statement.node);
    if (index === -1 || index === body.body.length - 1) return;
    const indent = file.source.indentAt(statement.node.start!);
    const semi = file.style.semicolons ? ';' : '';
    const check = file.style.curly ? `if (${abortedCheck}) {\n${indent}${file.style.indentUnit}break${semi}\n${indent}}` : `if (${abortedCheck}) break${semi}`;
    result.edits.push({ start: statement.node.end!, end: statement.node.end!, text: `\n${indent}${check}` });
  };
  const replacedUses = new Map<Binding, { at: NodePath; count: number }>();
  let replacement: ((ms: string) => string) | null = null;
  const abortableForm = (ms: string): string => {
    if (!replacement) {
      if (isNodeCode(file)) {
        const added = addImport({ program: file.ast.program, source: file.source, style: file.style, filename: file.file }, { module: 'node:timers/promises', name: 'setTimeout', local: 'delay' });
        result.fileEdits.push(...added.edits);
        replacement = (value) => `${added.local}(${value}, undefined, { ${signal === 'signal' ? 'signal' : `signal: ${signal}`} }).catch(() => {})`;
      } else {
        result.fileEdits.push(...addSleepHelper(file));
        replacement = (value) => `${ABORTABLE_SLEEP}(${value}, ${signal})`;
      }
    }
    return replacement(ms);
  };
  const text = file.source.text;
  forEachDescendant(root, (path) => {
    if (isFunctionNode(path.node)) return false;
    if (path.node.type !== 'AwaitExpression') return undefined;
    const argument = unwrapExpression(path.node.argument);
    // Case: `await new Promise((r) => setTimeout(r, ms))`
    const promiseSleep = argument.type === 'NewExpression' ? getPromiseSleepDelay(path, argument) : null;
    if (promiseSleep) {
      result.edits.push({ start: argument.start!, end: argument.end!, text: abortableForm(text.slice(promiseSleep.start!, promiseSleep.end!)) });
      result.count++;
      breakAfter(path);
      return false;
    }
    if (argument.type !== 'CallExpression') return undefined;
    const call = path.child(argument, 'argument') as NodePath<CallExpression>;
    const callee = unwrapExpression(argument.callee);
    // Case: `await setTimeout(1000)` from `node:timers/promises`, `await scheduler.wait(1000)`
    const optionsIndex = getTimersPromisesOptionsIndex(call);
    if (optionsIndex !== null) {
      result.edits.push(...addSignalOption(file, argument, optionsIndex, signal), { start: argument.end!, end: argument.end!, text: '.catch(() => {})' });
      result.count++;
      breakAfter(path);
      return false;
    }
    // Case: `await sleep(1000)`: a helper of the project
    if (callee.type === 'Identifier' && SLEEP_NAMES.test(callee.name) && argument.arguments.length === 1 && argument.arguments[0]!.type !== 'SpreadElement') {
      const binding = findBinding(call, callee.name);
      if (!binding) return undefined;
      const signalIndex = getSignalParameterIndex(binding.declaration);
      if (signalIndex === 1) {
        result.edits.push({ start: argument.arguments[0]!.end!, end: argument.arguments[0]!.end!, text: `, ${signal}` });
      } else if (!isMillisecondSleep(call, callee.name, resolveImport)) {
        result.kept.push(text.slice(argument.start!, argument.end!));
        return false;
      } else {
        const ms = argument.arguments[0]!;
        result.edits.push({ start: argument.start!, end: argument.end!, text: abortableForm(text.slice(ms.start!, ms.end!)) });
        const uses = replacedUses.get(binding) ?? { at: call, count: 0 };
        uses.count++;
        replacedUses.set(binding, uses);
      }
      result.count++;
      breakAfter(path);
      return false;
    }
    return undefined;
  });
  for (const [binding, { at, count }] of replacedUses) {
    const declaredHere = binding.scope.type === 'Program' && binding.kind !== 'import' && !isExportedDeclaration(file.ast.program, binding);
    if (!declaredHere || findBindingReferences(at, binding).length > count) continue;
    // Case: `const sleep = (ms) => new Promise(…);` / `function wait(ms) {…}` used only by the
    // replaced sleeps: removed with them, else lint's no-unused-vars fails the project's CI
    const removal = removeStatementEdit(file, binding);
    if (removal) result.fileEdits.push(removal);
    else result.orphaned.push(binding.name);
  }
  return result;
}

/** An edit that removes the top-level statement declaring `binding` (with the comments just above it and one blank line after), or `null`. */
function removeStatementEdit(file: ProjectFile, binding: Binding): TextEdit | null {
  const statement = file.ast.program.body.find((node) => node === binding.declaration || (node.type === 'VariableDeclaration' && node.declarations.length === 1 && node.declarations[0] === binding.declaration));
  if (!statement) return null;
  // A helper made from an import (`promisify(setTimeout)` of `node:util`) would leave that import unused in turn.
  const imported = new Set(file.ast.program.body.flatMap((node) => (node.type === 'ImportDeclaration' ? node.specifiers.map((specifier) => specifier.local.name) : [])));
  let usesImport = false;
  forEachNode(statement, (node) => {
    if (node.type === 'Identifier' && imported.has(node.name)) usesImport = true;
    return usesImport ? false : undefined;
  });
  if (usesImport) return null;
  const source = file.source;
  const first = getLeadingComments(file.ast, source.text, statement)[0] ?? statement;
  const startLine = source.positionAt(first.start!).line;
  const endLine = source.positionAt(statement.end!).line;
  // Only whole lines: nothing else may share them.
  if (source.lineText(startLine).slice(0, source.positionAt(first.start!).column - 1).trim() !== '') return null;
  if (source.lineText(endLine).slice(source.positionAt(statement.end!).column - 1).trim() !== '') return null;
  let end = source.lineStart(endLine + 1);
  const previousBlank = startLine === 1 || source.lineText(startLine - 1).trim() === '';
  if (previousBlank && endLine + 1 <= source.lineCount && source.lineText(endLine + 1).trim() === '') end = source.lineStart(endLine + 2);
  return { start: source.lineStart(startLine), end, text: '' };
}

/** `export function wait…`, `export const wait = …`, or `export { wait }`. */
function isExportedDeclaration(program: Program, binding: Binding): boolean {
  if (isExportedBySpecifier(program, binding.name)) return true;
  return program.body.some((statement) => {
    if (statement.type !== 'ExportNamedDeclaration' || !statement.declaration) return false;
    const declaration = statement.declaration;
    if (declaration.type === 'FunctionDeclaration') return declaration.id?.name === binding.name;
    return declaration.type === 'VariableDeclaration' && declaration.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === binding.name);
  });
}

/**
 * `name` is a sleep of milliseconds: a function of `ms` whose body is `new Promise((r) =>
 * setTimeout(r, ms))`, or `promisify(setTimeout)`, declared in the file or exported by a file of
 * the run it imports (`./lib/timing`); or the `delay` package's default export.
 */
function isMillisecondSleep(path: NodePath, name: string, resolveImport: (specifier: string) => ProjectFile | null): boolean {
  const binding = findBinding(path, name);
  if (!binding) return false;
  const reference = resolveModuleReference(path, name);
  if (!reference) return isMillisecondSleepDeclaration(path, binding.declaration);
  if (reference.source === 'delay') return reference.imported === 'default';
  const module = reference.source.startsWith('.') ? resolveImport(reference.source) : null;
  const declaration = module ? findExportedDeclaration(module, reference.imported) : null;
  return declaration !== null && isMillisecondSleepDeclaration(module!.program, declaration);
}

/** The function declaration or `const` declarator `file` exports as `exported`, or `null`. */
function findExportedDeclaration(file: ProjectFile, exported: string): Node | null {
  let local: string | null = null;
  for (const statement of file.ast.program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && exported === 'default') {
      const declaration = statement.declaration;
      if (declaration.type === 'FunctionDeclaration') return declaration;
      if (declaration.type === 'Identifier') local = declaration.name;
    }
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const declaration = statement.declaration;
    if (declaration?.type === 'FunctionDeclaration' && declaration.id?.name === exported) return declaration;
    if (declaration?.type === 'VariableDeclaration') {
      const declarator = declaration.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === exported);
      if (declarator) return declarator;
    }
    if (!statement.source) {
      for (const specifier of statement.specifiers) {
        if (specifier.type === 'ExportSpecifier' && (specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value) === exported) local = specifier.local.name;
      }
    }
  }
  if (local === null) return null;
  for (const statement of file.ast.program.body) {
    if (statement.type === 'FunctionDeclaration' && statement.id?.name === local) return statement;
    if (statement.type === 'VariableDeclaration') {
      const declarator = statement.declarations.find((d) => d.id.type === 'Identifier' && d.id.name === local);
      if (declarator) return declarator;
    }
  }
  return null;
}

/** `declaration` (a function, or a `const` declarator) sleeps its first parameter in milliseconds. */
function isMillisecondSleepDeclaration(path: NodePath, declaration: Node): boolean {
  const fn: Node | null | undefined = declaration.type === 'VariableDeclarator' ? declaration.init : declaration;
  if (!fn) return false;
  const init = unwrapExpression(fn);
  // Case: `const sleep = promisify(setTimeout)` / `util.promisify(setTimeout)`
  if (init.type === 'CallExpression' && init.arguments.length === 1) {
    const callee = unwrapExpression(init.callee);
    const calleeName = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
    const argument = init.arguments[0]!;
    return calleeName === 'promisify' && argument.type === 'Identifier' && argument.name === 'setTimeout' && isGlobalReference(path, 'setTimeout');
  }
  if (init.type !== 'FunctionDeclaration' && init.type !== 'FunctionExpression' && init.type !== 'ArrowFunctionExpression') return false;
  const first = init.params[0];
  const ms = first?.type === 'AssignmentPattern' ? first.left : first;
  if (!ms || ms.type !== 'Identifier') return false;
  let returned: Node | null | undefined = init.body;
  if (returned.type === 'BlockStatement') {
    const statement = returned.body.length === 1 ? returned.body[0] : undefined;
    returned = statement?.type === 'ReturnStatement' ? statement.argument : null;
  }
  if (!returned) return false;
  const delay = getPromiseSleepDelay(path, unwrapExpression(returned));
  return delay !== null && delay.type === 'Identifier' && delay.name === ms.name;
}

/** The loop body sleeps between rounds (one of the sleeps this file makes abortable). */
export function hasSleep(root: NodePath): boolean {
  return findSleeps(root, true).length > 0;
}

/** The `await`s of sleeps under `root` (not in nested functions); with `first`, stops at the first. */
export function findSleeps(root: NodePath, first = false): NodePath[] {
  const found: NodePath[] = [];
  forEachDescendant(root, (path) => {
    if ((first && found.length > 0) || isFunctionNode(path.node)) return false;
    if (path.node.type !== 'AwaitExpression') return undefined;
    const argument = unwrapExpression(path.node.argument);
    let sleep = argument.type === 'NewExpression' && getPromiseSleepDelay(path, argument) !== null;
    if (argument.type === 'CallExpression') {
      const call = path.child(argument, 'argument') as NodePath<CallExpression>;
      const callee = unwrapExpression(argument.callee);
      if (getTimersPromisesOptionsIndex(call) !== null || (callee.type === 'Identifier' && SLEEP_NAMES.test(callee.name))) sleep = true;
    }
    if (sleep) found.push(path);
    return undefined;
  });
  return found;
}

/** Node code: it imports a Node built-in or a Node-only server framework, says so in its text (`require('fs')`, a `node` shebang), or reads `process`. */
export function isNodeCode(file: ProjectFile): boolean {
  for (const statement of file.ast.program.body) {
    if (statement.type === 'ImportDeclaration' && (isNodeBuiltin(statement.source.value) || NODE_FRAMEWORKS.test(statement.source.value))) return true;
  }
  return textRunsInNode(file.source.text) || /\bprocess\.(?:env|on|exit|argv)\b/.test(file.source.text);
}

/** `new Promise((resolve) => setTimeout(resolve, ms))` (block body too): the `ms` node. */
function getPromiseSleepDelay(path: NodePath, node: Node): Node | null {
  if (node.type !== 'NewExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'Promise' || !isGlobalReference(path, 'Promise')) return null;
  const executor = node.arguments[0];
  if (!executor || (executor.type !== 'ArrowFunctionExpression' && executor.type !== 'FunctionExpression') || executor.params.length < 1) return null;
  const resolve = executor.params[0]!;
  if (resolve.type !== 'Identifier') return null;
  let body: Node = executor.body;
  if (body.type === 'BlockStatement') {
    if (body.body.length !== 1 || body.body[0]!.type !== 'ExpressionStatement') return null;
    body = body.body[0]!.expression;
  }
  const call = unwrapExpression(body);
  if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'setTimeout' || call.arguments.length !== 2) return null;
  const first = call.arguments[0]!;
  const callsResolve = (first.type === 'Identifier' && first.name === resolve.name) || ((first.type === 'ArrowFunctionExpression') && first.params.length === 0 && first.body.type === 'CallExpression' && first.body.callee.type === 'Identifier' && first.body.callee.name === resolve.name && first.body.arguments.length === 0);
  return callsResolve && call.arguments[1]!.type !== 'SpreadElement' ? call.arguments[1]! : null;
}

/** The options index of `setTimeout(ms, value, options)` from timers/promises (2) or `scheduler.wait(ms, options)` (1). */
function getTimersPromisesOptionsIndex(call: NodePath<CallExpression>): number | null {
  const callee = unwrapExpression(call.node.callee);
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(call, callee.name);
    if (reference && /^(?:node:)?timers\/promises$/.test(reference.source) && reference.imported === 'setTimeout') return 2;
    return null;
  }
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.object.name === 'scheduler' && getPropertyName(callee) === 'wait') {
    const reference = resolveModuleReference(call, 'scheduler');
    if ((reference && /^(?:node:)?timers\/promises$/.test(reference.source)) || isGlobalReference(call, 'scheduler')) return 1;
  }
  return null;
}

function addSignalOption(file: ProjectFile, call: CallExpression, index: number, signal: string): TextEdit[] {
  const args = call.arguments;
  if (args.some((argument) => argument.type === 'SpreadElement')) return [];
  const property = signal === 'signal' ? 'signal' : `signal: ${signal}`;
  const existing = args[index];
  if (existing?.type === 'ObjectExpression') {
    const text = file.source.text;
    if (existing.properties.length === 0) return [{ start: existing.start!, end: existing.end!, text: `{ ${property} }` }];
    const last = existing.properties[existing.properties.length - 1]!;
    return [{ start: last.end!, end: last.end!, text: `${text.slice(last.end!, existing.end! - 1).trim().startsWith(',') ? '' : ','} ${property}` }];
  }
  if (existing) return [];
  const fill = Array.from({ length: index - args.length }, () => 'undefined');
  const after = args.length > 0 ? args[args.length - 1]!.end! : file.source.text.indexOf('(', call.callee.end!) + 1;
  const prefix = args.length > 0 ? ', ' : '';
  return [{ start: after, end: after, text: `${prefix}${[...fill, `{ ${property} }`].join(', ')}` }];
}

/** Index of a parameter named `signal` or typed `AbortSignal` of a declared function, or -1. */
function getSignalParameterIndex(declaration: Node): number {
  let fn: Node | null | undefined = declaration;
  if (declaration.type === 'VariableDeclarator') fn = declaration.init;
  if (!fn || !isFunctionNode(fn)) return -1;
  const params = (fn as { params: Node[] }).params;
  return params.findIndex((param) => {
    const target = param.type === 'AssignmentPattern' ? param.left : param;
    if (target.type !== 'Identifier') return false;
    const annotation = target.typeAnnotation;
    const typeName = annotation?.type === 'TSTypeAnnotation' && annotation.typeAnnotation.type === 'TSTypeReference' && annotation.typeAnnotation.typeName.type === 'Identifier' ? annotation.typeAnnotation.typeName.name : null;
    return target.name === 'signal' || typeName === 'AbortSignal';
  });
}

/**
 * The `abortableSleep` function (once), after the file's imports: above its uses, and written so
 * that common lint rules pass on it (`no-use-before-define`, `prefer-const`,
 * `no-promise-executor-return`). Whichever ends the wait first, the timer or `signal`, aborts
 * `done`, which clears the timer, removes the listener from `signal` and resolves.
 */
function addSleepHelper(file: ProjectFile): TextEdit[] {
  const program = file.ast.program;
  const exists = program.body.some((statement) => statement.type === 'FunctionDeclaration' && statement.id?.name === ABORTABLE_SLEEP);
  if (exists) return [];
  const typed = file.language !== 'js';
  const q = file.style.quote;
  const semi = file.style.semicolons ? ';' : '';
  const i = file.style.indentUnit;
  // Broken as prettier breaks it when the line is past the print width.
  const listen = `${i}${i}signal?.addEventListener(${q}abort${q}, () => done.abort(), { signal: done.signal })${semi}`;
  const listenUntilDone =
    listen.replace(/\t/g, '  ').length <= file.style.printWidth
      ? [listen]
      : [`${i}${i}signal?.addEventListener(${q}abort${q}, () => done.abort(), {`, `${i}${i}${i}signal: done.signal${file.style.trailingComma ? ',' : ''}`, `${i}${i}})${semi}`];
  const lines = [
    '/** Waits `ms`, or less when `signal` aborts (resolves either way). */',
    typed ? `function ${openParameters(ABORTABLE_SLEEP, file.style)}ms: number, signal?: AbortSignal): Promise<void> {` : `function ${openParameters(ABORTABLE_SLEEP, file.style)}ms, signal) {`,
    `${i}return new Promise(${formatArrowHead('resolve', file.style)} {`,
    `${i}${i}if (signal?.aborted) {`,
    `${i}${i}${i}resolve()${semi}`,
    `${i}${i}${i}return${semi}`,
    `${i}${i}}`,
    `${i}${i}const done = new AbortController()${semi}`,
    `${i}${i}const timer = setTimeout(() => done.abort(), ms)${semi}`,
    `${i}${i}done.signal.addEventListener(${q}abort${q}, () => {`,
    `${i}${i}${i}clearTimeout(timer)${semi}`,
    `${i}${i}${i}resolve()${semi}`,
    `${i}${i}})${semi}`,
    ...listenUntilDone,
    `${i}})${semi}`,
    '}',
  ];
  return [insertAfterImports({ program, source: file.source }, lines)];
}
