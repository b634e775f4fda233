import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parse } from '@babel/parser';
import { isErrorFirstCompletionCallback, isRepeatingCall } from './completion-callback';

function firstFunction(code: string): Node {
  const statement = parse(code, { sourceType: 'module' }).program.body[0]!;
  if (statement.type === 'FunctionDeclaration') return statement;
  if (statement.type === 'ExpressionStatement') return statement.expression;
  throw new Error('no function');
}

function call(code: string): Node {
  const statement = parse(code, { sourceType: 'module' }).program.body[0]!;
  if (statement.type !== 'ExpressionStatement') throw new Error('no call');
  return statement.expression;
}

describe('isErrorFirstCompletionCallback', () => {
  it('sees a function of two parameters or more that begins by leaving on its first', () => {
    expect(isErrorFirstCompletionCallback(firstFunction('function f(err, state) { if (err) return onError(err); go(); }'))).toBe(true);
    expect(isErrorFirstCompletionCallback(firstFunction('(error, data) => { if (error != null) { log(error); return; } go(); }'))).toBe(true);
    expect(isErrorFirstCompletionCallback(firstFunction('(e, rows) => { if (e && e.code !== "ENOENT") throw e; go(); }'))).toBe(true);
  });

  it('needs two parameters, the test first, and a way out', () => {
    expect(isErrorFirstCompletionCallback(firstFunction('(rows) => { if (rows) return; go(); }'))).toBe(false);
    expect(isErrorFirstCompletionCallback(firstFunction('(err, data) => { go(); if (err) return; }'))).toBe(false);
    expect(isErrorFirstCompletionCallback(firstFunction('(err, data) => { if (err) log(err); go(); }'))).toBe(false);
    expect(isErrorFirstCompletionCallback(firstFunction('(event, data) => { if (data) return; go(); }'))).toBe(false);
    expect(isErrorFirstCompletionCallback(firstFunction('(err, data) => go()'))).toBe(false);
  });
});

describe('isRepeatingCall', () => {
  it('names listener registrations, watchers and iterations', () => {
    expect(isRepeatingCall(call("emitter.on('x', cb)"))).toBe(true);
    expect(isRepeatingCall(call('compiler.watch({}, cb)'))).toBe(true);
    expect(isRepeatingCall(call('db.each(sql, cb)'))).toBe(true);
    expect(isRepeatingCall(call('handlers[name](cb)'))).toBe(true);
    expect(isRepeatingCall(call('fs.readFile(path, cb)'))).toBe(false);
    expect(isRepeatingCall(call('glob(pattern, cb)'))).toBe(false);
  });
});
