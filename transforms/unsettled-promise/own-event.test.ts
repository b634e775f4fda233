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

  it('accepts a wait on an emitter the class makes in a field and emits the event on itself', () => {
    expect(ownEvent("import { EventEmitter } from 'events'; class A { private _events = new EventEmitter(); close() { this._events.emit('disconnect'); } wait() { return new Promise<void>((r) => this._events.once('disconnect', () => r())); } }")).toBe(true);
    expect(ownEvent("class A { #bus = new EventTarget(); close() { this.#bus.dispatchEvent(new Event('done')); } wait() { return new Promise<void>((r) => this.#bus.addEventListener('done', () => r())); } }")).toBe(true);
    expect(ownEvent("class A { events: EventEmitter; constructor() { this.events = new EventEmitter(); } close() { this.events.emit('done'); } wait() { return new Promise<void>((r) => this.events.once('done', () => r())); } }")).toBe(true);
  });

  it('rejects a field emitter handed in, replaced, or whose event the class does not emit itself', () => {
    // Handed in: whoever made it decides whether the event comes
    expect(ownEvent("class A { constructor(private events: EventEmitter) {} close() { this.events.emit('done'); } wait() { return new Promise<void>((r) => this.events.once('done', () => r())); } }")).toBe(false);
    expect(ownEvent("class A { events = new EventEmitter(); setEvents(e) { this.events = e; } close() { this.events.emit('done'); } wait() { return new Promise<void>((r) => this.events.once('done', () => r())); } }")).toBe(false);
    // Made here, but the class never emits 'close' on it (a socket's close may never come)
    expect(ownEvent("class A { socket = new Socket(); close() { this.socket.emit('done'); } wait() { return new Promise<void>((r) => this.socket.once('close', () => r())); } }")).toBe(false);
    // Emitted on another field
    expect(ownEvent("class A { a = new EventEmitter(); b = new EventEmitter(); close() { this.b.emit('done'); } wait() { return new Promise<void>((r) => this.a.once('done', () => r())); } }")).toBe(false);
  });
});
