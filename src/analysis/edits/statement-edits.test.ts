import { describe, expect, it } from 'vitest';
import type { ArrowFunctionExpression, BlockStatement } from '@babel/types';
import { editSnippet } from '../../../test/helpers/edit-context';
import { appendStatementsToBlock, convertExpressionBody, formatBlock, insertStatementsAfter, insertStatementsBefore, terminate } from './statement-edits';

describe('statement edits', () => {
  it('insert after a statement, at its indentation, past a trailing comment', () => {
    const s = editSnippet("function f() {\n  start(); // go\n  more();\n}\n");
    const statement = s.find((node) => node.type === 'ExpressionStatement');
    expect(s.apply([insertStatementsAfter(statement.node, ['stop()'], s.ctx)])).toBe("function f() {\n  start(); // go\n  stop();\n  more();\n}\n");
  });

  it('insert before a statement and its own-line comments', () => {
    const s = editSnippet('function f() {\n  a();\n  // then b\n  b();\n}\n');
    const b = s.findAll((node) => node.type === 'ExpressionStatement')[1]!;
    expect(s.apply([insertStatementsBefore(b.node, ['let x'], s.ctx)])).toBe('function f() {\n  a();\n  let x;\n  // then b\n  b();\n}\n');
  });

  it('follow the file: no semicolons, tabs', () => {
    const s = editSnippet('function f() {\n\ta()\n\tb()\n}\n', 'js');
    const block = s.find((node) => node.type === 'BlockStatement').node as BlockStatement;
    expect(s.ctx.style.semicolons).toBe(false);
    expect(s.apply([appendStatementsToBlock(block, ['c()', 'if (x) {\n\ty()\n}'], s.ctx)])).toBe('function f() {\n\ta()\n\tb()\n\tc()\n\tif (x) {\n\t\ty()\n\t}\n}\n');
  });

  it('append to empty and one-line blocks, keeping comments', () => {
    const empty = editSnippet('class A {\n  m() {}\n}\n');
    const block = empty.find((node) => node.type === 'BlockStatement').node as BlockStatement;
    expect(empty.apply([appendStatementsToBlock(block, ['stop()'], empty.ctx)])).toBe('class A {\n  m() {\n    stop();\n  }\n}\n');
    const commented = editSnippet('const f = () => { /* nothing */ };\n');
    const inner = commented.find((node) => node.type === 'BlockStatement').node as BlockStatement;
    expect(commented.apply([appendStatementsToBlock(inner, ['stop()'], commented.ctx)])).toBe('const f = () => { /* nothing */\n  stop();\n};\n');
    const oneLine = editSnippet('const f = () => { a(); };\n');
    const line = oneLine.find((node) => node.type === 'BlockStatement').node as BlockStatement;
    expect(oneLine.apply([appendStatementsToBlock(line, ['stop()'], oneLine.ctx)])).toBe('const f = () => {\n  a();\n  stop();\n};\n');
  });

  it("append to a block whose only content is a directive: the directive and its comment stay", () => {
    const strict = editSnippet("const f = function () { 'use strict'; // strict\n};\n");
    const block = strict.find((node) => node.type === 'BlockStatement').node as BlockStatement;
    expect(strict.apply([appendStatementsToBlock(block, ['stop()'], strict.ctx)])).toBe("const f = function () { 'use strict'; // strict\n  stop();\n};\n");
  });

  it('put statements first in a block that can return or throw before its end (after a leading super call)', () => {
    const early = editSnippet('const f = () => {\n  if (!editor) return;\n  editor.destroy();\n};\n');
    const block = early.find((node) => node.type === 'BlockStatement').node as BlockStatement;
    expect(early.apply([appendStatementsToBlock(block, ['stop()'], early.ctx)])).toBe('const f = () => {\n  stop();\n  if (!editor) return;\n  editor.destroy();\n};\n');
    const lit = editSnippet('class A {\n  m() {\n    super.m();\n    if (this.gone) {\n      throw new Error();\n    }\n  }\n}\n');
    const method = lit.findAll((node) => node.type === 'BlockStatement')[0]!.node as BlockStatement;
    expect(lit.apply([appendStatementsToBlock(method, ['stop()'], lit.ctx)])).toBe('class A {\n  m() {\n    super.m();\n    stop();\n    if (this.gone) {\n      throw new Error();\n    }\n  }\n}\n');
    const oneLine = editSnippet('const f = () => { if (!x) return; x.off(); };\n');
    const line = oneLine.find((node) => node.type === 'BlockStatement').node as BlockStatement;
    expect(oneLine.apply([appendStatementsToBlock(line, ['stop()'], oneLine.ctx)])).toBe('const f = () => {\n  stop();\n  if (!x) return; x.off();\n};\n');
  });

  it('append after a block whose only returns are in nested functions', () => {
    const s = editSnippet('const f = () => {\n  list.forEach((x) => { if (!x) return; x.off(); });\n};\n');
    const block = s.find((node) => node.type === 'BlockStatement').node as BlockStatement;
    expect(s.apply([appendStatementsToBlock(block, ['stop()'], s.ctx)])).toBe('const f = () => {\n  list.forEach((x) => { if (!x) return; x.off(); });\n  stop();\n};\n');
  });

  it('turn an expression body into a block, with or without parentheses', () => {
    const s = editSnippet('  return () => (off(), log());\n');
    const arrow = s.find((node) => node.type === 'ArrowFunctionExpression').node as ArrowFunctionExpression;
    expect(s.apply([convertExpressionBody(arrow, ['stop()'], s.ctx)])).toBe('  return () => {\n    off(), log();\n    stop();\n  };\n');
  });

  it('format blocks and terminators', () => {
    const s = editSnippet('a();\n');
    expect(formatBlock(['a()', 'b()'], s.ctx)).toBe('{\n  a();\n  b();\n}');
    expect(terminate('if (x) {\n  y();\n}', s.ctx)).toBe('if (x) {\n  y();\n}');
    expect(terminate('x()', s.ctx)).toBe('x();');
    expect(terminate('x();', s.ctx)).toBe('x();');
  });
});
