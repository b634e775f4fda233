import type { NewExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolvePromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getEventRegistration } from './event-registration';
import { resolveCloseAfterDestroy } from './close-after-destroy';

function closeAfterDestroy(code: string): 'made-here' | 'handed' | null {
  const snippet = parseSnippet(code, 'ts');
  const executor = resolvePromiseExecutor(snippet.find((node) => node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Promise') as NodePath<NewExpression>)!;
  const registration = snippet.findAll((node) => getEventRegistration(node) !== null).map((path) => getEventRegistration(path.node)!)[0]!;
  return resolveCloseAfterDestroy(registration, executor);
}

describe('resolveCloseAfterDestroy', () => {
  it("accepts a 'close' wait right after a destroy() of the same emitter, made in the function", () => {
    expect(closeAfterDestroy("async function f(host) { const stream = open(host); stream.destroy(); await new Promise((r) => { stream.once('close', r); }); }")).toBe('made-here');
    // After an await the peer may have closed it already: its 'close' came and went.
    expect(closeAfterDestroy("async function f(host) { const stream = open(host); await ready; stream.destroy(); await new Promise((r) => { stream.once('close', r); }); }")).toBe('handed');
    expect(closeAfterDestroy("async function f() { const socket = new Socket(); socket.destroy(new Error('stop')); log('x'); const closed = new Promise((r) => socket.on('close', r)); await closed; }")).toBe('made-here');
  });

  it('marks one handed in (a parameter, a field, a const read from elsewhere) as handed: it may be closed already', () => {
    expect(closeAfterDestroy("async function f(stream) { stream.destroy(); await new Promise((r) => { stream.once('close', r); }); }")).toBe('handed');
    expect(closeAfterDestroy("async function f() { this.socket.destroy(new Error('stop')); log('x'); const closed = new Promise((r) => this.socket.on('close', r)); await closed; }")).toBe('handed');
    expect(closeAfterDestroy("async function f() { const socket = this.socket; socket.destroy(); await new Promise((r) => socket.once('close', r)); }")).toBe('handed');
    expect(closeAfterDestroy("const socket = connect(); async function f() { socket.destroy(); await new Promise((r) => socket.once('close', r)); }")).toBe('handed');
  });

  it('rejects a write of the emitter or what it is read from between the destroy and the wait', () => {
    expect(closeAfterDestroy("async function f(stream) { stream.destroy(); stream = makeOther(); await new Promise((r) => stream.once('close', r)); }")).toBe(null);
    expect(closeAfterDestroy("async function f() { this.conn.socket.destroy(); this.conn = next; await new Promise((r) => this.conn.socket.once('close', r)); }")).toBe(null);
  });

  it('rejects another emitter, another event, an await between, and a wait in a nested function', () => {
    expect(closeAfterDestroy("async function f(stream, socket) { stream.destroy(); await new Promise((r) => socket.once('close', r)); }")).toBe(null);
    expect(closeAfterDestroy("async function f(stream) { stream.destroy(); await new Promise((r) => stream.once('finish', r)); }")).toBe(null);
    expect(closeAfterDestroy("async function f(stream) { stream.destroy(); await tick(); await new Promise((r) => stream.once('close', r)); }")).toBe(null);
    expect(closeAfterDestroy("async function f(stream) { stream.destroy(); later(() => new Promise((r) => stream.once('close', r))); }")).toBe(null);
    expect(closeAfterDestroy("async function f(stream) { await new Promise((r) => stream.once('close', r)); stream.destroy(); }")).toBe(null);
  });
});
