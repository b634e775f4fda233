import type { NewExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolvePromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getEventRegistration } from './event-registration';
import { isCloseAfterOwnDestroy } from './close-after-destroy';

function closeAfterDestroy(code: string): boolean {
  const snippet = parseSnippet(code, 'ts');
  const executor = resolvePromiseExecutor(snippet.find((node) => node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Promise') as NodePath<NewExpression>)!;
  const registration = snippet.findAll((node) => getEventRegistration(node) !== null).map((path) => getEventRegistration(path.node)!)[0]!;
  return isCloseAfterOwnDestroy(registration, executor);
}

describe('isCloseAfterOwnDestroy', () => {
  it("accepts a 'close' wait right after a destroy() of the same emitter", () => {
    expect(closeAfterDestroy("async function f(stream) { stream.destroy(); await new Promise((r) => { stream.once('close', r); }); }")).toBe(true);
    expect(closeAfterDestroy("async function f() { this.socket.destroy(new Error('stop')); log('x'); const closed = new Promise((r) => this.socket.on('close', r)); await closed; }")).toBe(true);
  });

  it('rejects another emitter, another event, an await between, and a wait in a nested function', () => {
    expect(closeAfterDestroy("async function f(stream, socket) { stream.destroy(); await new Promise((r) => socket.once('close', r)); }")).toBe(false);
    expect(closeAfterDestroy("async function f(stream) { stream.destroy(); await new Promise((r) => stream.once('finish', r)); }")).toBe(false);
    expect(closeAfterDestroy("async function f(stream) { stream.destroy(); await tick(); await new Promise((r) => stream.once('close', r)); }")).toBe(false);
    expect(closeAfterDestroy("async function f(stream) { stream.destroy(); later(() => new Promise((r) => stream.once('close', r))); }")).toBe(false);
    expect(closeAfterDestroy("async function f(stream) { await new Promise((r) => stream.once('close', r)); stream.destroy(); }")).toBe(false);
  });
});
