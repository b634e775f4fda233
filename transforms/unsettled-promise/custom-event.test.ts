import type { NewExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolvePromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getEventRegistration } from './event-registration';
import { isCustomPageEventWait, isMadeUpEventName } from './custom-event';

function customPageEvent(code: string): boolean {
  const snippet = parseSnippet(code, 'ts');
  const executor = resolvePromiseExecutor(snippet.find((node) => node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Promise') as NodePath<NewExpression>)!;
  const registration = snippet.findAll((node) => getEventRegistration(node) !== null).map((path) => getEventRegistration(path.node)!)[0]!;
  return isCustomPageEventWait(registration, executor);
}

describe('custom-event', () => {
  it('tells made-up event names from the platform\'s, which are letters only', () => {
    expect(isMadeUpEventName('app:ready')).toBe(true);
    expect(isMadeUpEventName('test-message')).toBe(true);
    expect(isMadeUpEventName('__app__checkResponse')).toBe(true);
    expect(isMadeUpEventName('load')).toBe(false);
    expect(isMadeUpEventName('DOMContentLoaded')).toBe(false);
    expect(isMadeUpEventName('visibilitychange')).toBe(false);
  });

  it('accepts a made-up event on the global document or window', () => {
    expect(customPageEvent("new Promise((r) => { document.addEventListener('app:check-response', (e) => r(e.detail), { once: true }); document.dispatchEvent(new CustomEvent('app:check-request')); });")).toBe(true);
    expect(customPageEvent("new Promise((r) => window.addEventListener('test-ready', () => r(), { once: true }));")).toBe(true);
    expect(customPageEvent("new Promise((r) => window.document.addEventListener('x_done', () => r()));")).toBe(true);
  });

  it('rejects platform events, other targets, a local document and emitters', () => {
    expect(customPageEvent("new Promise((r) => window.addEventListener('load', () => r(), { once: true }));")).toBe(false);
    expect(customPageEvent("new Promise((r) => el.addEventListener('sl-after-hide', () => r(), { once: true }));")).toBe(false);
    expect(customPageEvent("function f(document: Document) { return new Promise((r) => document.addEventListener('app:ready', () => r())); }")).toBe(false);
    expect(customPageEvent("new Promise((r) => bus.on('app:ready', () => r()));")).toBe(false);
  });
});
