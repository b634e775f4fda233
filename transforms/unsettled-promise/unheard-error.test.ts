import type { NewExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolvePromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getEventRegistration } from './event-registration';
import { isUnheardErrorWait } from './unheard-error';
import { mentionsName } from '../../src/analysis/syntax/mentions-name';

/** Whether the registration that resolves the first `new Promise(…)` of `code` is this shape. */
function unheard(code: string): boolean {
  const snippet = parseSnippet(code, 'ts');
  const promise = snippet.find((node) => node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Promise') as NodePath<NewExpression>;
  const executor = resolvePromiseExecutor(promise)!;
  const registration = snippet.findAll((node) => getEventRegistration(node) !== null && node.start! > promise.node.start!).map((path) => getEventRegistration(path.node)!).find((found) => mentionsName(found.handler, executor.resolve))!;
  return isUnheardErrorWait(registration, executor);
}

describe('isUnheardErrorWait', () => {
  it("accepts a server's 'listening' and a file stream's end, made here, with no 'error' listener", () => {
    expect(unheard("import { WebSocketServer } from 'ws'; function start() { return new Promise((resolve) => { const server = new WebSocketServer({ port: 9000 }); server.on('listening', () => resolve(server)); server.on('connection', (ws) => ws.send('hi')); }); }")).toBe(true);
    expect(unheard("import net from 'node:net'; function start(path: string) { return new Promise((resolve) => { const server = net.createServer(onSocket); server.once('listening', () => resolve(server)); server.listen(path); }); }")).toBe(true);
    expect(unheard("const { createReadStream } = require('fs'); function read(file) { const input = createReadStream(file); let n = 0; input.on('data', (c) => (n += c.length)); return new Promise((resolve) => input.on('end', () => resolve(n))); }")).toBe(true);
    expect(unheard("import fs from 'node:fs'; function write(file: string, text: string) { return new Promise((resolve) => { const out = fs.createWriteStream(file); out.on('finish', resolve); out.end(text); }); }")).toBe(true);
    expect(unheard("import fs from 'fs'; import readline from 'readline'; function first(file: string) { return new Promise((resolve) => { const lines: string[] = []; const reader = readline.createInterface({ input: fs.createReadStream(file) }); reader.on('line', (l) => lines.push(l)); reader.on('close', () => resolve(lines)); }); }")).toBe(true);
  });

  it("rejects an emitter whose 'error' someone listens for, or may", () => {
    // An 'error' listener, also down a chain of registrations
    expect(unheard("import net from 'node:net'; function start() { return new Promise((resolve) => { const server = net.createServer(); server.on('error', log); server.on('listening', () => resolve(server)); }); }")).toBe(false);
    expect(unheard("import fs from 'fs'; function read(file) { const input = fs.createReadStream(file); input.on('data', count).on('error', log); return new Promise((resolve) => input.on('end', resolve)); }")).toBe(false);
    // Handed to a call (a pipe into it, a helper), stored, or destroyed
    expect(unheard("import fs from 'fs'; function save(source, file) { const out = fs.createWriteStream(file); source.pipe(out); return new Promise((resolve) => out.on('finish', resolve)); }")).toBe(false);
    expect(unheard("import net from 'node:net'; function start() { return new Promise((resolve) => { const server = net.createServer(); watch(server); server.on('listening', () => resolve(server)); }); }")).toBe(false);
    expect(unheard("import net from 'node:net'; class A { start() { return new Promise((resolve) => { const server = net.createServer(); this.server = server; server.on('listening', () => resolve(server)); }); } }")).toBe(false);
    // A file that keeps running after an uncaught exception: its own handler, or Electron
    expect(unheard("import net from 'node:net'; process.on('uncaughtException', log); function start() { return new Promise((resolve) => { const server = net.createServer(); server.on('listening', () => resolve(server)); }); }")).toBe(false);
    expect(unheard("import { app } from 'electron'; import net from 'node:net'; function start() { return new Promise((resolve) => { const server = net.createServer(); server.on('listening', () => resolve(server)); }); }")).toBe(false);
  });

  it('rejects emitters that end without an error, classes of the file, and events a peer decides', () => {
    expect(unheard("import { Worker } from 'node:worker_threads'; function start() { return new Promise((resolve) => { const w = new Worker('./w.js'); w.on('listening', resolve); }); }")).toBe(false);
    expect(unheard("class Server extends EventEmitter {} function start() { return new Promise((resolve) => { const s = new Server(); s.on('listening', resolve); }); }")).toBe(false);
    expect(unheard("import net from 'node:net'; function read(port: number) { return new Promise((resolve) => { const socket = net.connect(port); socket.on('end', resolve); }); }")).toBe(false);
    expect(unheard("import readline from 'readline'; function ask() { return new Promise((resolve) => { const rl = readline.createInterface({ input: process.stdin }); rl.on('close', resolve); }); }")).toBe(false);
    // A write stream the code never ends, a read stream nothing reads: the event never comes, error or not
    expect(unheard("import fs from 'node:fs'; function write(file: string, text: string) { return new Promise((resolve) => { const out = fs.createWriteStream(file); out.on('finish', resolve); out.write(text); }); }")).toBe(false);
    expect(unheard("import fs from 'node:fs'; function read(file: string) { const input = fs.createReadStream(file); return new Promise((resolve) => input.on('end', resolve)); }")).toBe(false);
    // Not made here
    expect(unheard("function wait(server) { return new Promise((resolve) => server.on('listening', resolve)); }")).toBe(false);
    // A module's exported server (another file may listen for its 'error'), a server nothing binds, a class of the project
    expect(unheard("import http from 'node:http'; export const server = http.createServer(); function start(port: number) { return new Promise((resolve) => { server.on('listening', () => resolve(server)); server.listen(port); }); }")).toBe(false);
    expect(unheard("import net from 'node:net'; function start() { return new Promise((resolve) => { const server = net.createServer(); server.on('listening', () => resolve(server)); }); }")).toBe(false);
    expect(unheard("import { WebSocketServer } from 'ws'; function start() { return new Promise((resolve) => { const wss = new WebSocketServer({ noServer: true }); wss.on('listening', () => resolve(wss)); }); }")).toBe(false);
    expect(unheard("import { MyServer } from './my-server'; function start() { return new Promise((resolve) => { const s = new MyServer({ port: 1 }); s.on('listening', () => resolve(s)); }); }")).toBe(false);
  });
});
