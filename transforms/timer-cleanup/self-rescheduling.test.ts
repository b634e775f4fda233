import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { findLoopStarter, getLoopDeclaration, resolveReschedulingLoop } from './self-rescheduling';

const isFrame = (path: NodePath): boolean => path.node.type === 'CallExpression' && path.node.callee.type === 'Identifier' && path.node.callee.name === 'requestAnimationFrame';

describe('resolveReschedulingLoop', () => {
  it('finds the loop from the rescheduling call and from the call that starts it', () => {
    const s = parseSnippet('function loop() { draw(); requestAnimationFrame(loop); }\nrequestAnimationFrame(loop);');
    const inner = s.call('requestAnimationFrame', 0) as NodePath<CallExpression>;
    const outer = s.call('requestAnimationFrame', 1) as NodePath<CallExpression>;
    const fromInner = resolveReschedulingLoop(inner, isFrame);
    expect(fromInner?.reschedule.node).toBe(inner.node);
    expect(fromInner && findLoopStarter(fromInner, isFrame)?.node).toBe(outer.node);
    expect(resolveReschedulingLoop(outer, isFrame)?.reschedule.node).toBe(inner.node);
  });

  it('accepts const arrow loops and rejects async ones and other callbacks', () => {
    const arrow = parseSnippet('const loop = () => { requestAnimationFrame(loop); };');
    expect(resolveReschedulingLoop(arrow.call('requestAnimationFrame') as NodePath<CallExpression>, isFrame)).not.toBeNull();
    const asynchronous = parseSnippet('async function loop() { await x; requestAnimationFrame(loop); }');
    expect(resolveReschedulingLoop(asynchronous.call('requestAnimationFrame') as NodePath<CallExpression>, isFrame)).toBeNull();
    const other = parseSnippet('function loop() { requestAnimationFrame(draw); }\nfunction draw() {}');
    expect(resolveReschedulingLoop(other.call('requestAnimationFrame') as NodePath<CallExpression>, isFrame)).toBeNull();
    const parameter = parseSnippet('function schedule(task) { requestAnimationFrame(task); }');
    expect(resolveReschedulingLoop(parameter.call('requestAnimationFrame') as NodePath<CallExpression>, isFrame)).toBeNull();
    const nested = parseSnippet('function loop() { items.forEach(() => requestAnimationFrame(loop)); }');
    expect(resolveReschedulingLoop(nested.call('requestAnimationFrame') as NodePath<CallExpression>, isFrame)).toBeNull();
  });

  it('finds a loop whose inline callback calls the function again, by name or as this.<member>()', () => {
    const isTimeout = (path: NodePath): boolean => path.node.type === 'CallExpression' && path.node.callee.type === 'Identifier' && path.node.callee.name === 'setTimeout';
    const loopOf = (code: string) => resolveReschedulingLoop(parseSnippet(code).call('setTimeout') as NodePath<CallExpression>, isTimeout);
    expect(loopOf('const poll = () => { setTimeout(() => { refresh(); poll(); }, 1000); };')).not.toBeNull();
    expect(loopOf('function poll() { setTimeout(function () { poll(); }, 1000); }')).not.toBeNull();
    expect(loopOf('class A { constructor() { this.ping = () => { setTimeout(() => { send(); this.ping(); }, 1000); }; } }')?.binding).toBeNull();
    // Not: a test before the call, an async callback, another function, a `function` callback's own `this`.
    expect(loopOf('const poll = () => { setTimeout(() => { if (more()) poll(); }, 1000); };')).toBeNull();
    expect(loopOf('const poll = () => { setTimeout(async () => { await refresh(); poll(); }, 1000); };')).toBeNull();
    expect(loopOf('const poll = () => { setTimeout(() => { other(); }, 1000); };')).toBeNull();
    expect(loopOf('class A { constructor() { this.ping = () => { setTimeout(function () { this.ping(); }, 1000); }; } }')).toBeNull();
  });

  it('finds no starter when the loop is started by a plain call', () => {
    const s = parseSnippet('function poll() { requestAnimationFrame(poll); }\npoll();');
    const loop = resolveReschedulingLoop(s.call('requestAnimationFrame') as NodePath<CallExpression>, isFrame);
    expect(loop && findLoopStarter(loop, isFrame)).toBeNull();
  });
});

describe('getLoopDeclaration', () => {
  const declarationOf = (code: string): string | null => {
    const s = parseSnippet(code);
    const loop = resolveReschedulingLoop(s.call('requestAnimationFrame') as NodePath<CallExpression>, isFrame);
    const statement = loop && getLoopDeclaration(loop);
    return statement ? statement.node.type : null;
  };

  it('is the declaration of the looping function in its block', () => {
    expect(declarationOf('function f(signal) { function frame() { requestAnimationFrame(frame); } frame(); }')).toBe('FunctionDeclaration');
    expect(declarationOf('function f(signal) { const frame = () => { requestAnimationFrame(frame); }; frame(); }')).toBe('VariableDeclaration');
  });

  it('is null when the function is called above its declaration, or declared at module level', () => {
    expect(declarationOf('function f(signal) { frame(); function frame() { requestAnimationFrame(frame); } }')).toBeNull();
    expect(declarationOf('function frame() { requestAnimationFrame(frame); }\nframe();')).toBeNull();
  });
});
