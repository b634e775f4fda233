import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { CallExpression } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { findDroppedByMethodCallers, findExportedRequestFunction } from './unwaited-request';

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

/** The name of the function findExportedRequestFunction gives for the `fetch` call in `code`, or `null`. */
function exportedFunction(code: string): string | null {
  const fn = findExportedRequestFunction(parseSnippet(code).call('fetch') as NodePath<CallExpression>);
  if (!fn) return null;
  const node = fn.node as { id?: { name: string } | null };
  return node.id?.name ?? (fn.parent?.type === 'VariableDeclarator' && fn.parent.id.type === 'Identifier' ? fn.parent.id.name : 'default');
}

describe('findExportedRequestFunction', () => {
  it('gives the exported function that returns the request, or awaits it keeping no other state', () => {
    expect(exportedFunction('export function ping(u: string) { return fetch(u).then((r) => r.ok); }')).toBe('ping');
    expect(exportedFunction('export const ping = (u: string) => fetch(u).catch(() => false);')).toBe('ping');
    expect(exportedFunction('export default function (u: string) { return fetch(u); }')).toBe('default');
    expect(exportedFunction('export async function load(u: string) { const r = await fetch(u); const data = await r.json(); return data.items; }')).toBe('load');
    expect(exportedFunction('export const load = async (u: string) => { try { return await (await fetch(u)).json(); } catch { return null; } };')).toBe('load');
  });

  it('is null for a function that is not exported, keeps state, or a chain whose callbacks keep state', () => {
    expect(exportedFunction('function ping(u: string) { return fetch(u); } export { ping };')).toBeNull();
    expect(exportedFunction('export let ping = (u: string) => fetch(u);')).toBeNull();
    expect(exportedFunction('let busy = false; export async function send(u: string) { busy = true; await fetch(u); busy = false; }')).toBeNull();
    expect(exportedFunction('export async function send(u: string, setDone: () => void) { await fetch(u); setDone(); }')).toBeNull();
    expect(exportedFunction('const cache: Record<string, unknown> = {}; export async function load(u: string) { cache[u] = await fetch(u); }')).toBeNull();
    expect(exportedFunction('let last: unknown; export function load(u: string) { return fetch(u).then((r) => { last = r; }); }')).toBeNull();
    expect(exportedFunction('export function load(u: string) { return new Promise((resolve) => { fetch(u).then(resolve); }); }')).toBeNull();
    expect(exportedFunction('export async function load(u: string) { const r = fetch(u); return r; }')).toBeNull();
  });
});
