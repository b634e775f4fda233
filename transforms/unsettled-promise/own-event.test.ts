import type { NewExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolvePromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getEventRegistration } from './event-registration';
import { isOwnEventWait } from './own-event';

function ownEvent(code: string): boolean {
  const snippet = parseSnippet(code, 'ts');
  const executor = resolvePromiseExecutor(snippet.find((node) => node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Promise') as NodePath<NewExpression>)!;
  const registration = snippet.findAll((node) => getEventRegistration(node) !== null).map((path) => getEventRegistration(path.node)!)[0]!;
  return isOwnEventWait(registration, executor);
}

describe('isOwnEventWait', () => {
  it('accepts a wait on this for an event the class dispatches itself', () => {
    expect(ownEvent("class A { close() { this.dispatchEvent(new CustomEvent('done')); } wait() { return new Promise((r) => { this.addEventListener('done', () => r()); }); } }")).toBe(true);
    expect(ownEvent("class A { hide() { this.emit('after-hide'); } wait = () => new Promise<void>((r) => this.addEventListener('after-hide', () => r(), { once: true })); }")).toBe(true);
  });

  it('rejects other targets, events the class does not dispatch, and a function executor', () => {
    expect(ownEvent("class A { wait() { return new Promise((r) => { this.addEventListener('transitionend', () => r()); }); } }")).toBe(false);
    expect(ownEvent("class A { close() { this.emit('done'); } wait(el: Element) { return new Promise((r) => { el.addEventListener('done', () => r()); }); } }")).toBe(false);
    expect(ownEvent("class A { close() { this.emit('done'); } wait() { return new Promise(function (r) { this.addEventListener('done', () => r()); }); } }")).toBe(false);
    // Only listening for it elsewhere is not dispatching it
    expect(ownEvent("class A { init() { this.addEventListener('done', log); } wait() { return new Promise((r) => { this.addEventListener('done', () => r()); }); } }")).toBe(false);
  });
});
