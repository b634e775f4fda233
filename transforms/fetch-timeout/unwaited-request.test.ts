import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { findDroppedByMethodCallers } from './unwaited-request';

/** findDroppedByMethodCallers for the method `name` of the class in `code`. */
function droppedBy(code: string, name: string): string | null {
  const isMethod = (node: Node) =>
    (node.type === 'ClassMethod' && node.key.type === 'Identifier' && node.key.name === name) || (node.type === 'ClassPrivateMethod' && `#${node.key.id.name}` === name);
  return findDroppedByMethodCallers(parseSnippet(code).find(isMethod));
}

describe('findDroppedByMethodCallers', () => {
  it('reads a private method every call of which drops the result', () => {
    const code = 'class T { a() { this.send(); } b() { setInterval(() => { this.send().catch(() => {}); }, 10); } private send() { return fetch("/v"); } }';
    expect(droppedBy(code, 'send')).toBe('every call of `this.send()` drops its promise');
    expect(droppedBy('class T { a() { void this.#send(); } #send() { return fetch("/v"); } }', '#send')).toBe('every call of `this.#send()` drops its promise');
  });

  it('is null when a call is read, the method is handed on, public, async, static, or never called', () => {
    expect(droppedBy('class T { a() { this.send(); } async b() { await this.send(); } private send() { return fetch("/v"); } }', 'send')).toBeNull();
    expect(droppedBy('class T { a() { return this.send(); } private send() { return fetch("/v"); } }', 'send')).toBeNull();
    expect(droppedBy('class T { a() { setTimeout(this.send, 10); } private send() { return fetch("/v"); } }', 'send')).toBeNull();
    expect(droppedBy('class T { a() { this.send(); } send() { return fetch("/v"); } }', 'send')).toBeNull();
    expect(droppedBy('class T { a() { this.send(); } private async send() { return fetch("/v"); } }', 'send')).toBeNull();
    expect(droppedBy('class T { a() { T.send(); } private static send() { return fetch("/v"); } }', 'send')).toBeNull();
    expect(droppedBy('class T { private send() { return fetch("/v"); } }', 'send')).toBeNull();
  });

  it('counts calls on another instance of the class (`peer.send()`, `other.#send()`): one that is read keeps it waited for', () => {
    expect(droppedBy('class T { a(peer: T) { this.send(); void peer.send(); } private send() { return fetch("/v"); } }', 'send')).toBe('every call of `send()` in its class drops its promise');
    expect(droppedBy('class T { async a(peer: T) { this.send(); await peer.send(); } private send() { return fetch("/v"); } }', 'send')).toBeNull();
    expect(droppedBy('class T { a(other: T) { void this.#send(); return other.#send(); } #send() { return fetch("/v"); } }', '#send')).toBeNull();
    expect(droppedBy('class T { a(peer: T) { this.send(); setTimeout(peer.send.bind(peer), 10); } private send() { return fetch("/v"); } }', 'send')).toBeNull();
  });

  it('does not count `this.send()` inside a `function`, which has its own `this`', () => {
    expect(droppedBy('class T { a() { const f = function () { return this.send(); }; this.send(); } private send() { return fetch("/v"); } }', 'send')).toBe('every call of `this.send()` drops its promise');
  });
});
