/**
 * Writes release statements into the cleanup function an effect callback returns (React
 * effects, Svelte `onMount` / `$effect`, and a "stop" function for code with no owner):
 * create `return () => { ... };` at the end, or extend what is already returned — an arrow with
 * a block body, an expression arrow, a `function` expression, the name of a local function —
 * and make every early `return;` after the acquisition return the cleanup too.
 */
import type { ArrowFunctionExpression, BlockStatement, FunctionDeclaration, FunctionExpression, Node, ReturnStatement } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { TextEdit } from '../../core/finding';
import { forEachDescendant } from '../syntax/descendants';
import { unwrapExpression } from '../syntax/expressions';
import { findBinding, isFunctionNode } from '../syntax/scope';
import { appendStatementsToBlock, convertExpressionBody, formatBlock, indentText, insertStatementsAfter, type EditContext } from '../edits/statement-edits';

type FunctionWithBody = ArrowFunctionExpression | FunctionExpression | FunctionDeclaration;

/** The function returned from `fn` under `name`: a local declaration or `const name = () => {}`. */
function resolveLocalFunction(fn: NodePath, returned: NodePath, name: string): Node | null {
  const binding = findBinding(returned, name);
  if (!binding || binding.scope !== fn.node) return null;
  const declaration = binding.declaration;
  // Case: `function cleanup() {}`
  if (declaration.type === 'FunctionDeclaration') return declaration;
  // Case: `const cleanup = () => {}`
  if (declaration.type === 'VariableDeclarator' && binding.kind === 'const' && declaration.init) {
    const init = unwrapExpression(declaration.init);
    if (init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression') return init;
  }
  return null;
}

/** Edits that add `statements` at the end of a cleanup function's body. */
function extendFunction(cleanup: Node, statements: readonly string[], ctx: EditContext): TextEdit | null {
  if (cleanup.type !== 'ArrowFunctionExpression' && cleanup.type !== 'FunctionExpression' && cleanup.type !== 'FunctionDeclaration') return null;
  if (cleanup.async || cleanup.generator) return null;
  if (cleanup.body.type === 'BlockStatement') return appendStatementsToBlock(cleanup.body, statements, ctx);
  return convertExpressionBody(cleanup as ArrowFunctionExpression, statements, ctx);
}

/** A new cleanup, as the text of a function expression: `() => {\n  a;\n}` (relative indentation). */
export function formatCleanupFunction(statements: readonly string[], ctx: EditContext): string {
  return `() => ${formatBlock(statements, ctx)}`;
}

/**
 * Edits that run `statements` when the cleanup that `fn` returns is called, on every path that
 * passes `after` (the offset where the acquisition ends). `null` when a return cannot be
 * extended safely (it returns something that may not be a function).
 */
export function buildReturnedCleanupEdits(fn: NodePath<FunctionWithBody>, after: number, statements: readonly string[], ctx: EditContext): TextEdit[] | null {
  const body = fn.node.body;
  if (body.type !== 'BlockStatement' || fn.node.async || fn.node.generator) return null;
  const returns: NodePath<ReturnStatement>[] = [];
  // A `return;` before the acquisition still returns nothing: the declared type must allow it.
  let returnsNothingBefore = false;
  forEachDescendant(fn, (path) => {
    if (path.node !== fn.node && isFunctionNode(path.node)) return false;
    if (path.node.type === 'ReturnStatement') {
      if (path.node.start! >= after) returns.push(path as NodePath<ReturnStatement>);
      else if (!path.node.argument) returnsNothingBefore = true;
    }
    return undefined;
  });
  const edits: TextEdit[] = [];
  const extended = new Set<Node>();
  for (const returnPath of returns) {
    const argument = returnPath.node.argument ? unwrapExpression(returnPath.node.argument) : null;
    // Case: `if (!ready) return;` after the acquisition -> return the cleanup there too.
    if (!argument) {
      const indent = ctx.source.indentAt(returnPath.node.start!);
      const hasSemicolon = ctx.source.slice(returnPath.node.start!, returnPath.node.end!).trimEnd().endsWith(';');
      const text = `return ${indentText(formatCleanupFunction(statements, ctx), indent)}${hasSemicolon ? ';' : ''}`;
      edits.push({ start: returnPath.node.start!, end: returnPath.node.end!, text });
      continue;
    }
    let cleanup: Node | null = null;
    // Case: `return () => {...}`, `return () => off()`, `return function cleanup() {...}`
    if (argument.type === 'ArrowFunctionExpression' || argument.type === 'FunctionExpression') cleanup = argument;
    // Case: `return cleanup;` naming a local function
    else if (argument.type === 'Identifier') cleanup = resolveLocalFunction(fn, returnPath, argument.name);
    if (!cleanup) return null;
    if (extended.has(cleanup)) continue;
    extended.add(cleanup);
    const edit = extendFunction(cleanup, statements, ctx);
    if (!edit) return null;
    edits.push(edit);
  }
  // Case: `function start(): void` now returns its cleanup -> `function start(): () => void`;
  // with an early `return;` before the acquisition (a guard that starts nothing),
  // `(() => void) | undefined`: that path still returns nothing.
  const returnType = fn.node.returnType;
  if (returnType?.type === 'TSTypeAnnotation' && returnType.typeAnnotation.type === 'TSVoidKeyword') {
    edits.push({ start: returnType.typeAnnotation.start!, end: returnType.typeAnnotation.end!, text: returnsNothingBefore ? '(() => void) | undefined' : '() => void' });
  }
  // Case: the end of the body is reachable -> `return () => { ... };` there.
  const last = body.body[body.body.length - 1];
  if (!last || (last.type !== 'ReturnStatement' && last.type !== 'ThrowStatement')) {
    const statement = `return ${formatCleanupFunction(statements, ctx)}`;
    edits.push(last ? insertStatementsAfter(last, [statement], ctx) : appendStatementsToBlock(body as BlockStatement, [statement], ctx));
  }
  return edits;
}
